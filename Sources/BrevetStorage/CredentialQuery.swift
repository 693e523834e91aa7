/// Which of an organization's credentials to list, and which page of them.
///
/// Filters combine with AND; a `nil` filter matches everything. Results are ordered by `issuedAt`
/// (then by `id`, so the order is total and pages never overlap or skip).
public struct CredentialQuery: Sendable, Hashable {
    public var issuerID: String?
    public var achievementID: String?
    public var recipient: String?
    /// At most this many rows (clamped to 1...1000).
    public var limit: Int
    /// Skip this many rows first.
    public var offset: Int
    /// `true`: latest issued first; `false` (default): oldest first.
    public var newestFirst: Bool

    public init(
        issuerID: String? = nil, achievementID: String? = nil, recipient: String? = nil,
        limit: Int = 100, offset: Int = 0, newestFirst: Bool = false
    ) {
        self.issuerID = issuerID
        self.achievementID = achievementID
        self.recipient = recipient
        self.limit = limit
        self.offset = offset
        self.newestFirst = newestFirst
    }
}
