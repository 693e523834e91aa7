/// One statement of an RDF dataset: subject, predicate, object, and the graph it belongs to
/// (`nil` for the default graph). [RDF 1.1 Concepts §4](https://www.w3.org/TR/rdf11-concepts/#section-dataset).
public struct Quad: Sendable, Hashable {
    public var subject: RDFTerm
    public var predicate: RDFTerm
    public var object: RDFTerm
    public var graph: RDFTerm?

    public init(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}

/// An RDF dataset: a collection of quads. Duplicates carry no meaning
/// ([RDF 1.1 Concepts §4](https://www.w3.org/TR/rdf11-concepts/#section-dataset)); producers should
/// not emit them, and canonicalization removes them.
public typealias RDFDataset = [Quad]
