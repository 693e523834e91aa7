import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// Renews credentials under their achievement's renewal policy: by continuing-education credits
/// earned within the validity window, or by a passed re-assessment. The renewed credential names the
/// one it replaces; the replaced one is marked superseded (not revoked) in the same transaction.
public struct RenewalService: Sendable {
    public let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Whether the credential can be renewed now, and why (or why not).
    public func eligibility(organizationID: String, credentialID: String) async throws -> RenewalEligibility {
        let c = try await context(organizationID: organizationID, credentialID: credentialID)
        return c.policy.eligibility(of: c.held, held: c.allHeld, reassessments: c.reassessments, at: environment.now())
    }

    /// Renews the credential, or throws a conflict listing why it is not renewable.
    ///
    /// `at` (default: now) is the time of the renewal; a re-assessment passes its decision time, so
    /// that the decision it just stored (to the millisecond) is not after it.
    public func renew(organizationID: String, credentialID: String, at: Date? = nil) async throws -> (renewed: CredentialRecord, replaced: CredentialRecord) {
        let c = try await context(organizationID: organizationID, credentialID: credentialID)
        let now = at ?? environment.now()
        let renewal = try ServiceError.awarding { () throws(AwardingError) in
            try CredentialRenewal.renew(c.held, as: "urn:brevet:pending-renewal", policy: c.policy, validity: c.design.validity,
                                        held: c.allHeld, reassessments: c.reassessments, at: now)
        }
        let award = AwardedCredential.issue(for: renewal, learnerId: c.record.recipient, decision: c.lastPassedReassessment)
        let recipient = try PathwayService.recipient(c.record.recipient)
        let renewed = try await environment.store.withTransaction { tx -> CredentialRecord in
            let renewed = try await IssuanceService(environment: environment).issue(
                organizationID: organizationID,
                .init(achievementID: c.record.achievementID, recipient: recipient, validUntil: renewal.renewed.validUntil,
                      subjectExtras: award.subjectMembers, extras: award.credentialMembers),
                in: tx)
            _ = try await tx.markSuperseded(id: credentialID, organizationID: organizationID, by: renewed.id)
            return renewed
        }
        environment.logger.info("renewed credential", metadata: ["credential": .string(renewed.id), "replaces": .string(credentialID)])
        var replaced = c.record
        replaced.supersededBy = renewed.id
        return (renewed, replaced)
    }

    struct Context {
        var record: CredentialRecord
        var design: AchievementDesign
        var policy: RenewalPolicy
        var held: HeldCredential
        var allHeld: [HeldCredential]
        var reassessments: [AttemptRecord]
        var lastPassedReassessment: AssessmentDecision?
    }

    func context(organizationID: String, credentialID: String) async throws -> Context {
        let store = environment.store
        let record: CredentialRecord
        do { record = try await store.credential(id: credentialID, organizationID: organizationID) } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no credential \(credentialID) in this organization")
        }
        let achievement = try await store.achievement(id: record.achievementID, organizationID: organizationID)
        let design = try achievement.requireDesign()
        guard let policy = design.renewal else {
            throw ServiceError(.conflict, "\(achievement.id) has no renewal policy: its credentials are not renewed")
        }
        guard let held = LearnerCredentials.held(record) else {
            throw ServiceError(.configuration, "the stored credential \(credentialID) cannot be read")
        }
        let allHeld = try await LearnerCredentials(store: store, organizationID: organizationID).held(by: record.recipient)
        let versions = try await DesignService(environment: environment).versions(of: record.achievementID).map(\.id)
        let decisions = try await store.assessmentDecisions(organizationID: organizationID, achievementID: nil, learner: record.recipient)
            .filter { versions.contains($0.achievementID) && $0.decidedAt > record.issuedAt }
        let lastPassed = decisions.last(where: \.passed).flatMap { try? AssessmentDecision.from(json: $0.document) }
        return Context(record: record, design: design, policy: policy, held: held, allHeld: allHeld,
                       reassessments: decisions.map { AttemptRecord(at: $0.decidedAt, passed: $0.passed) },
                       lastPassedReassessment: lastPassed)
    }
}
