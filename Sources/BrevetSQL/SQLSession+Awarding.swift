import BrevetStorage
import Foundation
import SQLKit

/// Skills frameworks, evidence files, submissions, assessment decisions, pathways and external
/// credentials (migration 3).
///
/// Each insert first checks the rows it names, so the common failure has a clear `notFound`; the
/// composite foreign keys (scoped by organization) still decide under a race.
extension SQLSession {
    // MARK: skills frameworks

    func createFramework(_ framework: FrameworkRecord) async throws {
        _ = try await organization(id: framework.organizationID)
        try await guarded("create_framework") { s in
            try await s.run("""
                INSERT INTO frameworks (\(unsafeRaw: Self.frameworkColumns))
                VALUES (\(bind: framework.organizationID), \(bind: framework.id), \(bind: framework.title),
                        \(bind: framework.source), \(bind: Self.text(framework.document)),
                        \(bind: SQLDates.millis(framework.createdAt)))
                """)
        }
    }

    func framework(id: String, organizationID: String) async throws -> FrameworkRecord {
        try await one("""
            SELECT \(unsafeRaw: Self.frameworkColumns) FROM frameworks
            WHERE organization_id = \(bind: organizationID) AND id = \(bind: id)
            """, "framework \(id) in organization \(organizationID)", Self.framework)
    }

    func frameworks(organizationID: String) async throws -> [FrameworkRecord] {
        try await all("""
            SELECT \(unsafeRaw: Self.frameworkColumns) FROM frameworks
            WHERE organization_id = \(bind: organizationID) ORDER BY created_at, id
            """, Self.framework)
    }

    // MARK: evidence

    func putEvidenceFile(_ file: EvidenceFileRecord) async throws -> ChangeOutcome {
        guard file.size == file.content.count else {
            throw StorageError(
                .invalidArgument, "evidence file \(file.sha256) says \(file.size) bytes but has \(file.content.count)")
        }
        _ = try await organization(id: file.organizationID)
        let inserted = try await guarded("put_evidence_file") { s in
            try await s.first("""
                INSERT INTO evidence_files (\(unsafeRaw: Self.evidenceFileColumns))
                VALUES (\(bind: file.organizationID), \(bind: file.sha256), \(bind: file.mediaType), \(bind: file.name),
                        \(bind: file.size), \(bind: Data(file.content)), \(bind: SQLDates.millis(file.createdAt)))
                ON CONFLICT (organization_id, sha256) DO NOTHING
                RETURNING sha256
                """) != nil
        }
        return inserted ? .changed : .unchanged
    }

    func evidenceFile(organizationID: String, sha256: String) async throws -> EvidenceFileRecord {
        try await one("""
            SELECT \(unsafeRaw: Self.evidenceFileColumns) FROM evidence_files
            WHERE organization_id = \(bind: organizationID) AND sha256 = \(bind: sha256)
            """, "evidence file \(sha256) in organization \(organizationID)", Self.evidenceFile)
    }

    func createSubmission(_ submission: SubmissionRecord) async throws {
        _ = try await achievement(id: submission.achievementID, organizationID: submission.organizationID)
        try await guarded("create_submission") { s in
            try await s.run("""
                INSERT INTO submissions (\(unsafeRaw: Self.submissionColumns))
                VALUES (\(bind: submission.id), \(bind: submission.organizationID), \(bind: submission.achievementID),
                        \(bind: submission.learner), \(bind: Self.text(submission.document)),
                        \(bind: SQLDates.millis(submission.submittedAt)))
                """)
        }
    }

    func submission(id: String, organizationID: String) async throws -> SubmissionRecord {
        try await one("""
            SELECT \(unsafeRaw: Self.submissionColumns) FROM submissions
            WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            """, "submission \(id) in organization \(organizationID)", Self.submission)
    }

    // MARK: assessment decisions

