import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// Records assessors' decisions: scores evidence against the rubric or records exam results per
/// blueprint domain, applies the pass rule and the retake policy, keeps who, when and why, and on a
/// pass issues the credential (with OB 3.0 `result` and `evidence` entries) and any pathway
/// credential the pass completes, all in one transaction.
public struct AssessmentService: Sendable {
    public let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// What a decision did.
    public struct Outcome: Sendable {
        public var decision: AssessmentDecision
        public var record: AssessmentDecisionRecord
        /// The credential the pass issued.
        public var credential: CredentialRecord?
        /// Pathway credentials the pass completed.
        public var pathwayCredentials: [CredentialRecord]
        /// For a passed re-assessment of a held credential: why it could not renew it (yet), if it could not.
        public var renewalRefusal: String?
    }

    /// Decides on a submission.
    public func decide(organizationID: String, submissionID: String, assessor: String, rationale: String,
                       input: AssessmentInput) async throws -> Outcome {
        let submission = try await EvidenceService(environment: environment).submission(id: submissionID, organizationID: organizationID)
        return try await decide(organizationID: organizationID, achievementID: submission.achievementID, learner: submission.learner,
                                submission: submission, assessor: assessor, rationale: rationale, input: input)
    }

    /// Decides on an attempt without submitted files (exam results recorded by a proctor, for example).
    public func decide(organizationID: String, achievementID: String, learner: String, submission: SubmissionRecord? = nil,
                       assessor: String, rationale: String, input: AssessmentInput) async throws -> Outcome {
        let store = environment.store
        let recipient = try PathwayService.recipient(learner)
        let achievement = try await AchievementService(environment: environment).achievement(id: achievementID, organizationID: organizationID)
        let design = try achievement.requireDesign()
        let versions = try await DesignService(environment: environment).versions(of: achievementID).map(\.id)
        let previous = try await store.assessmentDecisions(organizationID: organizationID, achievementID: nil, learner: recipient.identifier)
            .filter { versions.contains($0.achievementID) }
        // A learner who holds a credential for this achievement is being re-assessed to renew it: only
        // the attempts since their last pass count against the retake policy, and a pass renews.
        let held = try await LearnerCredentials(store: store, organizationID: organizationID).issued(to: recipient.identifier)
            .last { versions.contains($0.achievementID) && !$0.isRevoked && $0.supersededBy == nil }
        let renewsByReassessment = held != nil && (design.renewal?.routes.contains(.reassessment) ?? false)
        var attempts = previous
        if renewsByReassessment, let lastPass = previous.lastIndex(where: \.passed) {
            attempts = Array(previous[(lastPass + 1)...])
        } else if held != nil {
            throw ServiceError(.conflict, "\(learner) already holds \(held!.id) for this achievement, and its renewal policy has no re-assessment route")
        }
        let urls = try await PublicURLs.load(from: store)
        let now = environment.now()
        let evidence = submission.map(EvidenceService.evidenceItems(of:)) ?? []
        let decision = try ServiceError.awarding { () throws(AwardingError) in
            try AssessmentDecision.decide(
                id: urls.decision(environment.newIdentifier()), design: design, input: input, learnerId: recipient.identifier,
                assessorId: assessor, at: now, rationale: rationale,
                previousAttempts: attempts.map { AttemptRecord(at: $0.decidedAt, passed: $0.passed) }, evidence: evidence)
        }
        let result = try await store.withTransaction { tx -> Outcome in
            var credential: CredentialRecord?
            var pathwayCredentials: [CredentialRecord] = []
            if decision.passed && !renewsByReassessment {
                let award = try ServiceError.awarding { () throws(AwardingError) in
                    try AwardedCredential.issue(for: decision, design: design, credentialId: "", issuerId: achievement.issuerID, issuedAt: now)
                }
                credential = try await IssuanceService(environment: environment).issue(
                    organizationID: organizationID,
                    .init(achievementID: achievementID, recipient: recipient, subjectExtras: award.subjectMembers,
                          extras: award.credentialMembers),
                    in: tx)
            }
            var doc = decision.json.objectValue ?? [:]
            doc["missing"] = .array(decision.missing.map { .string($0) })
            let record = AssessmentDecisionRecord(
                id: decision.id, organizationID: organizationID, submissionID: submission?.id, achievementID: achievementID,
                learner: recipient.identifier, passed: decision.passed, decidedAt: now, document: .object(doc),
                credentialID: credential?.id)
            try await tx.insertAssessmentDecision(record)
            if decision.passed && !renewsByReassessment {
                pathwayCredentials = try await PathwayService(environment: environment)
                    .awardCompletedPathways(organizationID: organizationID, recipient: recipient, in: tx)
            }
            return Outcome(decision: decision, record: record, credential: credential, pathwayCredentials: pathwayCredentials, renewalRefusal: nil)
        }
        var outcome = result
        if decision.passed, renewsByReassessment, let held {
            do {
                let renewal = try await RenewalService(environment: environment).renew(organizationID: organizationID, credentialID: held.id, at: now)
                outcome.credential = renewal.renewed
                outcome.renewalRefusal = nil
            } catch let e as ServiceError where e.code == .conflict {
                outcome.renewalRefusal = e.reason
            }
        }
        environment.logger.info("assessment decision", metadata: [
            "decision": .string(decision.id), "passed": .stringConvertible(decision.passed),
            "credential": .string(outcome.credential?.id ?? "-")])
        return outcome
    }

    /// The learner's decisions on an achievement (every version), oldest first.
    public func decisions(organizationID: String, learner: String, achievementID: String?) async throws -> [AssessmentDecisionRecord] {
        try await environment.store.assessmentDecisions(organizationID: organizationID, achievementID: achievementID, learner: learner)
    }
}
