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
        @Option(help: "Operations per timed batch.") var iterations: Int = 50
        @Option(help: "Rounds per measurement: each times a batch of the suite and a batch of raw Ed25519 side by side.")
        var rounds: Int = 101
        @Option(name: .customLong("suite"), help: "Measure only this suite (repeatable); all issuable suites by default.")
        var suites: [String] = []
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let report = try BenchmarkRun(iterations: max(10, iterations), rounds: max(3, rounds), contextsFolder: contexts, suites: suites).run()
            if json { printJSON(report.json) } else { print(report.text) }
        }
    }
}

/// One benchmark run: each suite against raw Ed25519, on the same credential.
///
/// The machine is shared and its speed drifts (other processes, other virtual machines on the same
/// host), so a suite is never compared with a primitive timed at another moment: every round times
/// one batch of the suite and one batch of the raw primitive back to back (alternating which goes
/// first), and the reported ratio is the median of the rounds' ratios, with its interquartile range.
struct BenchmarkRun {
    let iterations: Int
    let rounds: Int
    let contextsFolder: String?
    /// The suites to measure; empty means every issuable suite.
    var suites: [String] = []

    /// One operation timed against raw Ed25519, round by round.
    struct Paired {
        /// Median µs per operation over the rounds.
        var micros: Double
        /// Median µs per raw Ed25519 operation over the same rounds.
        var rawMicros: Double
        /// Median of the rounds' ratios, and its first and third quartiles.
        var ratio: Double
        var ratioLow: Double
        var ratioHigh: Double
    }

    struct Row {
        var name: String
        var sign: Paired
        var verify: Paired
    }

    struct Report {
        var rows: [Row]
        var rounds: Int
        var iterations: Int
        var bytes: Int

        var text: String {
            var lines = ["OB 3.0 credential, \(bytes) bytes unsigned; µs per operation (medians of \(rounds) rounds of \(iterations)); "
                         + "ratio = suite ÷ raw Ed25519 timed side by side in each round: median [interquartile range]",
                         pad("suite", 18) + pad("sign µs", 10) + pad("verify µs", 11) + pad("sign ratio", 22) + "verify ratio"]
            for r in rows {
                lines.append(pad(r.name, 18) + pad(fmt(r.sign.micros), 10) + pad(fmt(r.verify.micros), 11)
                             + pad(ratio(r.sign), 22) + ratio(r.verify)
                             + String(format: "   (raw Ed25519 beside it: sign %.1f, verify %.1f µs)", r.sign.rawMicros, r.verify.rawMicros))
            }
            return lines.joined(separator: "\n")
        }

        func ratio(_ p: Paired) -> String { String(format: "%.2fx [%.2f–%.2f]", p.ratio, p.ratioLow, p.ratioHigh) }

        var json: JSONValue {
            func number(_ d: Double) -> JSONValue { .number(JSONNumber(d.rounded2)) }
            var suites: [JSONValue] = []
            for r in rows {
                suites.append(["suite": .string(r.name), "signMicros": number(r.sign.micros), "verifyMicros": number(r.verify.micros),
                               "rawSignMicros": number(r.sign.rawMicros), "rawVerifyMicros": number(r.verify.rawMicros),
                               "signRatio": number(r.sign.ratio), "verifyRatio": number(r.verify.ratio),
                               "verifyRatioQuartiles": [number(r.verify.ratioLow), number(r.verify.ratioHigh)]])
            }
            return ["credentialBytes": .number(JSONNumber(bytes)), "rounds": .number(JSONNumber(rounds)),
                    "iterations": .number(JSONNumber(iterations)), "suites": .array(suites)]
        }

        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
        func fmt(_ d: Double) -> String { String(format: "%.1f", d) }
    }

    /// µs per operation of one batch of `body`.
    func time(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        for _ in 0..<iterations { try body() }
        let elapsed = ContinuousClock.now - start
        return (Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12) / Double(iterations)
    }

    /// Times `operation` against `raw` in adjacent batches, round by round.
    func paired(_ operation: () throws -> Void, against raw: () throws -> Void) rethrows -> Paired {
        _ = try time(operation)  // warm up both
        _ = try time(raw)
        var ops: [Double] = [], raws: [Double] = [], ratios: [Double] = []
        for round in 0..<rounds {
            let o: Double, r: Double
            if round % 2 == 0 {
                o = try time(operation)
                r = try time(raw)
            } else {
                r = try time(raw)
                o = try time(operation)
            }
            ops.append(o)
            raws.append(r)
            ratios.append(o / r)
        }
        ratios.sort()
        return Paired(micros: Self.median(ops), rawMicros: Self.median(raws), ratio: Self.quantile(ratios, 0.5),
                      ratioLow: Self.quantile(ratios, 0.25), ratioHigh: Self.quantile(ratios, 0.75))
    }

    static func median(_ values: [Double]) -> Double { quantile(values.sorted(), 0.5) }

    /// The `q` quantile of sorted values (linear interpolation).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = Int(position.rounded(.up))
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }

    func run() throws -> Report {
        let seed = (0..<32).map { UInt8($0) }
        let ed = try SigningKey(algorithm: .ed25519, secretBytes: seed)
        let p256 = try SigningKey(algorithm: .p256, secretBytes: (0..<32).map { UInt8($0 + 1) })
        let credentialBytes = JSONWriter().bytes(Self.sampleCredential(issuer: DIDKey.did(for: ed.publicKey)))
        let message = Array(credentialBytes.prefix(1024))
        let signature = try ed.sign(message)

        var processor: JSONLDProcessor?
        if let contextsFolder {
            processor = JSONLDProcessor(documentLoader: try PinnedFolderLoader(folder: contextsFolder))
        }
        let securer = CredentialSecurer(processor: processor)
        let verifier = ProofVerifier(processor: processor)
        for name in suites where !securer.issuable.contains(name) {
            throw CLIError("\(name) is not a suite this benchmark can issue with; choose from \(securer.issuable.joined(separator: ", "))")
        }
        var rows: [Row] = []
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
            let sign = try paired({ _ = try securer.secure(document, suite: suite, key: key, verificationMethod: method, created: now) },
                                  against: { _ = try ed.sign(message) })
            let verify = paired({ _ = verifier.verifySecuredOnly(bytes) }, against: { _ = ed.publicKey.verify(signature: signature, for: message) })
            rows.append(Row(name: suite, sign: sign, verify: verify))
        }
        return Report(rows: rows, rounds: rounds, iterations: iterations, bytes: credentialBytes.count)
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
