import Foundation

/// A credential a learner holds, as the awarding rules see it: what it is for, who issued it, when, until
/// when, and its state. The storage layer or a verifier builds these; the rules never fetch or verify.
public struct HeldCredential: Sendable, Hashable {
    /// Lifecycle state. Superseded (replaced by a renewal) is not revoked: the credential was earned and
    /// stays true for the time it covered.
    public enum State: Sendable, Hashable {
        case active
        /// Replaced by the renewal with this credential id.
        case superseded(by: String)
        /// Suspended by its issuer (a status list bit); counts for nothing while suspended.
        case suspended
        case revoked
    }

    public var id: String
    public var achievementId: String
    /// The achievement version the credential was earned under.
    public var achievementVersion: Int?
    public var issuerId: String
    /// When it was issued (VC 2.0 `validFrom`).
    public var issuedAt: Date
    /// VC 2.0 `validUntil`; nil when it does not expire. Valid through this instant, inclusive.
    public var validUntil: Date?
    /// OB 3.0 `creditsEarned`.
    public var credits: Double?
    public var state: State
    /// True when the caller checked the credential's proof and status. Credentials from other issuers
    /// count toward external pathway steps only when verified.
    public var verified: Bool
    /// The digest of the credential as issued, for listing it as a component of a pathway credential.
    public var digest: RelatedResource.Digest?
    /// The credential this one renewed, if any.
    public var replaces: String?

    public init(id: String, achievementId: String, achievementVersion: Int? = nil, issuerId: String, issuedAt: Date,
                validUntil: Date? = nil, credits: Double? = nil, state: State = .active, verified: Bool = true,
                digest: RelatedResource.Digest? = nil, replaces: String? = nil) {
        self.id = id
        self.achievementId = achievementId
        self.achievementVersion = achievementVersion
        self.issuerId = issuerId
        self.issuedAt = issuedAt
        self.validUntil = validUntil
        self.credits = credits
        self.state = state
        self.verified = verified
        self.digest = digest
        self.replaces = replaces
    }

    public var isRevoked: Bool { state == .revoked }

    /// True when the credential may count toward pathways and continuing education: neither revoked nor
    /// suspended (a superseded credential was earned and still counts where current credentials are not required).
    public var counts: Bool { state != .revoked && state != .suspended }

    /// True when the credential is active, already issued and not expired at `date` (`validUntil` inclusive).
    public func isCurrent(at date: Date) -> Bool {
        guard state == .active, issuedAt <= date else { return false }
        return validUntil.map { date <= $0 } ?? true
    }
}
