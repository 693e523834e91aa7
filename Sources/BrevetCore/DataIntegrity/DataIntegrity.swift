import BrevetJSON

/// The algorithms of [VC Data Integrity §4](https://www.w3.org/TR/vc-data-integrity/#algorithms)
/// that sit above any one cryptosuite: adding a proof, adding to a proof set or chain, and
/// verifying every proof of a secured document.
///
/// - ``addProof(to:options:suite:key:)`` — §4.1 Add Proof.
/// - ``addProofToSetOrChain(_:options:suite:key:)`` — §4.2 Add Proof Set/Chain.
/// - ``verify(_:registry:resolver:expectations:)`` — §4.3 Verify Proof and §4.4 Verify Proof Sets
///   and Chains, one ``ProofOutcome`` per proof.
public enum DataIntegrity {}

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

/// The check of one proof of a secured document.
public struct ProofOutcome: Sendable {
    /// The proof object as it appears in the document.
    public let proof: JSONObject
    /// The key the proof was checked with, when it could be retrieved.
    public let verificationMethod: VerificationMethod?
    public let check: ProofCheck
}

/// The check of all proofs of a secured document: verified when there is at least one proof and
/// every proof verifies ([§4.4](https://www.w3.org/TR/vc-data-integrity/#verify-proof-sets-and-chains):
/// "If cryptosuiteVerificationResult.verified is false, set combinedVerificationResult to false").
public struct SecuredDocumentCheck: Sendable {
    public let outcomes: [ProofOutcome]
    /// Set when the document could not be checked at all (no proof, `proof` not an object, ...).
    public let documentProblem: ProofCheck?

    public var verified: Bool { documentProblem == nil && !outcomes.isEmpty && outcomes.allSatisfy(\.check.verified) }

    /// The first failure, or a success, for people.
    public var summary: ProofCheck {
        if let documentProblem { return documentProblem }
        if let failed = outcomes.first(where: { !$0.check.verified }) { return failed.check }
        return .success(outcomes.count == 1 ? "the proof verifies" : "all \(outcomes.count) proofs verify")
    }
}
