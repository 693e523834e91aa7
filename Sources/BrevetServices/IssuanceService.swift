import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// Issues OpenBadgeCredentials: builds the credential, gives it a revocation and a suspension
/// status entry at random indices, secures it with the issuer's cryptosuite, and stores it.
public struct IssuanceService: Sendable {
    public let environment: ServiceEnvironment
    /// A status list is retired once this share of it is used, so random indices stay quick to draw
    /// and every list keeps a large crowd of unused entries.
    public var maximumListUse = 0.5

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// What to issue.
    public struct Request: Sendable {
        public var achievementID: String
        public var recipient: CredentialRecipient
        public var recipientName: String?
        public var evidence: [Evidence]
        /// Overrides the issuer's default cryptosuite.
        public var cryptosuite: String?
        public var validFrom: Date?
        /// Overrides the expiry the achievement's validity policy gives (a renewal keeps unused time).
        public var validUntil: Date?
        /// Extra members of credentialSubject (OB 3.0 `result` entries, ...).
        public var subjectExtras: JSONObject
        /// Extra top-level members.
        public var extras: JSONObject

        public init(achievementID: String, recipient: CredentialRecipient, recipientName: String? = nil,
                    evidence: [Evidence] = [], cryptosuite: String? = nil, validFrom: Date? = nil,
                    validUntil: Date? = nil, subjectExtras: JSONObject = [:], extras: JSONObject = [:]) {
            self.validUntil = validUntil
            self.achievementID = achievementID
            self.recipient = recipient
            self.recipientName = recipientName
            self.evidence = evidence
            self.cryptosuite = cryptosuite
            self.validFrom = validFrom
            self.subjectExtras = subjectExtras
            self.extras = extras
        }
    }

    public func issue(organizationID: String, _ request: Request) async throws -> CredentialRecord {
        try await issue(organizationID: organizationID, request, in: environment.store)
    }

    /// Issues inside a caller's transaction (`store` is the transaction), so that the credential and
    /// what earned it (an assessment decision, a renewal) are written together or not at all.
    public func issue(organizationID: String, _ request: Request, in store: any StoreOperations) async throws -> CredentialRecord {
        let achievement: AchievementRecord
        let issuer: IssuerRecord
        do {
            achievement = try await store.achievement(id: request.achievementID, organizationID: organizationID)
            issuer = try await store.issuer(id: achievement.issuerID, organizationID: organizationID)
        } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no achievement \(request.achievementID) in this organization")
        }
        let suite = request.cryptosuite ?? issuer.defaultCryptosuite
        let key = try await environment.keys.key(reference: issuer.keyReference)
        try CoreBridge.checkIssuable(suite: suite, securer: environment.securer, algorithm: key.algorithm)
        let urls = try await PublicURLs.load(from: store)
        let now = environment.now()
        let validFromDate = request.validFrom ?? now
        let validFrom = DateTimeStamp(date: validFromDate)
        let validUntil = try request.validUntil.map { DateTimeStamp(date: $0) } ?? achievement.validUntil(validFrom: validFrom)
        let credentialID = urls.credential(environment.newIdentifier())

        let revocationList = try await currentList(organizationID, issuer.id, .revocation, urls, now, store)
        let suspensionList = try await currentList(organizationID, issuer.id, .suspension, urls, now, store)
        let salt = Base16.encode(environment.randomBytes(16))

        // Draw random indices; on the rare collision with a taken index, draw again.
        for _ in 0..<32 {
            let revocationIndex = environment.randomIndex(below: revocationList.size)
            let suspensionIndex = environment.randomIndex(below: suspensionList.size)
            var draft = OpenBadgeCredentialDraft(
                id: credentialID, issuer: issuer.profile, achievement: achievement.achievementJSON,
                recipient: request.recipient, recipientName: request.recipientName, salt: salt,
                validFrom: validFrom, validUntil: validUntil, evidence: request.evidence.map(\.json),
                credentialStatus: [
                    CoreBridge.statusEntry(list: revocationList.id, index: revocationIndex, purpose: .revocation),
                    CoreBridge.statusEntry(list: suspensionList.id, index: suspensionIndex, purpose: .suspension),
                ],
                subjectExtras: request.subjectExtras, extras: request.extras)
            draft.additionalContexts = Self.additionalContexts(achievement: achievement.achievementJSON, extras: request.extras)
            let signed = try environment.securer.secure(draft.json, suite: suite, key: key,
                                               verificationMethod: issuer.verificationMethodID, created: DateTimeStamp(date: now))
            let record = CredentialRecord(
                id: credentialID, organizationID: organizationID, issuerID: issuer.id, achievementID: achievement.id,
                recipient: request.recipient.identifier, document: signed, issuedAt: now,
                validFrom: validFromDate, validUntil: validUntil.map(\.date),
                revocationListID: revocationList.id, revocationIndex: revocationIndex,
                suspensionListID: suspensionList.id, suspensionIndex: suspensionIndex,
                revokedAt: nil, revocationReason: nil, suspended: false, suspendedAt: nil, supersededBy: nil)
            do {
                try await store.insertCredential(record)
                environment.logger.info("issued credential", metadata: ["credential": .string(credentialID), "achievement": .string(achievement.id)])
                return record
            } catch let e as StorageError where e.code == .statusIndexTaken {
                continue
            }
        }
        throw ServiceError(.conflict, "could not find a free status list index after 32 tries; try again")
    }

    /// The undefined-terms context when the credential carries Brevet's own members, which no
    /// published context defines (without it an RDFC proof would refuse them, or drop them unsigned).
    static func additionalContexts(achievement: JSONValue, extras: JSONObject) -> [String] {
        let ownMembers = achievement[AchievementDesign.extensionMember] != nil || extras[AwardedCredential.extensionMember] != nil
        return ownMembers ? [CredentialContexts.undefinedTermsV2] : []
    }

    func currentList(_ org: String, _ issuerID: String, _ purpose: BrevetStorage.StatusPurpose, _ urls: PublicURLs,
                     _ now: Date, _ store: any StoreOperations) async throws -> StatusListRecord {
        let size = StatusListRecord.minimumSize
        return try await store.currentStatusList(
            organizationID: org, issuerID: issuerID, purpose: purpose,
            newListID: urls.statusList(environment.newIdentifier()), size: size,
            maximumUsed: Int(Double(size) * maximumListUse), at: now)
    }
}

extension DateTimeStamp {
    /// The instant of a Foundation date, to whole seconds.
    public init(date: Date) {
        self.init(secondsSinceEpoch: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch) + TimeInterval(nanoseconds) / 1e9) }
}
