import BrevetJSON

extension Ed25519Signature2020 {
    /// [di-eddsa-2020 §3.3 Transformation](https://w3c-ccg.github.io/di-eddsa-2020/#transformation-ed25519signature2020):
    /// the proof type MUST be `Ed25519Signature2020`; the document is converted to RDF and
    /// canonicalized (RDFC-1.0, formerly URDNA2015, with SHA-256).
    public func transform(_ unsecuredDocument: JSONObject, options: JSONObject) throws(CoreError) -> String {
        try checkOptions(options)
        return try RDFCTransformation.canonicalNQuads(unsecuredDocument, processor: processor, hash: .sha256, safeMode: safeMode)
    }
}
