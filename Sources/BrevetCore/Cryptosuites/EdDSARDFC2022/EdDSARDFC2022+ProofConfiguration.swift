import BrevetJSON

extension EdDSARDFC2022 {
    /// [Proof Configuration (eddsa-rdfc-2022)](https://www.w3.org/TR/vc-di-eddsa/#proof-configuration-eddsa-rdfc-2022):
    /// the proof options, checked (type, cryptosuite, `created` a valid dateTime), with
    /// "proofConfig.@context set to unsecuredDocument.@context", canonicalized with RDFC-1.0.
    public func proofConfiguration(_ options: JSONObject, unsecuredDocument: JSONObject) throws(CoreError) -> String {
        String(decoding: try proofConfigurationBytes(options, unsecuredDocument: unsecuredDocument), as: UTF8.self)
    }

    /// ``proofConfiguration(_:unsecuredDocument:)`` as the UTF-8 bytes that hashing takes.
    func proofConfigurationBytes(_ options: JSONObject, unsecuredDocument: JSONObject) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return try RDFCTransformation.canonicalBytes(
            configurationOptions(options, document: unsecuredDocument), processor: processor, hash: .sha256)
    }

    /// The RDFC-1.0 canonical N-Quads of a proof configuration that already carries its `@context`
    /// (as the vectors' `proofConfig*.json` do).
    public func canonicalProofConfiguration(_ proofConfig: JSONObject) throws(CoreError) -> String {
        try RDFCTransformation.canonicalNQuads(proofConfig, processor: processor, hash: .sha256)
    }
}
