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

    @Test("a long chain of terms defined through one another is bounded")
    func dependencyChain() {
        var context = JSONObject()
        context["t0"] = "https://example.com/"
        for i in 1..<2_000 { context["t\(i)"] = .string("t\(i - 1):x") }
        // Create Term Definition recurses along the chain; it must fail cleanly, not exhaust the stack.
        let reversed = JSONObject(context.members.reversed())
        #expect(Self.code(Self.processor([:]), ["@context": .object(reversed)]) == "resource limit exceeded")
        var short = JSONObject()
        short["t0"] = "https://example.com/"
        for i in 1..<100 { short["t\(i)"] = .string("t\(i - 1):x") }
        #expect(Self.code(Self.processor([:]), ["@context": .object(JSONObject(short.members.reversed()))]) == nil)
    }

    @Test("deep @nest nesting is bounded")
    func deepNest() {
        var value: JSONValue = ["https://example.com/p": "leaf"]
        for _ in 0..<500 { value = ["@nest": value] }
        #expect(Self.code(Self.processor([:]), value) == "resource limit exceeded")
    }

    @Test("the number of expanded values is bounded")
    func valueBudget() {
        let p = Self.processor([:], limits: JSONLDProcessor.Limits(maxExpandedValues: 1000))
        let many = JSONValue.array(Array(repeating: "v", count: 5000))
        #expect(Self.code(p, ["https://example.com/p": many]) == "resource limit exceeded")
    }

    @Test("nested scoped contexts that double at each level fail fast")
    func exponentialScopedContexts() {
        // Remote: each level's two terms scope the level below, so validating level 40 would
        // process 2^40 contexts.
        var documents: [String: JSONValue] = ["https://example.com/L0": ["@context": ["@vocab": "https://example.com/v#"]]]
        for k in 1...40 {
            let below = JSONValue.string("https://example.com/L\(k - 1)")
            documents["https://example.com/L\(k)"] = [
                "@context": [
                    "a": ["@id": "https://example.com/a", "@context": below],
                    "b": ["@id": "https://example.com/b", "@context": below],
                ]
            ]
        }
        let code = Self.code(Self.processor(documents), ["@context": "https://example.com/L40"])
        #expect(code == "context overflow" || code == "resource limit exceeded")
        // Inline: the same shape built from shared values (linear in memory, exponential to process).
        var level: JSONValue = ["@vocab": "https://example.com/v#"]
        for _ in 1...40 {
            level = [
                "a": ["@id": "https://example.com/a", "@context": level],
                "b": ["@id": "https://example.com/b", "@context": level],
            ]
        }
        let inline = Self.code(Self.processor([:]), ["@context": level])
        #expect(inline == "context overflow" || inline == "resource limit exceeded")
    }
}
