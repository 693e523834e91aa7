/// The outcome of checking one proof: verified, or not and why.
///
/// A bad signature is a result, not an error ([VC Data Integrity §4.3](https://www.w3.org/TR/vc-data-integrity/#verify-proof):
/// "When a step says 'an error MUST be raised', it means that a verification result MUST be returned
/// with a verified of false"). ``problem`` names the kind of failure with the specification's error
/// types where one exists; ``reason`` says it in words.
public struct ProofCheck: Sendable, Hashable, CustomStringConvertible {
    /// Kinds of failure. Extensible like ``CoreError/Code``.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        let name: String
        init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The signature does not match the document, the proof options or the key.
        public static let invalidSignature = Problem("invalidSignature")
        /// MALFORMED_PROOF_ERROR: a required member is missing or of the wrong form.
        public static let malformedProof = Problem("malformedProof")
        /// MISMATCHED_PROOF_PURPOSE_ERROR.
        public static let mismatchedProofPurpose = Problem("mismatchedProofPurpose")
        /// INVALID_DOMAIN_ERROR.
        public static let invalidDomain = Problem("invalidDomain")
        /// INVALID_CHALLENGE_ERROR.
        public static let invalidChallenge = Problem("invalidChallenge")
        /// The proof's `@context` is not a prefix of the document's (jcs suites).
        public static let contextMismatch = Problem("contextMismatch")
        /// No cryptosuite of the proof's name is registered.
        public static let unknownCryptosuite = Problem("unknownCryptosuite")
        /// The verification method could not be retrieved, or is not the one the proof names.
        public static let verificationMethodUnavailable = Problem("verificationMethodUnavailable")
        /// The key's algorithm does not suit the cryptosuite.
        public static let keyMismatch = Problem("keyMismatch")
        /// The document could not be transformed (JSON-LD safe mode, canonicalization limits, ...).
        public static let transformationFailed = Problem("transformationFailed")
        /// A proof this one chains to (`previousProof`) is missing or did not verify.
        public static let previousProofFailed = Problem("previousProofFailed")
    }

    public let verified: Bool
    /// Why the proof failed; `nil` when it verified.
    public let problem: Problem?
    /// A sentence for people.
    public let reason: String

    public static func success(_ reason: String = "the proof verifies") -> ProofCheck {
        ProofCheck(verified: true, problem: nil, reason: reason)
    }

    public static func failure(_ problem: Problem, _ reason: String) -> ProofCheck {
        ProofCheck(verified: false, problem: problem, reason: reason)
    }

    public var description: String { verified ? "verified: \(reason)" : "not verified (\(problem!)): \(reason)" }
}
