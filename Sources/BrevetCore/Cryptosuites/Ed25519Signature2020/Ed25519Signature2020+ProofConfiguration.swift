import BrevetJSON

extension Ed25519Signature2020 {
    /// [di-eddsa-2020 §3.5 Proof Configuration](https://w3c-ccg.github.io/di-eddsa-2020/#proof-configuration-ed25519signature2020):
    /// the proof options (type `Ed25519Signature2020`, `created` a valid dateTime) under the proof's
    /// own `@context`, or the document's when the proof has none, canonicalized with RDFC-1.0.
    public func proofConfiguration(_ options: JSONObject, unsecuredDocument: JSONObject) throws(CoreError) -> String {
        try checkOptions(options)
        return try canonicalProofConfiguration(configurationOptions(options, document: unsecuredDocument))
    }

    /// The canonical N-Quads of a proof configuration that already carries its `@context`.
    public func canonicalProofConfiguration(_ proofConfig: JSONObject) throws(CoreError) -> String {
        try RDFCTransformation.canonicalNQuads(proofConfig, processor: processor, hash: .sha256, safeMode: safeMode)
    }
}
