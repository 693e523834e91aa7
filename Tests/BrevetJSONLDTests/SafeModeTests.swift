import BrevetJSON
import BrevetJSONLD
import Testing

/// Safe mode on small documents: each kind of silent drop becomes an error, and the same
/// document expands (losing data) without safe mode.
@Suite("Safe mode")
struct SafeModeTests {
    static let processor = JSONLDProcessor(documentLoader: StaticDocumentLoader())
    static let context: JSONValue = ["ex": "https://example.com/", "name": "ex:name", "link": ["@id": "ex:link", "@type": "@id"]]

    static let drops: [(String, JSONValue)] = [
        ("undefined term", ["@context": context, "@id": "ex:a", "undefinedTerm": "x"]),
        ("term mapped to null", ["@context": [context, ["name": JSONValue.null]], "@id": "ex:a", "name": "x"]),
        ("keyword-like property", ["@context": context, "@id": "ex:a", "@unknown": "x"]),
        ("relative @id", ["@context": context, "@id": "relative", "name": "x"]),
        ("keyword-like @id", ["@context": context, "@id": "@ignoreMe", "name": "x"]),
        ("relative @type", ["@context": context, "@id": "ex:a", "@type": "Thing"]),
        ("keyword-like @type", ["@context": context, "@id": "ex:a", "@type": "@thing"]),
        ("relative IRI value", ["@context": context, "@id": "ex:a", "link": "relative"]),
        ("IRI with a space", ["@context": context, "@id": "https://example.com/a b", "name": "x"]),
        ("malformed language tag", ["@context": context, "@id": "ex:a", "name": ["@value": "x", "@language": "not a tag"]]),
    ]

    @Test("a silent drop is a safe mode violation", arguments: drops)
    func drop(_ example: (String, JSONValue)) throws {
        _ = try Self.processor.expand(example.1, options: JSONLDOptions())
        #expect(throws: JSONLDError(.safeModeViolation, ""), "\(example.0)") {
            try Self.processor.expand(example.1, options: JSONLDOptions(safeMode: true))
        }
    }

    @Test("a complete document passes unchanged")
    func complete() throws {
        let document: JSONValue = [
            "@context": Self.context, "@id": "ex:a", "@type": "ex:Thing", "name": ["@value": "x", "@language": "en-GB"],
            "link": "ex:b",
        ]
        let lenient = try Self.processor.expand(document, options: JSONLDOptions())
        #expect(try Self.processor.expand(document, options: JSONLDOptions(safeMode: true)) == lenient)
    }

    @Test("a base IRI makes relative references safe")
    func withBase() throws {
        let document: JSONValue = ["@context": Self.context, "@id": "relative", "name": "x"]
        let expanded = try Self.processor.expand(document, options: JSONLDOptions(base: "https://example.com/doc", safeMode: true))
        #expect(expanded.first?["@id"] == "https://example.com/relative")
    }
}
