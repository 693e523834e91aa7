/// The result of ``RDFCanonicalizer``: the canonicalized dataset and its serialized canonical form
/// ([RDFC-1.0 §4.4.3 step 7](https://www.w3.org/TR/rdf-canon/#canon-algo-algo)).
public struct CanonicalDataset: Sendable, Hashable {
    /// The quads with canonical blank node labels, without duplicates, in the order of their
    /// canonical N-Quads lines.
    public let quads: [Quad]
    /// The canonical N-Quads document: each quad in canonical form, the lines "sorted into code point
    /// order" and concatenated ([§5](https://www.w3.org/TR/rdf-canon/#serialization)).
    public let nquads: String
    /// The issued identifiers map of the canonical issuer: input blank node label → canonical label
    /// (`c14n0`, `c14n1`, ...).
    public let issuedIdentifiers: [String: String]

    public init(quads: [Quad], nquads: String, issuedIdentifiers: [String: String]) {
        self.quads = quads
        self.nquads = nquads
        self.issuedIdentifiers = issuedIdentifiers
    }
}
