import ArgumentParser
import BrevetCore
import BrevetJSON
import BrevetJSONLD
import BrevetServices
import Crypto
import Foundation

/// `brevet bench crypto`: how close securing and verifying a credential come to the raw signature
/// primitive, measured in one process. Run it in release mode:
/// `swift run -c release brevet bench crypto --contexts ../shared/standards/contexts`.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Benchmarks.", subcommands: [Crypto.self])

    struct Crypto: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "crypto",
            abstract: "Microseconds per sign and verify of an OB 3.0 credential for every suite, against raw Ed25519.")
        @Option(help: "A folder of JSON-LD contexts (url-map.json) for the RDF-based suites; each is checked against its pin.")
        var contexts: String?
        @Option(help: "Iterations per measurement.") var iterations: Int = 2000
        @Option(name: .customLong("suite"), help: "Measure only this suite (repeatable); all issuable suites by default.")
        var suites: [String] = []
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let report = try BenchmarkRun(iterations: max(10, iterations), contextsFolder: contexts, suites: suites).run()
            if json { printJSON(report.json) } else { print(report.text) }
        }
    }
}

/// One benchmark run: raw Ed25519, then each suite, on the same credential.
struct BenchmarkRun {
    let iterations: Int
    let contextsFolder: String?
    /// The suites to measure; empty means every issuable suite.
    var suites: [String] = []

    struct Row {
        var name: String
        var signMicros: Double
        var verifyMicros: Double
        /// Raw Ed25519 measured beside this suite.
        var rawSign: Double
        var rawVerify: Double
    }

    struct Report {
        var rows: [Row]
        var rawSign: Double
        var rawVerify: Double
        var bytes: Int

        var text: String {
            var lines = ["OB 3.0 credential, \(bytes) bytes unsigned; µs per operation (best of 5 interleaved rounds); ratio = verify ÷ raw Ed25519 verify measured beside it",
                         pad("suite", 22) + pad("sign µs", 12) + pad("verify µs", 12) + "verify ratio"]
            lines.append(pad("raw Ed25519", 22) + pad(fmt(rawSign), 12) + pad(fmt(rawVerify), 12) + "1.00x")
            for r in rows {
                lines.append(pad(r.name, 22) + pad(fmt(r.signMicros), 12) + pad(fmt(r.verifyMicros), 12)
                             + String(format: "%.2fx   (raw Ed25519 beside it: sign %.1f, verify %.1f)", r.verifyMicros / r.rawVerify, r.rawSign, r.rawVerify))
            }
            return lines.joined(separator: "\n")
        }

        var json: JSONValue {
            var suites: [JSONValue] = []
            for r in rows {
                suites.append(["suite": .string(r.name), "signMicros": .number(JSONNumber(r.signMicros.rounded2)),
                               "verifyMicros": .number(JSONNumber(r.verifyMicros.rounded2)),
                               "rawSignMicros": .number(JSONNumber(r.rawSign.rounded2)), "rawVerifyMicros": .number(JSONNumber(r.rawVerify.rounded2)),
                               "signRatio": .number(JSONNumber((r.signMicros / r.rawSign).rounded2)),
                               "verifyRatio": .number(JSONNumber((r.verifyMicros / r.rawVerify).rounded2))])
            }
            return ["credentialBytes": .number(JSONNumber(bytes)), "rawEd25519": ["signMicros": .number(JSONNumber(rawSign.rounded2)), "verifyMicros": .number(JSONNumber(rawVerify.rounded2))],
                    "suites": .array(suites)]
        }

        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
        func fmt(_ d: Double) -> String { String(format: "%.1f", d) }
    }

