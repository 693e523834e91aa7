import BrevetJSON

extension EdDSAJCS2022 {
    /// [Proof Configuration (eddsa-jcs-2022)](https://www.w3.org/TR/vc-di-eddsa/#proof-configuration-eddsa-jcs-2022):
    /// the proof options (with the `@context` copied from the document, and without `proofValue`)
    /// checked — type, cryptosuite, "If proofConfig.created is set and if the value is not a valid
    /// [XMLSCHEMA11-2] datetime, an error MUST be raised" — and canonicalized with JCS.
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
