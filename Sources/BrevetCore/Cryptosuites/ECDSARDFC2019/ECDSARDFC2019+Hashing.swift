extension ECDSARDFC2019 {
    /// [Hashing (ecdsa-rdfc-2019)](https://www.w3.org/TR/vc-di-ecdsa/#hashing-ecdsa-rdfc-2019):
    /// the canonical proof configuration's hash followed by the canonical document's, SHA-256 for
    /// P-256 and SHA-384 for P-384.
    public func hash(transformedDocument: [UInt8], proofConfiguration: [UInt8], curve: KeyAlgorithm) -> [UInt8] {
        ProofHashing.hashData(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration, function: .init(for: curve))
    }
}
