import BrevetJSON

/// What a new proof says besides its value: the proof options of
/// [VC Data Integrity §4.1 Add Proof](https://www.w3.org/TR/vc-data-integrity/#add-proof).
///
/// Time is a parameter: `created` is whatever the caller passes (an `xsd:dateTimeStamp` such as
/// `2024-05-01T12:00:00Z`); the core never reads a clock. ``object`` renders the options as the proof
/// object a cryptosuite signs, members in the order the W3C vectors use.
public struct ProofOptions: Sendable, Hashable {
    /// `type`; `DataIntegrityProof` unless the suite is a legacy one.
    public var type: String
    /// `cryptosuite`; cryptosuites fill in their own name when this is `nil`.
    public var cryptosuite: String?
    /// `verificationMethod`: the URL of the public key that verifies the proof.
    public var verificationMethod: String
    /// `proofPurpose`: "The reason the proof was created MUST be specified"; `assertionMethod`
    /// for credentials.
    public var proofPurpose: String
    /// `created`, an `xsd:dateTimeStamp`, or `nil` to leave it out (it is optional).
    public var created: String?
    public var expires: String?
    public var id: String?
    public var challenge: String?
    public var domain: [String]
    public var nonce: String?
    /// Ids of earlier proofs this one chains to ([§2.1.2 Proof Chains](https://www.w3.org/TR/vc-data-integrity/#proof-chains)).
    public var previousProof: [String]
    /// `@context` of the proof; the jcs suites set it to the document's.
    public var context: JSONValue?
    /// Further members, kept as given.
    public var extra: JSONObject

    public init(
        type: String = "DataIntegrityProof", cryptosuite: String? = nil, verificationMethod: String,
        proofPurpose: String = "assertionMethod", created: String? = nil, expires: String? = nil,
        id: String? = nil, challenge: String? = nil, domain: [String] = [], nonce: String? = nil,
        previousProof: [String] = [], context: JSONValue? = nil, extra: JSONObject = [:]
    ) {
        self.type = type
        self.cryptosuite = cryptosuite
        self.verificationMethod = verificationMethod
        self.proofPurpose = proofPurpose
        self.created = created
        self.expires = expires
        self.id = id
        self.challenge = challenge
        self.domain = domain
        self.nonce = nonce
        self.previousProof = previousProof
        self.context = context
        self.extra = extra
    }

    /// The options as a proof object (without `proofValue`).
    public var object: JSONObject {
        var o = JSONObject()
        o["type"] = .string(type)
        if let id { o["id"] = .string(id) }
        if let cryptosuite { o["cryptosuite"] = .string(cryptosuite) }
        if let created { o["created"] = .string(created) }
        if let expires { o["expires"] = .string(expires) }
        o["verificationMethod"] = .string(verificationMethod)
        o["proofPurpose"] = .string(proofPurpose)
        if let challenge { o["challenge"] = .string(challenge) }
        if domain.count == 1 { o["domain"] = .string(domain[0]) }
        if domain.count > 1 { o["domain"] = .array(domain.map { .string($0) }) }
        if let nonce { o["nonce"] = .string(nonce) }
        if previousProof.count == 1 { o["previousProof"] = .string(previousProof[0]) }
        if previousProof.count > 1 { o["previousProof"] = .array(previousProof.map { .string($0) }) }
        for m in extra where o[m.key] == nil { o[m.key] = m.value }
        if let context { o["@context"] = context }
        return o
    }
}
