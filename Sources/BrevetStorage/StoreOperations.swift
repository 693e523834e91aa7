import BrevetJSON
import Foundation

/// Everything the services read and write, as one contract that every backend honours.
///
/// The rules for all methods:
/// - **Tenancy.** A method that takes an `organizationID` only sees that organization's rows. A row
///   of another organization is treated as absent: lookups throw ``StorageError/Code-swift.struct/notFound``,
///   lists leave it out, changes throw `notFound` and write nothing. Only the public reads (a
///   credential, a status list, an issuer or an achievement by its public IRI) are unscoped.
/// - **Not found.** Single-row lookups throw `notFound`; lists return `[]`.
/// - **Duplicates.** Creating a row whose unique key exists (in any organization) throws
///   `duplicate` and leaves the existing row untouched.
/// - **Freshness.** Nothing mutable is cached: every call reads the database, so a change committed
///   by another connection or process is seen by the next call.
/// - **Dates** are stored to the nearest millisecond; documents as the exact text given.
/// - **Atomicity.** Each call is atomic on its own; ``Store/withTransaction(_:)`` makes several calls
///   all or nothing.
/// - Backend failures throw `unavailable` (with the backend's message) or `conflict` (a concurrent
///   transaction got in the way: retrying may succeed).
public protocol StoreOperations: Sendable {
    // MARK: settings

    /// The value of a setting such as `"baseURL"`, or `nil` when it was never set.
    func setting(_ key: String) async throws -> String?
    /// Sets a setting, replacing any earlier value.
    func putSetting(_ key: String, value: String) async throws

    // MARK: organizations

    /// Adds an organization. Throws `duplicate` when the id exists.
    func createOrganization(_ organization: OrganizationRecord) async throws
    /// The organization with that id. Throws `notFound`.
    func organization(id: String) async throws -> OrganizationRecord
    /// All organizations, ordered by `createdAt`, then `id`. For operators and background jobs.
    func organizations() async throws -> [OrganizationRecord]

    // MARK: API keys

    /// Adds an API key. Throws `notFound` when the organization does not exist, `duplicate` when
    /// the id or the secret hash exists.
    func createAPIKey(_ key: APIKeyRecord) async throws
    /// The key whose secret hashes to `secretHash`, or `nil` when there is none **or it is revoked**
    /// (so a caller that forgets to check cannot authenticate with a revoked key).
    func activeAPIKey(secretHash: String) async throws -> APIKeyRecord?
    /// The organization's keys, revoked ones included, ordered by `createdAt`, then `id`.
    func apiKeys(organizationID: String) async throws -> [APIKeyRecord]
    /// Revokes a key of the organization. `unchanged` when it was already revoked (its first
    /// `revokedAt` is kept). Throws `notFound` when the organization has no such key.
    func revokeAPIKey(id: String, organizationID: String, at date: Date) async throws -> ChangeOutcome

    // MARK: issuers

    /// Adds an issuer. Throws `notFound` when the organization does not exist, `duplicate` when
    /// the issuer id exists in any organization.
    func createIssuer(_ issuer: IssuerRecord) async throws
    /// The organization's issuer with that id. Throws `notFound`.
    func issuer(id: String, organizationID: String) async throws -> IssuerRecord
    /// Public read: the issuer with that id, whatever its organization (DID documents, profiles).
    /// Throws `notFound`.
    func issuer(id: String) async throws -> IssuerRecord
    /// The organization's issuers, ordered by `createdAt`, then `id`.
    func issuers(organizationID: String) async throws -> [IssuerRecord]

    // MARK: achievements

    /// Adds an achievement (or a new version of one). Throws `notFound` when its issuer is not an
    /// issuer of the same organization, `duplicate` when the id exists.
    func createAchievement(_ achievement: AchievementRecord) async throws
    /// The organization's achievement with that id. Throws `notFound`.
    func achievement(id: String, organizationID: String) async throws -> AchievementRecord
    /// Public read for credential pages: the achievement with that id. Throws `notFound`.
    func achievement(id: String) async throws -> AchievementRecord
    /// The organization's achievements (of one issuer when `issuerID` is given), ordered by
    /// `createdAt`, then `id`.
    func achievements(organizationID: String, issuerID: String?) async throws -> [AchievementRecord]

