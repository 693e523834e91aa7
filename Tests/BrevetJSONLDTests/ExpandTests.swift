import BrevetJSON
import BrevetJSONLD
import BrevetTestSupport
import Foundation
import Testing

/// One entry of the JSON-LD 1.1 API expand manifest.
struct ExpandCase: Sendable, CustomTestStringConvertible {
    var id: String
    var name: String
    var input: String
    var expect: String?
    var expectErrorCode: String?
    var options: JSONObject
    var testDescription: String { "\(id) \(name)" }
}

/// The Expansion tests of the JSON-LD 1.1 API test suite
/// (`standards/jsonld-api-tests/expand-manifest.jsonld`), run as its MANIFEST.md says.
enum ExpandSuite {
    static let manifestPath = "standards/jsonld-api-tests/expand-manifest.jsonld"

    /// Every test of the manifest except those for JSON-LD 1.0 only (out of scope).
    static let cases: [ExpandCase] = entries.filter { $0.options["specVersion"] != .string("json-ld-1.0") }

    /// Tests of the manifest for JSON-LD 1.0 processors only.
    static let outOfScope: Int = entries.count - cases.count

    /// Every test of the manifest.
    static let entries: [ExpandCase] = {
        guard let manifest = try? SharedData.json(manifestPath), case .array(let sequence)? = manifest["sequence"] else {
            return []
        }
        var cases: [ExpandCase] = []
        for entry in sequence {
            let options = entry["option"]?.objectValue ?? JSONObject()
            cases.append(
                ExpandCase(
                    id: entry["@id"]?.stringValue ?? "?", name: entry["name"]?.stringValue ?? "",
                    input: entry["input"]?.stringValue ?? "", expect: entry["expect"]?.stringValue,
                    expectErrorCode: entry["expectErrorCode"]?.stringValue, options: options))
        }
        return cases
    }()

    /// Tests that are expected to fail, each with the reason.
    static let exclusions: [String: String] = [:]

    static let processor = JSONLDProcessor(documentLoader: SharedDataDocumentLoader())

    enum Outcome: Equatable {
        case pass
        case fail(String)
    }

    /// Runs one case and says whether its outcome matches the manifest.
    static func run(_ test: ExpandCase) -> Outcome {
        let base = SharedDataDocumentLoader.suiteBase
        // The expected outputs list map values in lexicographic order of their keys (`ordered`).
        var options = JSONLDOptions(base: test.options["base"]?.stringValue ?? base + test.input, ordered: true)
        if let mode = test.options["processingMode"]?.stringValue { options.processingMode = mode }
        do {
            if let contextPath = test.options["expandContext"]?.stringValue {
                options.expandContext = try SharedData.json("standards/jsonld-api-tests/" + contextPath)
            }
            let input = try SharedData.json("standards/jsonld-api-tests/" + test.input)
            let result: [JSONValue]
            do {
                result = try processor.expand(input, options: options)
            } catch {
                if let code = test.expectErrorCode {
                    return error.code.name == code ? .pass : .fail("expected \(code), got \(error)")
                }
                return .fail("unexpected error \(error)")
            }
            if let code = test.expectErrorCode { return .fail("expected \(code), got \(jsonText(.array(result)))") }
            let expected = try SharedData.json("standards/jsonld-api-tests/" + (test.expect ?? ""))
            if JSONValue.array(result) == .array(expected.asArray) { return .pass }
            return .fail("expected \(jsonText(expected))\n     got \(jsonText(.array(result)))")
        } catch {
            return .fail("could not read the test data: \(error)")
        }
    }
}

@Suite("JSON-LD 1.1 expand test suite")
struct ExpandTests {
    @Test("expand manifest entry", arguments: ExpandSuite.cases)
    func expand(_ test: ExpandCase) {
        let outcome = ExpandSuite.run(test)
        if let reason = ExpandSuite.exclusions[test.id] {
            withKnownIssue(Comment(rawValue: reason)) {
                if case .fail(let message) = outcome { Issue.record(Comment(rawValue: message)) }
            }
        } else if case .fail(let message) = outcome {
            Issue.record(Comment(rawValue: message))
        }
    }

    @Test("the whole manifest is read and every non-excluded test passes")
    func summary() {
        #expect(ExpandSuite.cases.count > 300)
        var passed = 0, failed = 0, excluded = 0
        var failures: [String] = []
        for test in ExpandSuite.cases {
            let outcome = ExpandSuite.run(test)
            if case .fail(let message) = outcome, ProcessInfo.processInfo.environment["JSONLD_SHOW_FAILURES"] != nil {
                print("\(test.id) \(test.name): \(message)")
            }
            if ExpandSuite.exclusions[test.id] != nil {
                excluded += 1
            } else if outcome == .pass {
                passed += 1
            } else {
                failed += 1
                failures.append(test.id)
            }
        }
        print("JSON-LD expand suite: \(passed) pass, \(failed) fail, \(excluded) excluded, \(ExpandSuite.outOfScope) out of scope (JSON-LD 1.0 only)")
        if !failures.isEmpty { print("failing: \(failures.joined(separator: " "))") }
        #expect(failed == 0)
    }
}
