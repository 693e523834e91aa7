/// The result of ``RDFCanonicalizer``: the canonicalized dataset and its serialized canonical form
/// ([RDFC-1.0 §4.4.3 step 7](https://www.w3.org/TR/rdf-canon/#canon-algo-algo)).
///
/// Two results are equal when their canonical documents and issued identifiers are.
public struct CanonicalDataset: Sendable, Hashable {
    /// The canonical N-Quads document: each quad in canonical form, the lines "sorted into code point
    /// order" and concatenated ([§5](https://www.w3.org/TR/rdf-canon/#serialization)).
    public let nquads: String
    /// The issued identifiers map of the canonical issuer: input blank node label → canonical label
    /// (`c14n0`, `c14n1`, ...).
    public let issuedIdentifiers: [String: String]
    /// The input dataset and the positions of its quads in canonical order, duplicates left out.
    private let input: RDFDataset
    private let canonicalOrder: [Int32]

    init(nquads: String, issuedIdentifiers: [String: String], input: RDFDataset, canonicalOrder: [Int32]) {
        self.nquads = nquads
        self.issuedIdentifiers = issuedIdentifiers
        self.input = input
        self.canonicalOrder = canonicalOrder
    }

    /// The quads with canonical blank node labels, without duplicates, in the order of their
    /// canonical N-Quads lines. Built on each access (signing and verifying only need ``nquads``).
    public var quads: [Quad] {
        canonicalOrder.map { position in
            var quad = input[Int(position)]
            quad.subject = relabel(quad.subject)
            quad.object = relabel(quad.object)
            quad.graph = quad.graph.map(relabel)
            return quad
        }
    }

    private func relabel(_ term: RDFTerm) -> RDFTerm {
        guard case .blankNode(let label) = term, let canonical = issuedIdentifiers[label] else { return term }
        return .blankNode(canonical)
    }

    public static func == (lhs: CanonicalDataset, rhs: CanonicalDataset) -> Bool {
        lhs.nquads == rhs.nquads && lhs.issuedIdentifiers == rhs.issuedIdentifiers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nquads)
        hasher.combine(issuedIdentifiers)
    }
}
