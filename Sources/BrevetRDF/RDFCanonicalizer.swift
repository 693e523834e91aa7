import Crypto

/// RDF Dataset Canonicalization, [RDFC-1.0](https://www.w3.org/TR/rdf-canon/).
///
/// Gives every blank node of a dataset a deterministic label (`c14n0`, `c14n1`, ...) and writes the
/// dataset as canonical N-Quads, so that isomorphic datasets produce the same bytes. The steps are
/// the specification's, in its order: "implementations MUST strictly conform to the steps outlined in
/// these algorithms" ([§2](https://www.w3.org/TR/rdf-canon/#conformance)).
///
/// Work is bounded: the [§4.4.3](https://www.w3.org/TR/rdf-canon/#canon-algo-algo) rule that
/// "Implementations MUST defend against potential denial-of-service attacks by raising suitable
/// exceptions and terminating early" is met by ``Limits``; a dataset that needs more throws
/// ``RDFError/Code/limitExceeded``.
///
/// ```swift
/// let canonical = try RDFCanonicalizer().canonicalize(dataset)
/// canonical.nquads              // the canonical N-Quads document
/// canonical.issuedIdentifiers   // ["e0": "c14n1", ...]
/// ```
public struct RDFCanonicalizer: Sendable {
    /// The hash function used inside the algorithm (SHA-256 unless a caller such as a cryptosuite chooses another).
    public var hashAlgorithm: HashAlgorithm
    public var limits: Limits

    public init(hashAlgorithm: HashAlgorithm = .sha256, limits: Limits = .default) {
        self.hashAlgorithm = hashAlgorithm
        self.limits = limits
    }

    /// Canonicalizes `dataset`: relabels its blank nodes, removes duplicate quads and sorts the
    /// canonical N-Quads lines in code point order ([§5](https://www.w3.org/TR/rdf-canon/#serialization)).
    ///
    /// Blank node labels of the input are the input blank node identifier map; they only have to
    /// tell blank nodes apart and never influence the result.
    public func canonicalize(_ dataset: RDFDataset) throws(RDFError) -> CanonicalDataset {
        switch hashAlgorithm {
        case .sha256: return try run(SHA256.self, dataset)
        case .sha384: return try run(SHA384.self, dataset)
        case .sha512: return try run(SHA512.self, dataset)
        }
    }

    /// Text in, text out: parses an N-Quads document and returns its canonical N-Quads form.
    public func canonicalize(nquads text: String) throws(RDFError) -> String {
        try canonicalize(NQuadsParser().parse(text)).nquads
    }

    /// The canonical N-Quads document of a dataset written into an ``EncodedDataset`` (as UTF-8), the
    /// same bytes as ``canonicalize(_:)`` gives for the same quads; what signing and verifying need,
    /// without building ``RDFTerm``s or the issued identifiers map.
    public func canonicalNQuads(_ dataset: EncodedDataset) throws(RDFError) -> [UInt8] {
        var dataset = dataset
        try dataset.prepare()
        switch hashAlgorithm {
        case .sha256: return try run(SHA256.self, encoded: dataset)
        case .sha384: return try run(SHA384.self, encoded: dataset)
        case .sha512: return try run(SHA512.self, encoded: dataset)
        }
    }

    private func run<H: HashFunction>(_: H.Type, _ dataset: RDFDataset) throws(RDFError) -> CanonicalDataset {
        var state = try CanonicalizationState<H>(dataset, limits: limits)
        try state.issueCanonicalIdentifiers()
        return state.canonicalDataset(of: dataset)
    }

    private func run<H: HashFunction>(_: H.Type, encoded dataset: EncodedDataset) throws(RDFError) -> [UInt8] {
        var state = CanonicalizationState<H>(encoded: dataset, limits: limits)
        try state.issueCanonicalIdentifiers()
        return state.canonicalNQuads()
    }
}
