import BrevetJSON
import BrevetStorage
import Foundation

/// Each operation runs on its own leased connection; the contract is documented on
/// ``StoreOperations`` and implemented once, in ``SQLSession``.
extension SQLStore {
    public func setting(_ key: String) async throws -> String? {
        try await session { try await $0.setting(key) }
    }
    public func putSetting(_ key: String, value: String) async throws {
        try await session { try await $0.putSetting(key, value: value) }
    }
    public func createOrganization(_ organization: OrganizationRecord) async throws {
        try await session { try await $0.createOrganization(organization) }
    }
    public func organization(id: String) async throws -> OrganizationRecord {
        try await session { try await $0.organization(id: id) }
    }
    public func organizations() async throws -> [OrganizationRecord] {
        try await session { try await $0.organizations() }
    }
    public func createAPIKey(_ key: APIKeyRecord) async throws {
        try await session { try await $0.createAPIKey(key) }
    }
    public func activeAPIKey(secretHash: String) async throws -> APIKeyRecord? {
        try await session { try await $0.activeAPIKey(secretHash: secretHash) }
    }
    public func apiKeys(organizationID: String) async throws -> [APIKeyRecord] {
        try await session { try await $0.apiKeys(organizationID: organizationID) }
    }
    public func revokeAPIKey(id: String, organizationID: String, at date: Date) async throws -> ChangeOutcome {
        try await session { try await $0.revokeAPIKey(id: id, organizationID: organizationID, at: date) }
    }
    public func createIssuer(_ issuer: IssuerRecord) async throws {
        try await session { try await $0.createIssuer(issuer) }
    }
    public func issuer(id: String, organizationID: String) async throws -> IssuerRecord {
        try await session { try await $0.issuer(id: id, organizationID: organizationID) }
    }
    public func issuer(id: String) async throws -> IssuerRecord {
        try await session { try await $0.issuer(id: id) }
    }
    public func issuers(organizationID: String) async throws -> [IssuerRecord] {
        try await session { try await $0.issuers(organizationID: organizationID) }
    }
    public func createAchievement(_ achievement: AchievementRecord) async throws {
        try await session { try await $0.createAchievement(achievement) }
    }
    public func achievement(id: String, organizationID: String) async throws -> AchievementRecord {
        try await session { try await $0.achievement(id: id, organizationID: organizationID) }
    }
    public func achievement(id: String) async throws -> AchievementRecord {
        try await session { try await $0.achievement(id: id) }
    }
    public func achievements(organizationID: String, issuerID: String?) async throws -> [AchievementRecord] {
        try await session { try await $0.achievements(organizationID: organizationID, issuerID: issuerID) }
    }
    public func replaceAchievementDocument(id: String, organizationID: String, document: JSONValue) async throws {
        try await session { try await $0.replaceAchievementDocument(id: id, organizationID: organizationID, document: document) }
    }
    public func nextAchievementVersion(of id: String) async throws -> AchievementRecord? {
        try await session { try await $0.nextAchievementVersion(of: id) }
    }
    public func insertCredential(_ credential: CredentialRecord) async throws {
        try await session { try await $0.insertCredential(credential) }
    }
    public func credential(id: String) async throws -> CredentialRecord {
        try await session { try await $0.credential(id: id) }
    }
    public func credential(id: String, organizationID: String) async throws -> CredentialRecord {
        try await session { try await $0.credential(id: id, organizationID: organizationID) }
    }
    public func credentials(organizationID: String, matching query: CredentialQuery) async throws -> [CredentialRecord] {
        try await session { try await $0.credentials(organizationID: organizationID, matching: query) }
    }
    public func revokeCredential(id: String, organizationID: String, reason: String?, at date: Date) async throws -> ChangeOutcome {
        try await session { try await $0.revokeCredential(id: id, organizationID: organizationID, reason: reason, at: date) }
    }
    public func suspendCredential(id: String, organizationID: String, at date: Date) async throws -> ChangeOutcome {
        try await session { try await $0.suspendCredential(id: id, organizationID: organizationID, at: date) }
    }
    public func unsuspendCredential(id: String, organizationID: String) async throws -> ChangeOutcome {
        try await session { try await $0.unsuspendCredential(id: id, organizationID: organizationID) }
    }
    public func markSuperseded(id: String, organizationID: String, by supersededBy: String) async throws -> ChangeOutcome {
        try await session { try await $0.markSuperseded(id: id, organizationID: organizationID, by: supersededBy) }
    }
    public func credentialsExpiring(organizationID: String, from: Date, to: Date, limit: Int) async throws -> [CredentialRecord] {
        try await session { try await $0.credentialsExpiring(organizationID: organizationID, from: from, to: to, limit: limit) }
    }
    public func currentStatusList(
        organizationID: String, issuerID: String, purpose: StatusPurpose,
        newListID: String, size: Int, maximumUsed: Int?, at date: Date
    ) async throws -> StatusListRecord {
        try await session {
            try await $0.currentStatusList(
                organizationID: organizationID, issuerID: issuerID, purpose: purpose,
                newListID: newListID, size: size, maximumUsed: maximumUsed, at: date)
        }
    }
    public func statusList(id: String) async throws -> StatusListRecord {
        try await session { try await $0.statusList(id: id) }
    }
    public func statusLists(organizationID: String, issuerID: String?) async throws -> [StatusListRecord] {
        try await session { try await $0.statusLists(organizationID: organizationID, issuerID: issuerID) }
    }
    public func usedIndexCount(statusListID: String) async throws -> Int {
        try await session { try await $0.usedIndexCount(statusListID: statusListID) }
    }
    public func setIndices(statusListID: String) async throws -> [Int] {
        try await session { try await $0.setIndices(statusListID: statusListID) }
    }
    public func createFramework(_ framework: FrameworkRecord) async throws {
        try await session { try await $0.createFramework(framework) }
    }
    public func framework(id: String, organizationID: String) async throws -> FrameworkRecord {
        try await session { try await $0.framework(id: id, organizationID: organizationID) }
    }
    public func frameworks(organizationID: String) async throws -> [FrameworkRecord] {
        try await session { try await $0.frameworks(organizationID: organizationID) }
    }
    public func putEvidenceFile(_ file: EvidenceFileRecord) async throws -> ChangeOutcome {
        try await session { try await $0.putEvidenceFile(file) }
    }
    public func evidenceFile(organizationID: String, sha256: String) async throws -> EvidenceFileRecord {
        try await session { try await $0.evidenceFile(organizationID: organizationID, sha256: sha256) }
    }
    public func createSubmission(_ submission: SubmissionRecord) async throws {
        try await session { try await $0.createSubmission(submission) }
    }
    public func submission(id: String, organizationID: String) async throws -> SubmissionRecord {
        try await session { try await $0.submission(id: id, organizationID: organizationID) }
    }
    public func insertAssessmentDecision(_ decision: AssessmentDecisionRecord) async throws {
        try await session { try await $0.insertAssessmentDecision(decision) }
    }
    public func assessmentDecisions(
        organizationID: String, achievementID: String?, learner: String?
    ) async throws -> [AssessmentDecisionRecord] {
        try await session {
            try await $0.assessmentDecisions(organizationID: organizationID, achievementID: achievementID, learner: learner)
        }
    }
    public func createPathway(_ pathway: PathwayRecord) async throws {
        try await session { try await $0.createPathway(pathway) }
    }
    public func pathway(id: String, organizationID: String) async throws -> PathwayRecord {
        try await session { try await $0.pathway(id: id, organizationID: organizationID) }
    }
    public func pathways(organizationID: String) async throws -> [PathwayRecord] {
        try await session { try await $0.pathways(organizationID: organizationID) }
    }
    public func insertExternalCredential(_ credential: ExternalCredentialRecord) async throws {
        try await session { try await $0.insertExternalCredential(credential) }
    }
    public func externalCredentials(organizationID: String, learner: String) async throws -> [ExternalCredentialRecord] {
        try await session { try await $0.externalCredentials(organizationID: organizationID, learner: learner) }
    }
}