    /// Replaces the stored document of the organization's achievement (a correction that does not
    /// need a new version, or the link to the version that replaced it). Throws `notFound`.
    func replaceAchievementDocument(id: String, organizationID: String, document: JSONValue) async throws
    /// Public read: the achievement whose `previousVersionID` is `id` (the next version), or `nil`.
    func nextAchievementVersion(of id: String) async throws -> AchievementRecord?

    // MARK: credentials

    /// Records an issued credential with its two status list entries.
    ///
    /// Checks, in this order, and writes nothing when one fails:
    /// - `duplicate` when the credential id exists;
    /// - `notFound` when the issuer, the achievement (of that issuer) or either status list is not
    ///   the organization's (the lists must also belong to the issuer);
    /// - `invalidArgument` when a list has the wrong purpose or an index is outside `0..<size`;
    /// - `statusIndexTaken` when the (list, index) pair of either entry is used by another
    ///   credential: draw another random index and call again.
    func insertCredential(_ credential: CredentialRecord) async throws
    /// Public read: the credential with that id, whatever its organization. Throws `notFound`.
    func credential(id: String) async throws -> CredentialRecord
    /// The organization's credential with that id. Throws `notFound`.
    func credential(id: String, organizationID: String) async throws -> CredentialRecord
    /// A page of the organization's credentials matching the query, ordered by `issuedAt` then `id`.
    func credentials(organizationID: String, matching query: CredentialQuery) async throws -> [CredentialRecord]
    /// Revokes a credential permanently and bumps its revocation list's version.
    /// `unchanged` when it was already revoked: the first `revokedAt` and reason are kept and the
    /// version is not bumped. Throws `notFound` when the organization has no such credential.
    func revokeCredential(id: String, organizationID: String, reason: String?, at date: Date) async throws -> ChangeOutcome
    /// Suspends a credential and bumps its suspension list's version; `unchanged` when it is
    /// already suspended. Throws `notFound`.
    func suspendCredential(id: String, organizationID: String, at date: Date) async throws -> ChangeOutcome
    /// Lifts a suspension and bumps the suspension list's version; `unchanged` when it is not
    /// suspended. Throws `notFound`.
    func unsuspendCredential(id: String, organizationID: String) async throws -> ChangeOutcome
    /// Records that `supersededBy` replaces the credential (renewal, correction). Setting the same
    /// value again is `unchanged`; a different value replaces it. Throws `notFound` when the
    /// organization has no such credential.
    func markSuperseded(id: String, organizationID: String, by supersededBy: String) async throws -> ChangeOutcome
    /// The organization's credentials whose `validUntil` lies in `[from, to)`, neither revoked nor
    /// superseded, ordered by `validUntil`, then `id`; at most `limit` (clamped to 1...1000).
    func credentialsExpiring(organizationID: String, from: Date, to: Date, limit: Int) async throws -> [CredentialRecord]

    // MARK: status lists

    /// The issuer's current status list for `purpose`, allocating a new one when needed.
    ///
    /// The current list is the one with the highest `sequence`. When there is none, or it has
    /// `maximumUsed` (or, when `nil`, `size`) used indices, a new list is created with id
    /// `newListID`, `size`, `createdAt: date`, version 0 and the next sequence. When two callers
    /// allocate at once, one list wins and both get it. Throws `notFound` when the issuer is not
    /// the organization's, `invalidArgument` when `size` < ``StatusListRecord/minimumSize``,
    /// `duplicate` when `newListID` is taken by another list.
    func currentStatusList(
        organizationID: String, issuerID: String, purpose: StatusPurpose,
        newListID: String, size: Int, maximumUsed: Int?, at date: Date
    ) async throws -> StatusListRecord
    /// Public read: the status list with that id. Throws `notFound`.
    func statusList(id: String) async throws -> StatusListRecord
    /// The organization's status lists (of one issuer when given), ordered by issuer, purpose, sequence.
    func statusLists(organizationID: String, issuerID: String?) async throws -> [StatusListRecord]
    /// How many indices of the list are taken by credentials. Throws `notFound` for an unknown list.
    func usedIndexCount(statusListID: String) async throws -> Int
    /// Public read: the indices whose bit is set, ascending. For a revocation list, the indices of
    /// revoked credentials; for a suspension list, those of currently suspended credentials.
    /// Throws `notFound` for an unknown list.
    func setIndices(statusListID: String) async throws -> [Int]
    // MARK: skills frameworks

