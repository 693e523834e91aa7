import Foundation

/// A tenant. Every other row (API keys, issuers, achievements, credentials, status lists) belongs
/// to exactly one organization and is reachable by scoped queries only with its id.
public struct OrganizationRecord: Sendable, Hashable {
    /// Chosen by the caller (for example a UUID); unique.
    public var id: String
    public var name: String
    /// Stored to the nearest millisecond, like every date in the store.
    public var createdAt: Date

    public init(id: String, name: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }
}
