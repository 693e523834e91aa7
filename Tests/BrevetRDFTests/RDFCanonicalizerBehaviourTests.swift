import BrevetRDF
import BrevetTestSupport
import Testing

/// Properties of the canonicalizer beyond the W3C suite: input labels and order do not matter,
/// invalid quads and over-limit work are refused with clear errors.
@Suite struct RDFCanonicalizerBehaviourTests {
    static let evalInputs: [String] = RDFCTestManifest.cases
        .filter { $0.kind == .eval && $0.hashAlgorithm == .sha256 }.map(\.action)

    /// Renaming blank nodes and reversing the quads gives the same canonical document, and the
    /// issued identifiers follow the renaming.
    @Test(arguments: evalInputs)
    func resultIgnoresLabelsAndOrder(action: String) throws {
        let dataset = try NQuadsParser().parse(try SharedData.text(action))
        let rename: (RDFTerm) -> RDFTerm = { term in
            if case .blankNode(let label) = term { return .blankNode("renamed-" + String(label.reversed())) }
            return term
        }
        let renamed = dataset.reversed().map {
            Quad(subject: rename($0.subject), predicate: $0.predicate, object: rename($0.object), graph: $0.graph.map(rename))
        }
        let canonicalizer = RDFCanonicalizer()
        let original = try canonicalizer.canonicalize(dataset)
        let other = try canonicalizer.canonicalize(renamed)
        #expect(Array(other.nquads.utf8) == Array(original.nquads.utf8))
        #expect(other.issuedIdentifiers.count == original.issuedIdentifiers.count)
        #expect(Set(other.issuedIdentifiers.values) == Set(original.issuedIdentifiers.values))
    }

    @Test func duplicatesAreRemovedAndLinesSorted() throws {
        let b = Quad(subject: .iri("urn:b"), predicate: .iri("urn:p"), object: .literal(RDFLiteral("x")))
        let a = Quad(subject: .iri("urn:a"), predicate: .iri("urn:p"), object: .blankNode("n"))
        let result = try RDFCanonicalizer().canonicalize([b, a, b, a])
        #expect(result.nquads == "<urn:a> <urn:p> _:c14n0 .\n<urn:b> <urn:p> \"x\" .\n")
        #expect(result.quads == [Quad(subject: .iri("urn:a"), predicate: .iri("urn:p"), object: .blankNode("c14n0")), b])
        #expect(result.issuedIdentifiers == ["n": "c14n0"])
        #expect(try RDFCanonicalizer().canonicalize([]).nquads == "")
    }

    @Test func textInTextOut() throws {
        let text = "_:x <urn:p> \"\\u0041\" .\n"
        #expect(try RDFCanonicalizer().canonicalize(nquads: text) == "_:c14n0 <urn:p> \"A\" .\n")
        #expect(throws: RDFError(.syntax, "")) { try RDFCanonicalizer().canonicalize(nquads: "_:x <urn:p> .") }
    }

    @Test(arguments: [
        Quad(subject: .literal(RDFLiteral("s")), predicate: .iri("urn:p"), object: .iri("urn:o")),
        Quad(subject: .iri("urn:s"), predicate: .blankNode("p"), object: .iri("urn:o")),
        Quad(subject: .iri("urn:s"), predicate: .literal(RDFLiteral("p")), object: .iri("urn:o")),
        Quad(subject: .iri("urn:s"), predicate: .iri("urn:p"), object: .iri("urn:o"), graph: .literal(RDFLiteral("g"))),
    ])
    func invalidQuadsAreRefused(quad: Quad) {
        #expect(throws: RDFError(.invalidQuad, "")) { try RDFCanonicalizer().canonicalize([quad]) }
    }

    /// A 3-node double circle needs Hash N-Degree Quads with permutations: tight limits stop it,
    /// and each limit is reported as `limitExceeded`.
    @Test(arguments: [
        RDFCanonicalizer.Limits(hashNDegreeCallFactor: 0, minHashNDegreeCalls: 1),
        RDFCanonicalizer.Limits(hashNDegreeCallFactor: 0, minHashNDegreeCalls: 0),
        RDFCanonicalizer.Limits(permutationFactor: 0, minPermutations: 1),
        RDFCanonicalizer.Limits(maxRecursionDepth: 1),
    ])
    func tightLimitsStopHashNDegreeQuads(limits: RDFCanonicalizer.Limits) throws {
        let circle = """
            _:e0 <http://example.org/vocab#next> _:e1 .
            _:e0 <http://example.org/vocab#prev> _:e2 .
            _:e1 <http://example.org/vocab#next> _:e2 .
            _:e1 <http://example.org/vocab#prev> _:e0 .
            _:e2 <http://example.org/vocab#next> _:e0 .
            _:e2 <http://example.org/vocab#prev> _:e1 .
            """
        let dataset = try NQuadsParser().parse(circle)
        #expect(throws: RDFError(.limitExceeded, "")) { try RDFCanonicalizer(limits: limits).canonicalize(dataset) }
        #expect(try RDFCanonicalizer().canonicalize(dataset).issuedIdentifiers.count == 3)
    }

    /// An RDF list of many equal values is real data that needs about n² Hash N-Degree Quads calls
    /// (every inner list node has the same first-degree hash): the default limits let it through,
    /// and the result does not depend on the input labels.
    @Test func longListOfEqualValuesIsCanonicalized() throws {
        func list(_ label: (Int) -> String) -> String {
            var text = "<urn:ex:s> <urn:ex:scores> _:\(label(0)) .\n"
            for i in 0..<60 {
                let rest = i == 59 ? "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>" : "_:\(label(i + 1))"
                text += "_:\(label(i)) <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"1\" .\n"
                text += "_:\(label(i)) <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> \(rest) .\n"
            }
            return text
        }
        let first = try RDFCanonicalizer().canonicalize(NQuadsParser().parse(list { "n\($0)" }))
        let second = try RDFCanonicalizer().canonicalize(NQuadsParser().parse(list { "x\(1000 - $0)" }))
        #expect(first.issuedIdentifiers.count == 60)
        #expect(Array(first.nquads.utf8) == Array(second.nquads.utf8))
    }

    /// The suite's poison dataset (a 10-node clique) is refused under the default limits, with a
    /// reason that names the problem.
    @Test func poisonCliqueIsRefused() throws {
        let dataset = try NQuadsParser().parse(try SharedData.text("standards/vectors/w3c/rdf-canon/tests/rdfc10/test074-in.nq"))
        let error = #expect(throws: RDFError.self) { try RDFCanonicalizer().canonicalize(dataset) }
        #expect(error?.code == .limitExceeded)
        #expect(error?.description.contains("poison") == true)
    }
}
