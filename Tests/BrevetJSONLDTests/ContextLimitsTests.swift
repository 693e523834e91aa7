import BrevetJSON
import BrevetJSONLD
import Testing

/// Hostile or broken contexts fail with a clear error, in bounded time.
@Suite("Context processing errors and limits")
struct ContextLimitsTests {
    static func processor(_ documents: [String: JSONValue], limits: JSONLDProcessor.Limits = .default) -> JSONLDProcessor {
        JSONLDProcessor(documentLoader: StaticDocumentLoader(documents), limits: limits)
    }

    static func code(_ processor: JSONLDProcessor, _ document: JSONValue) -> String? {
        do {
            _ = try processor.expand(document, options: JSONLDOptions())
            return nil
        } catch {
            return error.code.name
        }
    }

    @Test("a cyclic @import is an error, not a hang")
    func cyclicImport() {
        let p = Self.processor([
            "https://example.com/a": ["@context": ["@import": "https://example.com/b"]],
            "https://example.com/b": ["@context": ["@import": "https://example.com/a"]],
        ])
        // An imported context may not itself import (JSON-LD 1.1 API §4.1.2 step 5.6.7).
        #expect(Self.code(p, ["@context": "https://example.com/a", "@id": "https://example.com/x"]) == "invalid context entry")
        #expect(Self.code(p, ["@context": ["@import": "https://example.com/a"]]) == "invalid context entry")
    }

    @Test("a remote context that includes itself is recursive context inclusion")
    func recursiveInclusion() {
        let p = Self.processor([
            "https://example.com/self": ["@context": "https://example.com/self"],
            "https://example.com/c": ["@context": ["https://example.com/d"]],
            "https://example.com/d": ["@context": "https://example.com/c"],
        ])
        #expect(Self.code(p, ["@context": "https://example.com/self"]) == "recursive context inclusion")
        #expect(Self.code(p, ["@context": "https://example.com/c"]) == "recursive context inclusion")
    }

    @Test("the same remote context twice in one array is not a cycle")
    func repeatedContext() throws {
        let p = Self.processor(["https://example.com/v": ["@context": ["@vocab": "https://example.com/v#"]]])
        let expanded = try p.expand(
            ["@context": ["https://example.com/v", "https://example.com/v"], "name": "x"], options: JSONLDOptions())
        #expect(expanded == [["https://example.com/v#name": [["@value": "x"]]]])
    }

    @Test("a long chain of remote contexts overflows")
    func remoteContextChain() {
        var documents: [String: JSONValue] = [:]
        for i in 0..<100 {
            documents["https://example.com/c\(i)"] = ["@context": .string("https://example.com/c\(i + 1)")]
        }
        documents["https://example.com/c100"] = ["@context": ["@vocab": "https://example.com/v#"]]
        #expect(Self.code(Self.processor(documents), ["@context": "https://example.com/c0"]) == "context overflow")
    }

    @Test("a missing remote context fails to load")
    func missingContext() {
        #expect(Self.code(Self.processor([:]), ["@context": "https://example.com/nowhere"]) == "loading remote context failed")
    }

    @Test("deep nesting is bounded")
    func deepNesting() {
        var value: JSONValue = ["https://example.com/p": "leaf"]
        for _ in 0..<500 { value = ["https://example.com/p": value] }
        #expect(Self.code(Self.processor([:]), value) == "resource limit exceeded")
    }

    @Test("the number of expanded values is bounded")
    func valueBudget() {
        let p = Self.processor([:], limits: JSONLDProcessor.Limits(maxExpandedValues: 1000))
        let many = JSONValue.array(Array(repeating: "v", count: 5000))
        #expect(Self.code(p, ["https://example.com/p": many]) == "resource limit exceeded")
    }
}
