import BrevetJSON

/// The check of one proof of a secured document.
public struct ProofOutcome: Sendable {
    /// The proof object as it appears in the document.
    public let proof: JSONObject
    /// The key the proof was checked with, when it could be retrieved.
    public let verificationMethod: VerificationMethod?
    public let check: ProofCheck
}
