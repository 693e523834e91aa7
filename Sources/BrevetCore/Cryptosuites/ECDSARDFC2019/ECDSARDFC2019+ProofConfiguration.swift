import BrevetJSON

extension ECDSARDFC2019 {
    /// [Proof Configuration (ecdsa-rdfc-2019)](https://www.w3.org/TR/vc-di-ecdsa/#proof-configuration-ecdsa-rdfc-2019):
    /// the proof options, checked, with "proofConfig.@context set to unsecuredDocument.@context",
    /// canonicalized with RDFC-1.0 (SHA-384 inside for P-384).
    public func proofConfiguration(_ options: JSONObject, unsecuredDocument: JSONObject, curve: KeyAlgorithm) throws(CoreError) -> String {
        try checkOptions(options)
        return try canonicalProofConfiguration(configurationOptions(options, document: unsecuredDocument), curve: curve)
    }

    /// The canonical N-Quads of a proof configuration that already carries its `@context`.
    public func canonicalProofConfiguration(_ proofConfig: JSONObject, curve: KeyAlgorithm) throws(CoreError) -> String {
        try RDFCTransformation.canonicalNQuads(proofConfig, processor: processor, hash: Self.canonicalizationHash(curve))
    }
}
