extension ECDSAJCS2019 {
    /// [Hashing (ecdsa-jcs-2019)](https://www.w3.org/TR/vc-di-ecdsa/#hashing-ecdsa-jcs-2019):
    /// the proof configuration's hash followed by the document's, with SHA-256 for P-256 keys and
    /// SHA-384 for P-384 keys.
    public func hash(transformedDocument: [UInt8], proofConfiguration: [UInt8], curve: KeyAlgorithm) -> [UInt8] {
        ProofHashing.hashData(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration, function: .init(for: curve))
    }
}