    /// Adds a framework. Throws `notFound` when the organization does not exist, `duplicate` when
    /// the organization already has a framework with that id (other organizations may reuse it).
    func createFramework(_ framework: FrameworkRecord) async throws
    /// The organization's framework with that id. Throws `notFound`.
    func framework(id: String, organizationID: String) async throws -> FrameworkRecord
    /// The organization's frameworks, ordered by `createdAt`, then `id`.
    func frameworks(organizationID: String) async throws -> [FrameworkRecord]

    // MARK: evidence

    /// Stores an evidence file under its hash. `unchanged` when the organization already has a file
    /// with that hash (the first name and media type are kept). Throws `notFound` when the
    /// organization does not exist, `invalidArgument` when `size` is not `content.count`.
    func putEvidenceFile(_ file: EvidenceFileRecord) async throws -> ChangeOutcome
    /// The organization's evidence file with that hash. Throws `notFound`.
    func evidenceFile(organizationID: String, sha256: String) async throws -> EvidenceFileRecord
    /// Adds a submission. Throws `notFound` when the achievement is not the organization's,
    /// `duplicate` when the id exists.
    func createSubmission(_ submission: SubmissionRecord) async throws
    /// The organization's submission with that id. Throws `notFound`.
    func submission(id: String, organizationID: String) async throws -> SubmissionRecord

    // MARK: assessment decisions

    /// Records a decision. Throws `notFound` when the achievement, the submission (when given) or the
    /// credential (when given) is not the organization's, `duplicate` when the id exists.
    func insertAssessmentDecision(_ decision: AssessmentDecisionRecord) async throws
    /// The organization's decisions, optionally of one achievement and/or one learner, ordered by
    /// `decidedAt`, then `id`.
    func assessmentDecisions(organizationID: String, achievementID: String?, learner: String?) async throws -> [AssessmentDecisionRecord]

    // MARK: pathways

    /// Adds a pathway. Throws `notFound` when the issuer or the awarded achievement (of that issuer)
    /// is not the organization's, `duplicate` when the id exists.
    func createPathway(_ pathway: PathwayRecord) async throws
    /// The organization's pathway with that id. Throws `notFound`.
    func pathway(id: String, organizationID: String) async throws -> PathwayRecord
    /// The organization's pathways, ordered by `createdAt`, then `id`.
    func pathways(organizationID: String) async throws -> [PathwayRecord]

    // MARK: external credentials

    /// Keeps a verified credential from another issuer for a learner. Throws `notFound` when the
    /// organization does not exist, `duplicate` when the organization already keeps that credential id.
    func insertExternalCredential(_ credential: ExternalCredentialRecord) async throws
    /// The organization's external credentials of one learner, ordered by `verifiedAt`, then `id`.
    func externalCredentials(organizationID: String, learner: String) async throws -> [ExternalCredentialRecord]
}


extension StoreOperations {
    /// The issuer's current status list; see the requirement. Sizes default to the minimum and a
    /// list counts as full when all its indices are used.
    public func currentStatusList(
        organizationID: String, issuerID: String, purpose: StatusPurpose,
        newListID: String, size: Int = StatusListRecord.minimumSize, at date: Date
    ) async throws -> StatusListRecord {
        try await currentStatusList(
            organizationID: organizationID, issuerID: issuerID, purpose: purpose,
            newListID: newListID, size: size, maximumUsed: nil, at: date)
    }

    /// All of the organization's achievements.
    public func achievements(organizationID: String) async throws -> [AchievementRecord] {
        try await achievements(organizationID: organizationID, issuerID: nil)
    }

    /// All of the organization's status lists.
    public func statusLists(organizationID: String) async throws -> [StatusListRecord] {
        try await statusLists(organizationID: organizationID, issuerID: nil)
    }
}
