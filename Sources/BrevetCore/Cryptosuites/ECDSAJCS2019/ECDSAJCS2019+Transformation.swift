import BrevetJSON

extension ECDSAJCS2019 {
    /// [Transformation (ecdsa-jcs-2019)](https://www.w3.org/TR/vc-di-ecdsa/#transformation-ecdsa-jcs-2019):
    /// the type and cryptosuite check ("an error MUST be raised"), then the document's JSON
    /// Canonicalization Scheme form as UTF-8 bytes.
    public func transform(_ unsecuredDocument: JSONObject, options: JSONObject) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return JSONCanonicalization.canonicalBytes(.object(unsecuredDocument))
    }
}
