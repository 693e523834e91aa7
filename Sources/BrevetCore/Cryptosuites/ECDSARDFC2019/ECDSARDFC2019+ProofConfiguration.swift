import BrevetJSON

extension ECDSARDFC2019 {
    /// [Proof Configuration (ecdsa-rdfc-2019)](https://www.w3.org/TR/vc-di-ecdsa/#proof-configuration-ecdsa-rdfc-2019):
    /// the proof options, checked, with "proofConfig.@context set to unsecuredDocument.@context",
    /// canonicalized with RDFC-1.0 (SHA-384 inside for P-384).
    public func proofConfiguration(_ options: JSONObject, unsecuredDocument: JSONObject, curve: KeyAlgorithm) throws(CoreError) -> String {
        String(decoding: try proofConfigurationBytes(options, unsecuredDocument: unsecuredDocument, curve: curve), as: UTF8.self)
    }

    /// ``proofConfiguration(_:unsecuredDocument:curve:)`` as the UTF-8 bytes that hashing takes.
    func proofConfigurationBytes(_ options: JSONObject, unsecuredDocument: JSONObject, curve: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return try RDFCTransformation.canonicalBytes(
            configurationOptions(options, document: unsecuredDocument), processor: processor, hash: Self.canonicalizationHash(curve))
    }

    /// The canonical N-Quads of a proof configuration that already carries its `@context`.
    public func canonicalProofConfiguration(_ proofConfig: JSONObject, curve: KeyAlgorithm) throws(CoreError) -> String {
        try RDFCTransformation.canonicalNQuads(proofConfig, processor: processor, hash: Self.canonicalizationHash(curve))
    }
}
