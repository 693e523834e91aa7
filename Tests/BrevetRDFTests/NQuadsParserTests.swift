import BrevetRDF
import BrevetTestSupport
import Testing

/// The N-Quads reader: the grammar of https://www.w3.org/TR/n-quads/#sec-grammar, escapes, and errors
/// that say where the input is wrong.
@Suite struct NQuadsParserTests {
    static let s = RDFTerm.iri("http://example.org/s")
    static let p = RDFTerm.iri("http://example.org/p")
    static let o = RDFTerm.iri("http://example.org/o")

    @Test func readsEveryKindOfTerm() throws {
        let dataset = try NQuadsParser().parse("""
            <http://example.org/s> <http://example.org/p> <http://example.org/o> .
            _:b0 <http://example.org/p> _:b1 <http://example.org/g> .
            _:b0 <http://example.org/p> "plain" _:g .
            _:b0 <http://example.org/p> "chat"@fr-BE .
            _:b0 <http://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:b0 <http://example.org/p> "explicit"^^<http://www.w3.org/2001/XMLSchema#string> .
            """)
        #expect(dataset == [
            Quad(subject: Self.s, predicate: Self.p, object: Self.o),
            Quad(subject: .blankNode("b0"), predicate: Self.p, object: .blankNode("b1"), graph: .iri("http://example.org/g")),
            Quad(subject: .blankNode("b0"), predicate: Self.p, object: .literal(RDFLiteral("plain")), graph: .blankNode("g")),
            Quad(subject: .blankNode("b0"), predicate: Self.p, object: .literal(RDFLiteral("chat", language: "fr-BE"))),
            Quad(subject: .blankNode("b0"), predicate: Self.p,
                 object: .literal(RDFLiteral("1", datatype: "http://www.w3.org/2001/XMLSchema#integer"))),
            Quad(subject: .blankNode("b0"), predicate: Self.p, object: .literal(RDFLiteral("explicit"))),
        ])
        if case .literal(let literal) = dataset[3].object {
            #expect(literal.datatype == RDFVocabulary.rdfLangString)
        }
    }

    @Test func layoutIsFree() throws {
        let text = "# leading comment\r\n\r\n\t<http://example.org/s>\t<http://example.org/p><http://example.org/o>.# trailing\r"
            + "_:a.b <http://example.org/p> _:c. \n"
            + "<http://example.org/s> <http://example.org/p> \"x\"<http://example.org/g>.\n\n   \n# end"
        let dataset = try NQuadsParser().parse(text)
        #expect(dataset == [
            Quad(subject: Self.s, predicate: Self.p, object: Self.o),
            Quad(subject: .blankNode("a.b"), predicate: Self.p, object: .blankNode("c")),
            Quad(subject: Self.s, predicate: Self.p, object: .literal(RDFLiteral("x")), graph: .iri("http://example.org/g")),
        ])
        #expect(try NQuadsParser().parse("").isEmpty)
        #expect(try NQuadsParser().parse("# only a comment").isEmpty)
    }

    @Test func blankNodeLabelsFollowPNChars() throws {
        let dataset = try NQuadsParser().parse("_:0-x·y <http://example.org/p> _:é_:z .\n_:_a <http://example.org/p> _:a.")
        #expect(dataset.map(\.subject) == [.blankNode("0-x·y"), .blankNode("_a")])
        #expect(dataset.map(\.object) == [.blankNode("é_:z"), .blankNode("a")])
    }

    /// Literal escapes (the area of rdf-canon test 060): ECHAR, `\u` and `\U`.
    @Test(arguments: [
        (#""\t\b\n\r\f\"\'\\""#, "\t\u{08}\n\r\u{0C}\"'\\"),
        (#""\u0022\u005c""#, "\"\\"),
        (#""\u221e\u221E""#, "∞∞"),
        (#""\U0001F303""#, "🌃"),
        (#""\U00000000\u0000""#, "\u{0}\u{0}"),
        (#""\\u0039""#, "\\u0039"),
        (#""\\\\\\""#, "\\\\\\"),
        (#""caf\u00E9 ∞""#, "café ∞"),
        ("\"raw\ttab\"", "raw\ttab"),
    ])
    func literalEscapes(written: String, value: String) throws {
        let dataset = try NQuadsParser().parse("<http://example.org/s> <http://example.org/p> \(written) .")
        guard case .literal(let literal) = try #require(dataset.first).object else {
            Issue.record("not a literal")
            return
        }
        #expect(Array(literal.lexicalForm.unicodeScalars) == Array(value.unicodeScalars))
    }

    /// IRIs may use `\u` and `\U` escapes; they are decoded.
    @Test func iriEscapes() throws {
        let dataset = try NQuadsParser().parse(#"<urn:ex:\u0065\u0078> <urn:ex:\u221e> <urn:ex:\U0001F303> <urn:ex:g\u00a0> ."#)
        #expect(dataset == [Quad(subject: .iri("urn:ex:ex"), predicate: .iri("urn:ex:∞"), object: .iri("urn:ex:🌃"),
                                 graph: .iri("urn:ex:g\u{A0}"))])
    }

    /// Malformed documents: a `syntax` error at the right place, never a crash.
    @Test(arguments: [
        ("<http://example.org/s> <http://example.org/p> <http://example.org/o>", 1, 69),
        ("<http://example.org/s> <http://example.org/p> <http://example.org/o> . x", 1, 72),
        ("<s> <http://example.org/p> <http://example.org/o> .", 1, 1),
        ("\"s\" <http://example.org/p> <http://example.org/o> .", 1, 1),
        ("<http://example.org/s> _:p <http://example.org/o> .", 1, 24),
        ("<http://example.org/s> \"p\" <http://example.org/o> .", 1, 24),
        ("<http://example.org/s> <http://example.org/p> \"o\" \"g\" .", 1, 51),
        ("<http://example.org/s> <http://example.org/p> <http://example.org/o", 1, 47),
        ("<http://example.org/s> <http://example.org/p> \"open .", 1, 47),
        ("<http://example.org/s> <http://example.org/p> \"line\nbreak\" .", 1, 52),
        ("<http://example.org/s> <http://example.org/p> \"\\a\" .", 1, 48),
        ("<http://example.org/s> <http://example.org/p> \"\\u00ZZ\" .", 1, 48),
        ("<http://example.org/s> <http://example.org/p> \"\\uD800\" .", 1, 48),
        ("<http://example.org/s> <http://example.org/p> \"\\U00110000\" .", 1, 48),
        ("<http://example.org/s> <http://example.org/p> \"\\u00\" .", 1, 48),
        ("<http://example.org/s> <http://example.org/p> \"x\"@ .", 1, 51),
        ("<http://example.org/s> <http://example.org/p> \"x\"@en- .", 1, 54),
        ("<http://example.org/s> <http://example.org/p> \"x\"^<http://example.org/d> .", 1, 50),
        ("<http://example.org/s> <http://example.org/p> \"x\"^^\"d\" .", 1, 52),
        ("<http://example.org/s> <http://example.org/p> <http://example.org/a b> .", 1, 68),
        ("<http://example.org/s> <http://example.org/p> <http://example.org/a\\u0020b> .", 1, 68),
        ("<http://example.org/s> <http://example.org/p> <http://example.org/a\\n> .", 1, 68),
        ("<http://example.org/s> <http://example.org/p> <http://example.org/{x}> .", 1, 67),
        ("_: <http://example.org/p> <http://example.org/o> .", 1, 3),
        ("_:-a <http://example.org/p> <http://example.org/o> .", 1, 3),
        ("_x <http://example.org/p> <http://example.org/o> .", 1, 1),
        ("# fine\n<http://example.org/s> <http://example.org/p> <http://example.org/o> .\r\n  <http://example.org/s> <http://example.org/p> .", 3, 49),
        ("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\r<http://example.org/s> ∞ .", 2, 24),
        ("<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> <http://example.org/h> .", 1, 93),
    ])
    func malformedInputIsASyntaxError(text: String, line: Int, column: Int) {
        let error = #expect(throws: RDFError.self) { try NQuadsParser().parse(text) }
        #expect(error?.code == .syntax)
        #expect(error?.line == line)
        #expect(error?.column == column, "\(String(describing: error))")
    }

    @Test func invalidUTF8IsRejected() throws {
        #expect(throws: RDFError(.invalidUTF8, "")) {
            try NQuadsParser().parse(utf8: Array("<urn:a> <urn:b> \"".utf8) + [0xC3, 0x28] + Array("\" .".utf8))
        }
        #expect(try NQuadsParser().parse(utf8: Array("<urn:a> <urn:b> \"é\" .".utf8)).count == 1)
    }

    @Test func sizeLimit() {
        #expect(throws: RDFError(.tooLarge, "")) {
            try NQuadsParser(limits: .init(maxBytes: 10)).parse("<urn:a> <urn:b> <urn:c> .")
        }
    }

    /// Every prefix of a document full of escapes, and every single-byte corruption of it, either parses
    /// or throws a syntax error: the reader never traps.
    @Test func truncatedAndCorruptedInputNeverCrashes() throws {
        let text = try SharedData.text("standards/vectors/w3c/rdf-canon/tests/rdfc10/test060-in.nq")
        let scalars = Array(text.unicodeScalars)
        var step = 0
        while step < scalars.count {
            var prefix = ""
            prefix.unicodeScalars.append(contentsOf: scalars[..<step])
            do { _ = try NQuadsParser().parse(prefix) } catch { #expect(error.code == .syntax) }
            step += 7
        }
        let replacements: [Unicode.Scalar] = ["\\", "\"", "<", ">", "\n", "u", "_", ":", ".", "@", "^", " ", "\u{0}"]
        for (offset, replacement) in zip(stride(from: 0, to: scalars.count, by: 3), replacements.cycled()) {
            var corrupted = scalars
            corrupted[offset] = replacement
            var mutated = ""
            mutated.unicodeScalars.append(contentsOf: corrupted)
            do { _ = try NQuadsParser().parse(mutated) } catch { #expect(error.code == .syntax) }
        }
    }

    @Test func errorDescriptionNamesThePlace() {
        do {
            _ = try NQuadsParser().parse("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> \"x\"@ .")
            Issue.record("no error")
        } catch {
            #expect(error.description.contains("line 2, column 21"))
        }
    }
}

extension Array {
    /// The elements repeated forever.
    func cycled() -> some Sequence<Element> {
        sequence(state: 0) { index in
            defer { index = (index + 1) % count }
            return self[index]
        }
    }
}
