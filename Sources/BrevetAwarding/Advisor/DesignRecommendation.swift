/// What the design advisor recommends, and why.
public struct DesignRecommendation: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Small, fast to earn, fast to update: one task, work-sample evidence.
        case microCredential
        /// One flagship credential for a role, with a defensible exam or observation and renewal.
        case certification
        /// Micro-credentials that stack through a pathway into a certification.
        case hybrid
    }

    public var kind: Kind
    /// The OB 3.0 kind to design with (for a hybrid, the kind of the capstone; the parts are micro-credentials).
    public var achievementKind: AchievementKind
    /// How the learner should be assessed.
    public var assessment: String
    /// A validity period to start from; nil when the credential need not expire.
    public var suggestedValidity: Period?
    /// One sentence per answer that weighed in, saying which way and why.
    public var reasons: [String]
}
