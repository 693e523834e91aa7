import BrevetJSON
import Foundation

/// An assessor's recorded decision on a learner's attempt at an achievement: who, when, why, the
/// computed outcome, and the credential a pass issued. Decisions are never changed or deleted.
public struct AssessmentDecisionRecord: Sendable, Hashable {
    public var id: String
    public var organizationID: String
    /// The submission assessed, when the decision scored submitted evidence.
    public var submissionID: String?
    public var achievementID: String
    public var learner: String
    public var passed: Bool
    public var decidedAt: Date
    /// The full decision (assessor, rationale, attempt, scores, feedback), as the services write it.
    public var document: JSONValue
    /// The credential the pass issued (in the same transaction); `nil` for a fail.
    public var credentialID: String?

    public init(id: String, organizationID: String, submissionID: String?, achievementID: String, learner: String,
                passed: Bool, decidedAt: Date, document: JSONValue, credentialID: String?) {
        self.id = id
        self.organizationID = organizationID
        self.submissionID = submissionID
        self.achievementID = achievementID
        self.learner = learner
        self.passed = passed
        self.decidedAt = decidedAt
        self.document = document
        self.credentialID = credentialID
    }
}
