/// The JSON-LD context URLs Brevet writes into what it issues.
public enum CredentialContexts {
    /// [VC 2.0 §4.3](https://www.w3.org/TR/vc-data-model-2.0/#contexts): "The value of the @context
    /// property MUST be an ordered set where the first item is a URL with the value
    /// https://www.w3.org/ns/credentials/v2."
    public static let credentialsV2 = "https://www.w3.org/ns/credentials/v2"
    /// VC 1.1, for reading older credentials.
    public static let credentialsV1 = "https://www.w3.org/2018/credentials/v1"
    /// Open Badges 3.0, context version 3.0.3 ([OB 3.0 §B.1](https://www.imsglobal.org/spec/ob/v3p0/#context)).
    public static let openBadgesV3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    /// Prefix shared by every Open Badges 3.0 context version.
    public static let openBadgesV3Prefix = "https://purl.imsglobal.org/spec/ob/v3p0/context"
    /// [VC 2.0 §5.2 Extensibility](https://www.w3.org/TR/vc-data-model-2.0/#extensibility): a context
    /// whose `@vocab` maps terms no other context defines to
    /// `https://www.w3.org/ns/credentials/issuer-dependent#`, so they are signed instead of dropped.
    /// Brevet adds it, last, to credentials that carry its own members (`brevetDesign`, `brevetAward`).
    public static let undefinedTermsV2 = "https://www.w3.org/ns/credentials/undefined-terms/v2"
    public static let didV1 = "https://www.w3.org/ns/did/v1"
    public static let multikeyV1 = "https://w3id.org/security/multikey/v1"
    public static let dataIntegrityV2 = "https://w3id.org/security/data-integrity/v2"
}
