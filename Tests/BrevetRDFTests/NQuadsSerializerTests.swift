import BrevetRDF
import BrevetTestSupport
import Testing

/// Canonical N-Quads form (RDFC-1.0 Appendix A, canonical N-Triples).
@Suite struct NQuadsSerializerTests {
    static let folder = "standards/vectors/w3c/rdf-canon/tests/rdfc10/"
    static let inputs: [String] = (try? SharedData.list(folder).filter { $0.hasSuffix("-in.nq") }) ?? []
    static let canonicalResults: [String] = (try? SharedData.list(folder).filter { $0.hasSuffix("-rdfc10.nq") }) ?? []

    static func literalLine(_ literal: RDFLiteral) -> String {
        NQuadsSerializer.line(Quad(subject: .iri("urn:s"), predicate: .iri("urn:p"), object: .literal(literal)))
    }

    /// U+0008, U+0009, U+000A, U+000C, U+000D, `"` and `\` use ECHAR; the other C0 controls and U+007F
    /// use `\u00XX` with upper-case digits; everything else, U+0080 included, is written as is.
    @Test func literalEscapes() {
        var controls = ""
        for value in 0x00...0x1F { controls.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let line = Self.literalLine(RDFLiteral(controls + "\"\\\u{7F}\u{80}é∞🌃'"))
        let expected = #"<urn:s> <urn:p> "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F"#
            + #"\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"#
            + "\\\"\\\\\\u007F\u{80}é∞🌃'\" .\n"
        #expect(Array(line.utf8) == Array(expected.utf8))
    }

    @Test func datatypesAndLanguages() {
        #expect(Self.literalLine(RDFLiteral("a")) == "<urn:s> <urn:p> \"a\" .\n")
        #expect(Self.literalLine(RDFLiteral("a", datatype: RDFVocabulary.xsdString)) == "<urn:s> <urn:p> \"a\" .\n")
        #expect(Self.literalLine(RDFLiteral("a", language: "en-GB")) == "<urn:s> <urn:p> \"a\"@en-GB .\n")
        #expect(Self.literalLine(RDFLiteral("1", datatype: RDFVocabulary.xsdInteger))
                == "<urn:s> <urn:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n")
    }

    @Test func termsAndGraphs() {
        let quad = Quad(subject: .blankNode("b0"), predicate: .iri("urn:ex:∞"), object: .iri("http://example.org/a b"),
                        graph: .blankNode("g"))
        #expect(NQuadsSerializer.line(quad) == "_:b0 <urn:ex:∞> <http://example.org/a b> _:g .\n")
        let named = Quad(subject: .iri("urn:s"), predicate: .iri("urn:p"), object: .blankNode("o"), graph: .iri("urn:g"))
        #expect(NQuadsSerializer.serialize([named, named]) == "<urn:s> <urn:p> _:o <urn:g> .\n<urn:s> <urn:p> _:o <urn:g> .\n")
        #expect(NQuadsSerializer.serialize([]) == "")
    }

    /// Each official canonical result, read and written again, is the same bytes: the serializer
    /// writes exactly the canonical form.
    @Test(arguments: canonicalResults)
    func canonicalDocumentsAreFixedPoints(file: String) throws {
        let text = try SharedData.text(Self.folder + file)
        let written = NQuadsSerializer.serialize(try NQuadsParser().parse(text))
        #expect(Array(written.utf8) == Array(text.utf8))
    }

    /// Parse → serialize → parse gives the same dataset for every suite input.
    @Test(arguments: inputs)
    func roundTrip(file: String) throws {
        let dataset = try NQuadsParser().parse(try SharedData.text(Self.folder + file))
        let written = NQuadsSerializer.serialize(dataset)
        #expect(try NQuadsParser().parse(written) == dataset)
    }

    @Test func vectorsArePresent() {
        #expect(Self.inputs.count >= 40)
        #expect(Self.canonicalResults.count >= 40)
    }
}
