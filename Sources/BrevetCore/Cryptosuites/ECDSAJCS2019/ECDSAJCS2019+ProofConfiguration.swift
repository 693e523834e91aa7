import BrevetJSON

extension ECDSAJCS2019 {
    /// [Proof Configuration (ecdsa-jcs-2019)](https://www.w3.org/TR/vc-di-ecdsa/#proof-configuration-ecdsa-jcs-2019):
    /// the proof options (carrying the document's `@context`) checked — type, cryptosuite, `created`
    /// a valid dateTime — and canonicalized with JCS.
    public func proofConfiguration(_ options: JSONObject) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return JSONCanonicalization.canonicalBytes(.object(options))
    }

    /// The same proof configuration for a proof that lies at `proof` in a secured text, whose
    /// members but `proofValue` are `options`: written straight from the text.
    public func proofConfiguration(securedText: JSONText, proof: JSONText.Position, options: JSONObject) throws(CoreError) -> [UInt8] {
        try checkOptions(options)
        return securedText.canonicalBytes(at: proof, omittingMember: "proofValue")
    }
}
