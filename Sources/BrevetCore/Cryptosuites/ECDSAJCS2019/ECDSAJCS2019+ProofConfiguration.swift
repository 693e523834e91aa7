import BrevetJSON

extension ECDSAJCS2019 {
    /// [Proof Configuration (ecdsa-jcs-2019)](https://www.w3.org/TR/vc-di-ecdsa/#proof-configuration-ecdsa-jcs-2019):
    /// the proof options (carrying the document's `@context`) checked — type, cryptosuite, `created`
    /// a valid dateTime — and canonicalized with JCS.
    public func proofConfiguration(_ options: JSONObject) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return JSONCanonicalization.canonicalBytes(.object(options))
    }
}
