import BrevetJSON
import Foundation

/// An achievement an issuer awards: the OB 3.0
/// [Achievement](https://www.imsglobal.org/spec/ob/v3p0/#achievement) document and its version chain.
public struct AchievementRecord: Sendable, Hashable {
    /// The achievement's IRI; unique across all organizations.
    public var id: String
    public var organizationID: String
    /// The issuer that awards it; must belong to the same organization.
    public var issuerID: String
    /// The OB 3.0 Achievement, kept member for member.
    public var document: JSONValue
    /// 1 for the first version; each new version is a new row with its own id.
    public var version: Int
    /// The id of the version this one replaces, if any.
    public var previousVersionID: String?
    public var createdAt: Date

    public init(
        id: String, organizationID: String, issuerID: String, document: JSONValue, version: Int = 1,
        previousVersionID: String? = nil, createdAt: Date
    ) {
        self.id = id
        self.organizationID = organizationID
        self.issuerID = issuerID
        self.document = document
        self.version = version
        self.previousVersionID = previousVersionID
        self.createdAt = createdAt
    }
}
