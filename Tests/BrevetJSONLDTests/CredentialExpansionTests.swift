import BrevetJSON
import BrevetJSONLD
import BrevetTestSupport
import Foundation
import Synchronization
import Testing

/// Expansion of real credentials with the pinned contexts, in safe mode as signing and
/// verifying use it.
@Suite("Expansion of credentials")
struct CredentialExpansionTests {
    static let processor = JSONLDProcessor(documentLoader: SharedDataDocumentLoader())
    static let vc = "https://www.w3.org/2018/credentials#"
    static let ob = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"

    /// Spec examples that are complete, valid credentials or presentations.
    static let examples: [String] = {
        var files: [String] = []
        for folder in ["standards/examples/ob-v3p0/spec", "standards/examples/bitstring-status-list"] {
            for name in (try? SharedData.list(folder)) ?? [] where name.hasSuffix(".json") {
                files.append(folder + "/" + name)
            }
        }
        for folder in [
            "standards/examples/vc-v2p0/verifiable-credential", "standards/examples/vc-v2p0/verifiable-presentation",
        ] {
            for name in (try? SharedData.list(folder)) ?? [] where name.hasSuffix(".json") {
                files.append(folder + "/" + name)
            }
        }
        return files
    }()

    @Test("the Open Badges 3.0 sample expands in safe mode to the vocabulary IRIs")
    func openBadgeSample() throws {
        let document = try SharedData.json("peers/samples/ob3-unsigned.json")
        let expanded = try Self.processor.expand(document, options: JSONLDOptions(safeMode: true))
        try #require(expanded.count == 1)
        let node = expanded[0]
        #expect(node["@id"] == "urn:uuid:a63a60be-f4af-491c-87fc-2c8fd3007a58")
        let types = node["@type"]?.arrayValue ?? []
        #expect(types.contains(.string(Self.vc + "VerifiableCredential")))
        #expect(types.contains(.string(Self.ob + "OpenBadgeCredential")))
        let validFrom = node[Self.vc + "validFrom"]?.arrayValue?.first
        #expect(validFrom?["@value"] == "2024-01-01T00:00:00Z")
        #expect(validFrom?["@type"] == "http://www.w3.org/2001/XMLSchema#dateTime")
        let subject = try #require(node[Self.vc + "credentialSubject"]?.arrayValue?.first)
        #expect(subject["@id"] == "did:example:learner-0001")
        let achievement = try #require(subject[Self.ob + "achievement"]?.arrayValue?.first)
        #expect(achievement["@type"] == [.string(Self.ob + "Achievement")])
        #expect(achievement[Self.ob + "achievementType"]?.arrayValue?.first?["@value"] == "Badge")
    }

    @Test("spec examples expand in safe mode", arguments: examples)
    func specExample(_ path: String) throws {
        let document = try SharedData.json(path)
        let expanded = try Self.processor.expand(document, options: JSONLDOptions(safeMode: true))
        #expect(!expanded.isEmpty)
    }

    @Test("safe mode rejects a property the contexts do not define, naming it")
    func safeModeUndefinedTerm() throws {
        var document = try SharedData.json("peers/samples/ob3-unsigned.json")
        document["favoriteColor"] = "blue"
        // Without safe mode the property silently disappears, so a signature would not cover it.
        let lenient = try Self.processor.expand(document, options: JSONLDOptions())
        #expect(!JSONWriter().string(.array(lenient)).contains("favoriteColor"))
        do {
            _ = try Self.processor.expand(document, options: JSONLDOptions(safeMode: true))
            Issue.record("expected a safe mode violation")
        } catch {
            #expect(error.code == .safeModeViolation)
            #expect(error.code.name == "safe mode violation")
            #expect(error.reason.contains("favoriteColor"))
        }
    }

