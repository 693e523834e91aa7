import BrevetStorage
import Foundation
import SQLKit

/// Column lists and row readers of the awarding tables (migration 3): frameworks, evidence files,
/// submissions, assessment decisions, pathways and external credentials.
extension SQLSession {
    static let frameworkColumns = "organization_id, id, title, source, document, created_at"
    static let evidenceFileColumns = "organization_id, sha256, media_type, name, size, content, created_at"
    static let submissionColumns = "id, organization_id, achievement_id, learner, document, submitted_at"
    static let assessmentDecisionColumns =
        "id, organization_id, submission_id, achievement_id, learner, passed, decided_at, document, credential_id"
    static let pathwayColumns = "id, organization_id, issuer_id, awards_achievement_id, document, created_at"
    static let externalCredentialColumns =
        "organization_id, id, learner, issuer_id, achievement_id, document, digest, verified_at"

    static func framework(_ row: any SQLRow) throws -> FrameworkRecord {
        FrameworkRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            title: try row.decode(column: "title", as: String.self),
            source: try row.decode(column: "source", as: String.self),
            document: try json(row, "document"),
            createdAt: SQLDates.date(try row.decode(column: "created_at", as: Int.self)))
    }

    /// An evidence file; a stored size that disagrees with the stored bytes is `corruptData`.
    static func evidenceFile(_ row: any SQLRow) throws -> EvidenceFileRecord {
        let sha256 = try row.decode(column: "sha256", as: String.self)
        let content = [UInt8](try row.decode(column: "content", as: Data.self))
        let size = try row.decode(column: "size", as: Int.self)
        guard size == content.count else {
            throw StorageError(.corruptData, "evidence file \(sha256) has \(content.count) bytes but records \(size)")
        }
        return EvidenceFileRecord(
            organizationID: try row.decode(column: "organization_id", as: String.self),
            sha256: sha256,
            mediaType: try row.decode(column: "media_type", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            content: content,
            createdAt: SQLDates.date(try row.decode(column: "created_at", as: Int.self)))
    }

    static func submission(_ row: any SQLRow) throws -> SubmissionRecord {
        SubmissionRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            achievementID: try row.decode(column: "achievement_id", as: String.self),
            learner: try row.decode(column: "learner", as: String.self),
            document: try json(row, "document"),
            submittedAt: SQLDates.date(try row.decode(column: "submitted_at", as: Int.self)))
    }

    static func assessmentDecision(_ row: any SQLRow) throws -> AssessmentDecisionRecord {
        AssessmentDecisionRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            submissionID: try row.decode(column: "submission_id", as: String?.self),
            achievementID: try row.decode(column: "achievement_id", as: String.self),
            learner: try row.decode(column: "learner", as: String.self),
            passed: try row.decode(column: "passed", as: Bool.self),
            decidedAt: SQLDates.date(try row.decode(column: "decided_at", as: Int.self)),
            document: try json(row, "document"),
            credentialID: try row.decode(column: "credential_id", as: String?.self))
    }

    static func pathway(_ row: any SQLRow) throws -> PathwayRecord {
        PathwayRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            issuerID: try row.decode(column: "issuer_id", as: String.self),
            awardsAchievementID: try row.decode(column: "awards_achievement_id", as: String.self),
            document: try json(row, "document"),
            createdAt: SQLDates.date(try row.decode(column: "created_at", as: Int.self)))
    }

    static func externalCredential(_ row: any SQLRow) throws -> ExternalCredentialRecord {
        ExternalCredentialRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            learner: try row.decode(column: "learner", as: String.self),
            issuerID: try row.decode(column: "issuer_id", as: String.self),
            achievementID: try row.decode(column: "achievement_id", as: String.self),
            document: try row.decode(column: "document", as: String.self),
            digest: try row.decode(column: "digest", as: String.self),
            verifiedAt: SQLDates.date(try row.decode(column: "verified_at", as: Int.self)))
    }
}
