import BrevetJSON
import Foundation

/// Evidence a learner submitted for an achievement: text, links and files (by content hash).
public struct SubmissionRecord: Sendable, Hashable {
    public var id: String
    public var organizationID: String
    /// The achievement (version) the evidence is for; must be the organization's.
    public var achievementID: String
    /// The learner's identifier as credentials name them (a lowercased email or a DID).
    public var learner: String
    /// `{"text": ..., "links": [...], "files": [{"sha256", "name", "mediaType", "size"}]}`.
    public var document: JSONValue
    public var submittedAt: Date

    public init(id: String, organizationID: String, achievementID: String, learner: String, document: JSONValue, submittedAt: Date) {
        self.id = id
        self.organizationID = organizationID
        self.achievementID = achievementID
        self.learner = learner
        self.document = document
        self.submittedAt = submittedAt
    }
}
