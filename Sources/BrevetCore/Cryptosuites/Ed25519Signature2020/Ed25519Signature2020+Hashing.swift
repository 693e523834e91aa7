extension Ed25519Signature2020 {
    /// [di-eddsa-2020 §3.4 Hashing](https://w3c-ccg.github.io/di-eddsa-2020/#hashing-ed25519signature2020):
    /// SHA-256 of the canonical proof configuration followed by SHA-256 of the canonical document.
    public func hash(transformedDocument: [UInt8], proofConfiguration: [UInt8]) -> [UInt8] {
        ProofHashing.hashData(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration, function: .sha256)
    }
}
