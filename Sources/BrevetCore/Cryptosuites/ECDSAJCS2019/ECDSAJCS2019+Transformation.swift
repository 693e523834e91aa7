import BrevetJSON

extension ECDSAJCS2019 {
    /// [Transformation (ecdsa-jcs-2019)](https://www.w3.org/TR/vc-di-ecdsa/#transformation-ecdsa-jcs-2019):
    /// the type and cryptosuite check ("an error MUST be raised"), then the document's JSON
    /// Canonicalization Scheme form as UTF-8 bytes.
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