    @Test("safe mode rejects relative @id and @type values")
    func safeModeRelativeIRIs() throws {
        let sample = try SharedData.json("peers/samples/ob3-unsigned.json")
        var relativeID = sample
        relativeID["credentialSubject"]?["id"] = "learner-0001"
        var relativeType = sample
        relativeType["type"] = ["VerifiableCredential", "UnknownCredential"]
        for (document, culprit) in [(relativeID, "learner-0001"), (relativeType, "UnknownCredential")] {
            #expect(throws: JSONLDError(.safeModeViolation, "")) {
                try Self.processor.expand(document, options: JSONLDOptions(safeMode: true))
            }
            do {
                _ = try Self.processor.expand(document, options: JSONLDOptions(safeMode: true))
            } catch {
                #expect(error.reason.contains(culprit))
            }
        }
    }

    @Test("safe mode rejects malformed language tags and non-IRI properties")
    func safeModeLanguageAndProperty() throws {
        let sample = try SharedData.json("peers/samples/ob3-unsigned.json")
        var badLanguage = sample
        badLanguage["name"] = ["@value": "Example", "@language": "en_US!"]
        var blankProperty = sample
        blankProperty["@context"] = .array((sample["@context"]?.asArray ?? []) + [["extra": "_:p"]])
        blankProperty["extra"] = "x"
        var goodLanguage = sample
        goodLanguage["name"] = ["@value": "Example", "@language": "en-US"]
        #expect(throws: JSONLDError(.safeModeViolation, "")) {
            try Self.processor.expand(badLanguage, options: JSONLDOptions(safeMode: true))
        }
        #expect(throws: JSONLDError(.safeModeViolation, "")) {
            try Self.processor.expand(blankProperty, options: JSONLDOptions(safeMode: true))
        }
        let expanded = try Self.processor.expand(goodLanguage, options: JSONLDOptions(safeMode: true))
        #expect(expanded.first?["https://schema.org/name"]?.arrayValue?.first?["@language"] == "en-us")
    }

    @Test("redefining a protected term of the credentials context is an error")
    func protectedTermRedefinition() throws {
        var document = try SharedData.json("peers/samples/ob3-unsigned.json")
        document["@context"] = ["https://www.w3.org/ns/credentials/v2", ["id": "https://example.com/myId"]]
        do {
            _ = try Self.processor.expand(document, options: JSONLDOptions())
            Issue.record("expected protected term redefinition")
        } catch {
            #expect(error.code.name == "protected term redefinition")
            #expect(error.reason.contains("id"))
        }
    }

    @Test("each remote context is loaded and processed once across documents")
    func contextCache() throws {
        let loader = CountingLoader(SharedDataDocumentLoader())
        let processor = JSONLDProcessor(documentLoader: loader)
        let document = try SharedData.json("peers/samples/ob3-unsigned.json")
        let first = try processor.expand(document, options: JSONLDOptions(safeMode: true))
        for _ in 0..<5 {
            #expect(try processor.expand(document, options: JSONLDOptions(safeMode: true)) == first)
        }
        #expect(loader.loads == 2)
        #expect(first == (try Self.processor.expand(document, options: JSONLDOptions(safeMode: true))))
    }

    @Test("one processor serves concurrent expansions")
    func concurrentExpansion() async throws {
        let document = try SharedData.json("peers/samples/ob3-unsigned.json")
        let processor = JSONLDProcessor(documentLoader: SharedDataDocumentLoader())
        let results = try await withThrowingTaskGroup(of: [JSONValue].self) { group in
            for _ in 0..<8 {
                group.addTask { try processor.expand(document, options: JSONLDOptions(safeMode: true)) }
            }
            var all: [[JSONValue]] = []
            for try await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8)
        #expect(Set(results.map { JSONValue.array($0) }).count == 1)
    }
}

/// A loader that counts how often it is asked for a document.
final class CountingLoader: DocumentLoader {
    let inner: any DocumentLoader
    private let count = Mutex(0)
    init(_ inner: any DocumentLoader) { self.inner = inner }
    var loads: Int { count.withLock { $0 } }
    func loadDocument(_ url: String) throws(JSONLDError) -> RemoteDocument {
        count.withLock { $0 += 1 }
        return try inner.loadDocument(url)
    }
}
