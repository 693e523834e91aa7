extension EdDSAJCS2022 {
    /// [Hashing (eddsa-jcs-2022)](https://www.w3.org/TR/vc-di-eddsa/#hashing-eddsa-jcs-2022):
    /// SHA-256 of the proof configuration followed by SHA-256 of the transformed document (64 bytes).
    public func hash(transformedDocument: [UInt8], proofConfiguration: [UInt8]) -> [UInt8] {
        ProofHashing.hashData(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration, function: .sha256)
    }
}
