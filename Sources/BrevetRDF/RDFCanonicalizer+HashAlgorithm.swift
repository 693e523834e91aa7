extension RDFCanonicalizer {
    /// The hash function RDFC-1.0 runs with.
    ///
    /// RDFC-1.0 hashes with SHA-256 unless another algorithm is chosen; the W3C suite runs test 075
    /// with SHA-384, and ecdsa-rdfc-2019 with P-384 keys canonicalizes with SHA-384. The raw values
    /// are the names the W3C test manifest uses (`rdfc:hashAlgorithm`).
    public enum HashAlgorithm: String, Sendable, Hashable, CaseIterable {
        case sha256 = "SHA256"
        case sha384 = "SHA384"
        case sha512 = "SHA512"
    }
}
