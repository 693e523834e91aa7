extension EdDSARDFC2022 {
    /// [Hashing (eddsa-rdfc-2022)](https://www.w3.org/TR/vc-di-eddsa/#hashing-eddsa-rdfc-2022):
    /// SHA-256 of the canonical proof configuration followed by SHA-256 of the canonical document.
    public func hash(transformedDocument: [UInt8], proofConfiguration: [UInt8]) -> [UInt8] {
        ProofHashing.hashData(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration, function: .sha256)
    }
}
