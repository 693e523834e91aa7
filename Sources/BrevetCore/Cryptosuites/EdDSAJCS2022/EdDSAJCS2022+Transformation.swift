import BrevetJSON

extension EdDSAJCS2022 {
    /// [Transformation (eddsa-jcs-2022)](https://www.w3.org/TR/vc-di-eddsa/#transformation-eddsa-jcs-2022):
    /// "If options.type is not set to the string DataIntegrityProof and options.cryptosuite is not
    /// set to the string eddsa-jcs-2022, an error MUST be raised"; otherwise the document's JSON
    /// Canonicalization Scheme form, as UTF-8 bytes.
    public func transform(_ unsecuredDocument: JSONObject, options: JSONObject) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return JSONCanonicalization.canonicalBytes(.object(unsecuredDocument))
    }

    /// The same transformation of the document a secured text holds, without its `proof`, written
    /// straight from the text (``JSONText/canonicalBytes(at:omittingMember:)``): the bytes
    /// ``transform(_:options:)`` gives for that document, without building it.
    public func transform(securedText: JSONText, options: JSONObject) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return securedText.canonicalBytes(at: securedText.root, omittingMember: "proof")
    }
}
