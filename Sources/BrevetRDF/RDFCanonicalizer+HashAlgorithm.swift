extension RDFCanonicalizer {
    /// The hash function RDFC-1.0 runs with.
    ///
    /// [§4.2](https://www.w3.org/TR/rdf-canon/#canon-algo-overview): "The default hash algorithm is
    /// SHA-256"; other algorithms may be chosen, and cryptosuites do so: ecdsa-rdfc-2019 with P-384
    /// canonicalizes with SHA-384.
    public enum HashAlgorithm: String, Sendable, Hashable, CaseIterable {
        case sha256 = "SHA256"
        case sha384 = "SHA384"
        case sha512 = "SHA512"
    }
}
