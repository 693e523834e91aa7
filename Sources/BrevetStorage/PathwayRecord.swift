import BrevetJSON
import Foundation

/// A stackable pathway: the achievement it awards and the rule over other achievements that earns it.
public struct PathwayRecord: Sendable, Hashable {
    public var id: String
    public var organizationID: String
    public var issuerID: String
    /// The achievement a completed pathway awards; must be the organization's (of `issuerID`).
    public var awardsAchievementID: String
    /// The pathway's steps, as the services write it.
    public var document: JSONValue
    public var createdAt: Date

    public init(id: String, organizationID: String, issuerID: String, awardsAchievementID: String, document: JSONValue, createdAt: Date) {
        self.id = id
        self.organizationID = organizationID
        self.issuerID = issuerID
        self.awardsAchievementID = awardsAchievementID
        self.document = document
        self.createdAt = createdAt
    }
}
