import BrevetJSON

extension ECDSARDFC2019 {
    /// [Transformation (ecdsa-rdfc-2019)](https://www.w3.org/TR/vc-di-ecdsa/#transformation-ecdsa-rdfc-2019):
    /// after the type and cryptosuite check, the document converted to RDF and canonicalized with
    /// RDFC-1.0 (SHA-384 inside RDFC-1.0 for a P-384 key). Returns the canonical N-Quads.
    public func transform(_ unsecuredDocument: JSONObject, options: JSONObject, curve: KeyAlgorithm) throws(CoreError) -> String {
        String(decoding: try transformedBytes(unsecuredDocument, options: options, curve: curve), as: UTF8.self)
    }

    /// ``transform(_:options:curve:)`` as the UTF-8 bytes that hashing takes.
    func transformedBytes(_ unsecuredDocument: JSONObject, options: JSONObject, curve: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return try RDFCTransformation.canonicalBytes(unsecuredDocument, processor: processor, hash: Self.canonicalizationHash(curve))
    }
}