    func measure(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            for _ in 0..<iterations { try body() }
            let elapsed = ContinuousClock.now - start
            let micros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
            best = min(best, micros / Double(iterations))
        }
        return best
    }

    func run() throws -> Report {
        let seed = (0..<32).map { UInt8($0) }
        let ed = try SigningKey(algorithm: .ed25519, secretBytes: seed)
        let p256 = try SigningKey(algorithm: .p256, secretBytes: (0..<32).map { UInt8($0 + 1) })
        let credential = Self.sampleCredential(issuer: DIDKey.did(for: ed.publicKey))
        let credentialBytes = JSONWriter().bytes(credential)
        let message = Array(credentialBytes.prefix(1024))
        let signature = try ed.sign(message)
        let rawSign = try measure { _ = try ed.sign(message) }
        let rawVerify = measure { _ = ed.publicKey.verify(signature: signature, for: message) }

        var processor: JSONLDProcessor?
        if let contextsFolder {
            processor = JSONLDProcessor(documentLoader: try PinnedFolderLoader(folder: contextsFolder))
        }
        let securer = CredentialSecurer(processor: processor)
        let verifier = ProofVerifier(processor: processor)
        var rows: [Row] = []
        for name in suites where !securer.issuable.contains(name) {
            throw CLIError("\(name) is not a suite this benchmark can issue with; choose from \(securer.issuable.joined(separator: ", "))")
        }
        for suite in securer.issuable where suites.isEmpty || suites.contains(suite) {
            let key = CredentialSecurer.algorithms(for: suite).contains(.ed25519) ? ed : p256
            let issuer = DIDKey.did(for: key.publicKey)
            let document = Self.sampleCredential(issuer: issuer)
            let method = DIDKey.verificationMethodId(for: key.publicKey)
            let now = DateTimeStamp(secondsSinceEpoch: 1_790_000_000)
            let secured = try securer.secure(document, suite: suite, key: key, verificationMethod: method, created: now)
            let bytes = Array(secured.utf8)
            // Check once that it verifies, so the timing is of real work.
            let verdict = verifier.verifySecuredOnly(bytes)
            guard verdict else { throw CLIError("the \(suite) credential did not verify in the benchmark") }
            // Interleave the raw primitive with the suite, so each ratio compares adjacent measurements
            // on a machine whose speed drifts; keep the best of five rounds of each.
            var sign = Double.infinity, verify = Double.infinity, raw = Double.infinity, rawS = Double.infinity
            for _ in 0..<5 {
                rawS = min(rawS, try measure { _ = try ed.sign(message) })
                sign = min(sign, try measure { _ = try securer.secure(document, suite: suite, key: key, verificationMethod: method, created: now) })
                raw = min(raw, measure { _ = ed.publicKey.verify(signature: signature, for: message) })
                verify = min(verify, measure { _ = verifier.verifySecuredOnly(bytes) })
            }
            rows.append(Row(name: suite, signMicros: sign, verifyMicros: verify, rawSign: rawS, rawVerify: raw))
        }
        return Report(rows: rows, rawSign: rawSign, rawVerify: rawVerify, bytes: credentialBytes.count)
    }

    static func sampleCredential(issuer: String) -> JSONValue {
        let profile = ProfileDraft(name: "Example Academy", url: "https://academy.example.org", email: "badges@academy.example.org",
                                   description: "Short courses in data and safety").json(id: issuer)
        let achievement = AchievementDraft(name: "Data Literacy", description: "Cleans, summarises and charts real data.",
                                           criteriaNarrative: "Completes three graded projects on public data sets and a final review.",
                                           achievementType: .known("MicroCredential"), tags: ["data", "analysis"])
            .json(id: "https://academy.example.org/achievements/data-literacy", creator: nil)
        let draft = OpenBadgeCredentialDraft(
            id: "https://academy.example.org/credentials/3f1c7a52-2b1e-4f0e-9a55-0c3c1b7d9e11", issuer: profile, achievement: achievement,
            recipient: .email("ada@example.org"), recipientName: "Ada Lovelace", salt: "b1a2c3d4e5f60718",
            validFrom: DateTimeStamp(secondsSinceEpoch: 1_790_000_000), validUntil: DateTimeStamp(secondsSinceEpoch: 1_821_536_000),
            evidence: [Evidence(id: "https://portfolio.example.org/ada/capstone", name: "Capstone project").json],
            credentialStatus: [
                ["id": "https://academy.example.org/status/1#94567", "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
                 "statusListIndex": "94567", "statusListCredential": "https://academy.example.org/status/1"],
            ])
        return draft.json
    }
}

extension Double {
    var rounded2: Double { (self * 100).rounded() / 100 }
}

/// Serves context documents from a folder's url-map.json, refusing any whose bytes do not match the pin.
struct PinnedFolderLoader: DocumentLoader {
    let documents: [String: JSONValue]

    init(folder: String) throws {
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        guard let mapData = FileManager.default.contents(atPath: base.appendingPathComponent("url-map.json").path),
              let map = try JSONValue(parsing: mapData).objectValue else {
            throw CLIError("\(folder) has no url-map.json")
        }
        var documents: [String: JSONValue] = [:]
        for m in map {
            guard let name = m.value.stringValue, let pin = PinnedContexts.entry(for: m.key),
                  let bytes = FileManager.default.contents(atPath: base.appendingPathComponent(name).path) else { continue }
            guard Base16.encode(Array(SHA256.hash(data: bytes))) == pin.sha256 else {
                throw CLIError("\(name) does not match the pinned digest of \(m.key)")
            }
            documents[m.key] = try JSONValue(parsing: bytes)
        }
        self.documents = documents
    }

    func loadDocument(_ url: String) throws(JSONLDError) -> RemoteDocument {
        guard let d = documents[url] else { throw JSONLDError(.loadingRemoteContextFailed, "\(url) is not in the contexts folder") }
        return RemoteDocument(documentURL: url, document: d)
    }
}
