import BrevetJSON

/// What a verifier concluded about a credential, with one line per check in words a person understands.
///
/// Verification returns a verdict; it does not throw because a credential is bad. "Valid" means every
/// check that applies passed; "not valid" means at least one failed; "could not check" means nothing
/// failed but something needed for a conclusion could not be checked (a status list that could not be
/// fetched, a proof type Brevet does not understand): verification fails closed on what it does not know.
public struct VerificationVerdict: Sendable {
    public enum Status: String, Sendable, Hashable {
        case valid
        case invalid = "not valid"
        case indeterminate = "could not check"
    }

    public var checks: [VerificationCheckResult]
    /// The credential that was checked, once it could be read (the JWT payload for VC-JOSE).
    public var credential: JSONValue?
    /// How the credential was secured: a Data Integrity cryptosuite name, `vc+jwt`, or `nil` when unknown.
    public var securedWith: String?

    public init(checks: [VerificationCheckResult] = [], credential: JSONValue? = nil, securedWith: String? = nil) {
        self.checks = checks
        self.credential = credential
        self.securedWith = securedWith
    }

    public var status: Status {
        if checks.contains(where: { $0.outcome == .failed }) { return .invalid }
        if checks.contains(where: { $0.outcome == .couldNotCheck }) || checks.isEmpty { return .indeterminate }
        return .valid
    }

    /// The first failure, or the first thing that could not be checked, in one sentence.
    public var summary: String {
        switch status {
        case .valid: return "The credential is valid."
        case .invalid:
            let f = checks.first { $0.outcome == .failed }!
            return "The credential is not valid: \(f.message)"
        case .indeterminate:
            if let c = checks.first(where: { $0.outcome == .couldNotCheck }) {
                return "The credential could not be fully checked: \(c.message)"
            }
            return "The credential could not be checked."
        }
    }

    /// The verdict as JSON, the body of `POST /api/verify` and of `brevet verify --json`.
    public var json: JSONValue {
        var o: JSONObject = ["status": .string(status.rawValue), "valid": .bool(status == .valid), "summary": .string(summary)]
        if let securedWith { o["securedWith"] = .string(securedWith) }
        o["checks"] = .array(checks.map(\.json))
        if let credential { o["credential"] = credential }
        return .object(o)
    }

    public mutating func record(_ check: VerificationCheck, _ outcome: VerificationCheckResult.Outcome, _ message: String) {
        checks.append(VerificationCheckResult(check: check, outcome: outcome, message: message))
    }
}

/// The checks a verdict reports on, in the order they run.
public enum VerificationCheck: String, Sendable, Hashable, CaseIterable {
    case format = "Format"
    case structure = "Structure"
    case proof = "Signature"
    case issuer = "Issuer"
    case validity = "Validity period"
    case revocation = "Revocation"
    case suspension = "Suspension"
    case status = "Status"
    case registry = "Issuer's record"
    /// The achievement version a credential was earned under, and whether a newer one exists.
    case achievementVersion = "Achievement version"
    /// The component credentials a pathway credential lists (VC 2.0 `relatedResource`), each
    /// fetched, matched against its digest and verified.
    case components = "Parts"
}

/// The outcome of one check.
public struct VerificationCheckResult: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable {
        case passed, failed, warning
        case couldNotCheck = "could not check"
        case notApplicable = "not applicable"
    }

    public var check: VerificationCheck
    public var outcome: Outcome
    public var message: String

    public init(check: VerificationCheck, outcome: Outcome, message: String) {
        self.check = check
        self.outcome = outcome
        self.message = message
    }

    public var json: JSONValue {
        ["check": .string(check.rawValue), "outcome": .string(outcome.rawValue), "message": .string(message)]
    }
}