    func insertAssessmentDecision(_ decision: AssessmentDecisionRecord) async throws {
        let d = decision
        let org = d.organizationID
        try await requireRow("""
            SELECT id FROM achievements WHERE id = \(bind: d.achievementID) AND organization_id = \(bind: org)
            """, "achievement \(d.achievementID) in organization \(org)")
        if let submissionID = d.submissionID {
            try await requireRow("""
                SELECT id FROM submissions WHERE id = \(bind: submissionID) AND organization_id = \(bind: org)
                """, "submission \(submissionID) in organization \(org)")
        }
        if let credentialID = d.credentialID {
            try await requireRow("""
                SELECT id FROM credentials WHERE id = \(bind: credentialID) AND organization_id = \(bind: org)
                """, "credential \(credentialID) in organization \(org)")
        }
        try await guarded("insert_assessment_decision") { s in
            try await s.run("""
                INSERT INTO assessment_decisions (\(unsafeRaw: Self.assessmentDecisionColumns))
                VALUES (\(bind: d.id), \(bind: org), \(bind: d.submissionID), \(bind: d.achievementID),
                        \(bind: d.learner), \(bind: d.passed), \(bind: SQLDates.millis(d.decidedAt)),
                        \(bind: Self.text(d.document)), \(bind: d.credentialID))
                """)
        }
    }

    func assessmentDecisions(
        organizationID: String, achievementID: String?, learner: String?
    ) async throws -> [AssessmentDecisionRecord] {
        var query: SQLQueryString = """
            SELECT \(unsafeRaw: Self.assessmentDecisionColumns) FROM assessment_decisions
            WHERE organization_id = \(bind: organizationID)
            """
        if let achievementID { query += " AND achievement_id = \(bind: achievementID)" }
        if let learner { query += " AND learner = \(bind: learner)" }
        query += " ORDER BY decided_at, id"
        return try await all(query, Self.assessmentDecision)
    }

    // MARK: pathways

    func createPathway(_ pathway: PathwayRecord) async throws {
        let p = pathway
        _ = try await issuer(id: p.issuerID, organizationID: p.organizationID)
        try await requireRow("""
            SELECT id FROM achievements WHERE id = \(bind: p.awardsAchievementID)
              AND issuer_id = \(bind: p.issuerID) AND organization_id = \(bind: p.organizationID)
            """, "achievement \(p.awardsAchievementID) of issuer \(p.issuerID) in organization \(p.organizationID)")
        try await guarded("create_pathway") { s in
            try await s.run("""
                INSERT INTO pathways (\(unsafeRaw: Self.pathwayColumns))
                VALUES (\(bind: p.id), \(bind: p.organizationID), \(bind: p.issuerID), \(bind: p.awardsAchievementID),
                        \(bind: Self.text(p.document)), \(bind: SQLDates.millis(p.createdAt)))
                """)
        }
    }

    func pathway(id: String, organizationID: String) async throws -> PathwayRecord {
        try await one("""
            SELECT \(unsafeRaw: Self.pathwayColumns) FROM pathways
            WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            """, "pathway \(id) in organization \(organizationID)", Self.pathway)
    }

    func pathways(organizationID: String) async throws -> [PathwayRecord] {
        try await all("""
            SELECT \(unsafeRaw: Self.pathwayColumns) FROM pathways
            WHERE organization_id = \(bind: organizationID) ORDER BY created_at, id
            """, Self.pathway)
    }

    // MARK: external credentials

    func insertExternalCredential(_ credential: ExternalCredentialRecord) async throws {
        let c = credential
        _ = try await organization(id: c.organizationID)
        try await guarded("insert_external_credential") { s in
            try await s.run("""
                INSERT INTO external_credentials (\(unsafeRaw: Self.externalCredentialColumns))
                VALUES (\(bind: c.organizationID), \(bind: c.id), \(bind: c.learner), \(bind: c.issuerID),
                        \(bind: c.achievementID), \(bind: c.document), \(bind: c.digest),
                        \(bind: SQLDates.millis(c.verifiedAt)))
                """)
        }
    }

    func externalCredentials(organizationID: String, learner: String) async throws -> [ExternalCredentialRecord] {
        try await all("""
            SELECT \(unsafeRaw: Self.externalCredentialColumns) FROM external_credentials
            WHERE organization_id = \(bind: organizationID) AND learner = \(bind: learner)
            ORDER BY verified_at, id
            """, Self.externalCredential)
    }

    // MARK: helpers

    /// Throws `notFound` naming `what` when `query` returns no row.
    private func requireRow(_ query: SQLQueryString, _ what: @autoclosure () -> String) async throws {
        guard try await exists(query) else { throw StorageError(.notFound, "no \(what())") }
    }
}
