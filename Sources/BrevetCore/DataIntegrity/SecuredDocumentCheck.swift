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
