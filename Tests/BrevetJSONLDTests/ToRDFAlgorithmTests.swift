import BrevetJSON
import BrevetJSONLD
import BrevetRDF
import Testing

/// Behaviour of node map generation and RDF deserialization that the W3C suite does not pin down,
/// on documents already in expanded form. Expected statements are written from the specification.
@Suite struct ToRDFAlgorithmTests {
    static let processor = JSONLDProcessor(documentLoader: StaticDocumentLoader())
    static let s = RDFTerm.iri("http://example.com/s")
    static let p = RDFTerm.iri("http://example.com/p")

    static func toRDF(_ json: String, _ options: JSONLDOptions = JSONLDOptions()) throws -> RDFDataset {
        let expanded = try JSONValue(parsing: json).asArray
        return try processor.toRDF(expanded: expanded, options: options)
    }

    static func literal(_ text: String, _ datatype: String) -> RDFTerm { .literal(RDFLiteral(text, datatype: datatype)) }

    /// Two value objects that denote the same literal give one quad, not two.
    @Test func equalLiteralsAreStatedOnce() throws {
        let quads = try Self.toRDF(
            """
            [{"@id": "http://example.com/s", "http://example.com/p": [
              {"@value": true}, {"@value": "true", "@type": "http://www.w3.org/2001/XMLSchema#boolean"},
              {"@value": 1}, {"@value": "1", "@type": "http://www.w3.org/2001/XMLSchema#integer"}, {"@value": 1.0}]}]
            """)
        #expect(Set(quads).count == quads.count)
        #expect(
            Set(quads)
                == [
                    Quad(subject: Self.s, predicate: Self.p, object: Self.literal("true", RDFVocabulary.xsdBoolean)),
                    Quad(subject: Self.s, predicate: Self.p, object: Self.literal("1", RDFVocabulary.xsdInteger)),
                ])
    }

    /// An `@type` and an `rdf:type` property naming the same class give one quad.
    @Test func typeAndRdfTypeAreStatedOnce() throws {
        let quads = try Self.toRDF(
            """
            [{"@id": "http://example.com/s", "@type": ["http://example.com/C"],
              "http://www.w3.org/1999/02/22-rdf-syntax-ns#type": [{"@id": "http://example.com/C"}]}]
            """)
        #expect(quads == [Quad(subject: Self.s, predicate: .iri(RDFVocabulary.rdfType), object: .iri("http://example.com/C"))])
    }

    /// "If node has already an @index entry with a different value, a conflicting indexes error".
    @Test func conflictingIndexes() throws {
        #expect(throws: JSONLDError(.conflictingIndexes, "")) {
            try Self.toRDF(
                """
                [{"@id": "http://example.com/s", "@index": "a"}, {"@id": "http://example.com/s", "@index": "b"}]
                """)
        }
        // The same index twice is fine.
        _ = try Self.toRDF(
            """
            [{"@id": "http://example.com/s", "@index": "a"}, {"@id": "http://example.com/s", "@index": "a"}]
            """)
    }

    /// Safe mode refuses to drop a statement silently; without it, the statement is left out.
    @Test(arguments: [
        #"[{"@id": "relative", "http://example.com/p": [{"@value": "x"}]}]"#,
        #"[{"@id": "http://example.com/s", "http://example.com/p": [{"@id": "http://example.com/a b"}]}]"#,
        #"[{"@id": "http://example.com/s", "@type": ["Relative"]}]"#,
        #"[{"@id": "http://example.com/s", "_:b": [{"@value": "x"}]}]"#,
        #"[{"@id": "http://example.com/s", "http://example.com/p": [{"@value": "x", "@language": "not a tag"}]}]"#,
        #"[{"@id": "http://example.com/s", "http://example.com/p": [{"@value": "x", "@type": "string"}]}]"#,
        #"[{"@id": "http://example.com/s", "http://example.com/p": [{"@id": null}]}]"#,
        #"[{"@id": "g", "@graph": [{"@id": "http://example.com/s", "http://example.com/p": [{"@value": "x"}]}]}]"#,
    ])
    func safeModeRefusesToDrop(_ json: String) throws {
        #expect(try Self.toRDF(json).isEmpty)
        #expect(throws: JSONLDError(.safeModeViolation, "")) {
            try Self.toRDF(json, JSONLDOptions(safeMode: true))
        }
    }

    /// A blank node property is kept only in generalized RDF.
    @Test func blankNodePredicateInGeneralizedRDF() throws {
        let json = #"[{"@id": "http://example.com/s", "_:p": [{"@value": "x"}]}]"#
        let quads = try Self.toRDF(json, JSONLDOptions(produceGeneralizedRdf: true))
        #expect(quads.count == 1)
        #expect(quads.first?.predicate.isBlankNode == true)
    }

    /// `compound-literal`: a blank node with rdf:value, rdf:language (lower case) and rdf:direction.
    @Test func compoundLiteral() throws {
        let quads = try Self.toRDF(
            #"[{"@id": "http://example.com/s", "http://example.com/p": [{"@value": "x", "@language": "en-US", "@direction": "rtl"}]}]"#,
            JSONLDOptions(rdfDirection: "compound-literal"))
        #expect(quads.count == 4)
        let node = try #require(quads.first { $0.subject == Self.s }?.object)
        #expect(node.isBlankNode)
        let about = Set(quads.filter { $0.subject == node }.map { [$0.predicate, $0.object] })
        #expect(
            about == [
                [.iri(RDFVocabulary.rdfValue), .literal(RDFLiteral("x"))],
                [.iri(RDFVocabulary.rdfLanguage), .literal(RDFLiteral("en-us"))],
                [.iri(RDFVocabulary.rdfDirection), .literal(RDFLiteral("rtl"))],
            ])
    }

    /// Without `rdfDirection`, the direction is not represented and the literal keeps its language.
    @Test func directionWithoutRdfDirection() throws {
        let quads = try Self.toRDF(
            #"[{"@id": "http://example.com/s", "http://example.com/p": [{"@value": "x", "@language": "en-US", "@direction": "rtl"}]}]"#)
        #expect(quads == [Quad(subject: Self.s, predicate: Self.p, object: .literal(RDFLiteral("x", language: "en-US")))])
    }

    /// A node with many types and many properties (the hashed paths of the node map).
    @Test func manyTypesAndProperties() throws {
        let types = (0..<600).map { #""http://example.com/T\#($0 % 300)""# }.joined(separator: ",")
        let properties = (0..<300).map { #""http://example.com/p\#($0)": [{"@value": "x"}]"# }.joined(separator: ",")
        let quads = try Self.toRDF(#"[{"@id": "http://example.com/s", "@type": [\#(types)], \#(properties)}]"#)
        #expect(quads.count == 600)
        #expect(Set(quads).count == 600)
    }

    /// Safe mode and base direction: without `rdfDirection` the direction would be lost, so safe mode
    /// refuses; with `i18n-datatype` it is kept in the datatype and safe mode accepts.
    @Test func safeModeAndDirection() throws {
        let json = #"[{"@id": "http://example.com/s", "http://example.com/p": [{"@value": "x", "@language": "ar", "@direction": "rtl"}]}]"#
        #expect(throws: JSONLDError(.safeModeViolation, "")) { try Self.toRDF(json, JSONLDOptions(safeMode: true)) }
        let quads = try Self.toRDF(json, JSONLDOptions(rdfDirection: "i18n-datatype", safeMode: true))
        #expect(quads == [Quad(subject: Self.s, predicate: Self.p, object: Self.literal("x", "https://www.w3.org/ns/i18n#ar_rtl"))])
    }

    /// Many values of one property stay distinct and linear (the hashed path of duplicate detection).
    @Test func manyValues() throws {
        let values = (0..<500).map { #"{"@value": "v\#($0 % 250)"}"# }.joined(separator: ",")
        let quads = try Self.toRDF(#"[{"@id": "http://example.com/s", "http://example.com/p": [\#(values)]}]"#)
        #expect(quads.count == 250)
    }
}
