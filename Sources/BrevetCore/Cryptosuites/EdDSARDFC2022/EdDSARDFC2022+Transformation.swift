import BrevetJSON

extension EdDSARDFC2022 {
    /// [Transformation (eddsa-rdfc-2022)](https://www.w3.org/TR/vc-di-eddsa/#transformation-eddsa-rdfc-2022):
    /// after the type and cryptosuite check ("an error MUST be raised"), "Let canonicalDocument be
    /// the result of converting unsecuredDocument to RDF statements, applying the RDF Dataset
    /// Canonicalization Algorithm [RDF-CANON] to the result, and then serializing the result to a
    /// serialized canonical form". Returns the canonical N-Quads.
    public func transform(_ unsecuredDocument: JSONObject, options: JSONObject) throws(CoreError) -> String {
        String(decoding: try transformedBytes(unsecuredDocument, options: options), as: UTF8.self)
    }

    /// ``transform(_:options:)`` as the UTF-8 bytes that hashing takes.
    func transformedBytes(_ unsecuredDocument: JSONObject, options: JSONObject) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return try RDFCTransformation.canonicalBytes(unsecuredDocument, processor: processor, hash: .sha256)
    }
}
