import BrevetJSON
import BrevetRDF
import BrevetTestSupport
import Testing

/// The W3C RDFC-1.0 test suite, one case per manifest entry.
@Suite struct RDFCanonicalizerTests {
    /// Entries that do not pass yet, each with the reason. Empty: every public entry passes.
    static let exclusions: [String: String] = [:]

    @Test func manifestIsPresent() throws {
        let cases = try RDFCTestManifest.load()
        #expect(cases.count == 58)
        #expect(cases.contains { $0.kind == .negative })
        #expect(cases.contains { $0.hashAlgorithm == .sha384 })
    }

    @Test(arguments: RDFCTestManifest.cases)
    func w3cTest(_ test: RDFCTestCase) throws {
        if let reason = Self.exclusions[test.id] {
            withKnownIssue(Comment(rawValue: reason)) { try Self.run(test) }
        } else {
            try Self.run(test)
        }
    }

    /// Runs the whole suite once and prints its score; the failures must be exactly the exclusions.
    @Test func suiteScore() throws {
        var passed: [String] = []
        var failed: [String] = []
        for test in RDFCTestManifest.cases {
            if (try? Self.check(test)) == true { passed.append(test.id) } else { failed.append(test.id) }
        }
        print("RDFC-1.0 test suite: \(passed.count) passed, \(failed.count) failed of \(RDFCTestManifest.cases.count)"
              + (failed.isEmpty ? "" : "; failed: \(failed.joined(separator: " "))"))
        #expect(Set(failed) == Set(Self.exclusions.keys))
    }

    /// Runs one test with expectations, so a failure says what differs.
    static func run(_ test: RDFCTestCase) throws {
        let input = try SharedData.text(test.action)
        let canonicalizer = RDFCanonicalizer(hashAlgorithm: test.hashAlgorithm)
        switch test.kind {
        case .eval:
            let expected = try SharedData.text(try #require(test.result))
            let canonical = try canonicalizer.canonicalize(NQuadsParser().parse(input))
            #expect(Array(canonical.nquads.utf8) == Array(expected.utf8))
            // The relabelled quads are the same document.
            #expect(Array(NQuadsSerializer.serialize(canonical.quads).utf8) == Array(expected.utf8))
        case .map:
            let expected = try SharedData.json(try #require(test.result))
            let canonical = try canonicalizer.canonicalize(NQuadsParser().parse(input))
            #expect(canonical.issuedIdentifiers == Self.stringMap(expected))
        case .negative:
            let dataset = try NQuadsParser().parse(input)
            #expect(throws: RDFError(.limitExceeded, "")) { try canonicalizer.canonicalize(dataset) }
        }
    }

    /// Runs one test without expectations: true when it passes.
    static func check(_ test: RDFCTestCase) throws -> Bool {
        let input = try SharedData.text(test.action)
        let canonicalizer = RDFCanonicalizer(hashAlgorithm: test.hashAlgorithm)
        switch test.kind {
        case .eval:
            let expected = try SharedData.text(try #require(test.result))
            return Array(try canonicalizer.canonicalize(nquads: input).utf8) == Array(expected.utf8)
        case .map:
            let expected = try SharedData.json(try #require(test.result))
            return try canonicalizer.canonicalize(NQuadsParser().parse(input)).issuedIdentifiers == stringMap(expected)
        case .negative:
            do {
                _ = try canonicalizer.canonicalize(NQuadsParser().parse(input))
                return false
            } catch {
                return error.code == .limitExceeded
            }
        }
    }

    static func stringMap(_ json: JSONValue) -> [String: String]? {
        guard let object = json.objectValue else { return nil }
        var map: [String: String] = [:]
        for (key, value) in object {
            guard let string = value.stringValue else { return nil }
            map[key] = string
        }
        return map
    }
}
