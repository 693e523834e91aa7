/// What the verifier expects of a proof, beyond a valid signature
/// ([§4.3 Verify Proof](https://www.w3.org/TR/vc-data-integrity/#verify-proof) inputs).
public struct ProofExpectations: Sendable, Hashable {
    /// "If expectedProofPurpose was given, and it does not match proof.proofPurpose, an error MUST
    /// be raised". Credentials are checked with `assertionMethod`, presentations with
    /// `authentication`; `nil` accepts any purpose.
    public var proofPurpose: String?
    /// "If domain was given, and it does not contain the same strings as proof.domain ... an error
    /// MUST be raised".
    public var domain: [String]?
    /// "If challenge was given, and it does not match proof.challenge, an error MUST be raised".
    public var challenge: String?
    /// The most proofs one document may carry; more is refused before any is checked, so a
    /// document cannot make the verifier canonicalize without bound.
    public var maxProofs: Int

    public init(proofPurpose: String? = "assertionMethod", domain: [String]? = nil, challenge: String? = nil, maxProofs: Int = 16) {
        self.proofPurpose = proofPurpose
        self.domain = domain
        self.challenge = challenge
        self.maxProofs = maxProofs
    }
}
