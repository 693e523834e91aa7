/// Where a producer of RDF statements, such as JSON-LD toRdf, writes them: terms are made once
/// through the sink and then used in as many quads as mention them.
///
/// Two sinks ship: an ``RDFDataset`` (an array of ``Quad``s, terms as ``RDFTerm`` values) and
/// ``EncodedDataset`` (terms serialized once in canonical N-Quads form, what ``RDFCanonicalizer``
/// works on), so that a producer writing for canonicalization builds no `RDFTerm` at all.
/// The producer decides what is well-formed; sinks take terms as given.
public protocol RDFQuadSink {
    /// A term made by this sink; valid only with the sink that made it.
    associatedtype Term
    /// A hashable stand-in for a term, for producers that must find repeated terms among many.
    associatedtype TermKey: Hashable

    /// An IRI (without angle brackets).
    mutating func iri(_ iri: String) -> Term
    /// A blank node, by its label without the `_:` prefix.
    mutating func blankNode(_ label: String) -> Term
    /// A literal ([RDF 1.1 Concepts §3.3](https://www.w3.org/TR/rdf11-concepts/#section-Graph-Literal)):
    /// with a `language`, a language-tagged string (its datatype is `rdf:langString` whatever `datatype` says).
    mutating func literal(_ lexicalForm: String, datatype: String, language: String?) -> Term
    /// Adds one statement; `graph` is `nil` for the default graph.
    mutating func append(subject: Term, predicate: Term, object: Term, graph: Term?)
    /// Makes room for `count` more statements.
    mutating func reserveCapacity(quads count: Int)
    /// True when two terms of this sink are the same RDF term.
    func same(_ a: Term, _ b: Term) -> Bool
    /// The key of a term: equal keys for the same RDF term.
    func key(of term: Term) -> TermKey
}

extension Array: RDFQuadSink where Element == Quad {
    public func same(_ a: RDFTerm, _ b: RDFTerm) -> Bool { a == b }
    public func key(of term: RDFTerm) -> RDFTerm { term }
    public mutating func iri(_ iri: String) -> RDFTerm { .iri(iri) }
    public mutating func blankNode(_ label: String) -> RDFTerm { .blankNode(label) }
    public mutating func literal(_ lexicalForm: String, datatype: String, language: String?) -> RDFTerm {
        .literal(RDFLiteral(lexicalForm, datatype: datatype, language: language))
    }
    public mutating func append(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?) {
        append(Quad(subject: subject, predicate: predicate, object: object, graph: graph))
    }
    public mutating func reserveCapacity(quads count: Int) { reserveCapacity(self.count + count) }
}
