import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// Defines achievements: what an issuer awards.
///
/// The stored document holds the OB 3.0 Achievement exactly as it goes into credentials, under
/// `achievement`, and Brevet's own policy beside it (`validityDays`), which is not part of OB 3.0.
public struct AchievementService: Sendable {
    public let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    public func create(organizationID: String, issuerID: String, draft: AchievementDraft) async throws -> AchievementRecord {
        try draft.validate()
        let issuer = try await IssuerService(environment: environment).issuer(id: issuerID, organizationID: organizationID)
        let urls = try await PublicURLs.load(from: environment.store)
        let id = urls.achievement(environment.newIdentifier())
        var document: JSONObject = ["achievement": draft.json(id: id, creator: issuer.profile)]
        if let days = draft.validityDays { document["validityDays"] = .number(JSONNumber(days)) }
        let record = AchievementRecord(id: id, organizationID: organizationID, issuerID: issuerID,
                                       document: .object(document), version: 1, previousVersionID: nil,
                                       createdAt: environment.now())
        try await environment.store.createAchievement(record)
        return record
    }

    public func achievement(id: String, organizationID: String) async throws -> AchievementRecord {
        do {
            return try await environment.store.achievement(id: id, organizationID: organizationID)
        } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no achievement \(id) in this organization")
        }
    }
}

extension AchievementRecord {
    /// The OB 3.0 Achievement JSON.
    public var achievementJSON: JSONValue { document["achievement"] ?? document }
    /// How many days a credential for it stays valid, when it expires (achievements defined without a design).
    public var validityDays: Int? { document["validityDays"]?.numberValue?.intValue }

    /// True when the achievement was defined with a full design (Brevet's design extension is present).
    public var hasDesign: Bool { achievementJSON[AchievementDesign.extensionMember] != nil }

    /// The full design, for achievements defined with one; `nil` for a plain achievement.
    public func design() throws -> AchievementDesign? {
        guard hasDesign else { return nil }
        do {
            return try AchievementDesign.from(json: achievementJSON)
        } catch {
            throw ServiceError(.configuration, "the stored design of \(id) cannot be read: \(error)")
        }
    }

    /// The full design, or an error saying the achievement has none.
    public func requireDesign() throws -> AchievementDesign {
        guard let d = try design() else {
            throw ServiceError(.invalidInput, "\(id) was defined without a design (no rubric, exam, validity or renewal policy); define it with a design to assess or renew it")
        }
        return d
    }

    /// When a credential valid from `validFrom` expires: the design's validity policy, else `validityDays`.
    public func validUntil(validFrom: DateTimeStamp) throws -> DateTimeStamp? {
        if let design = try design() {
            return design.validity.validUntil(issuedAt: validFrom.date).map { DateTimeStamp(date: $0) }
        }
        return validityDays.map { validFrom.adding(days: $0) }
    }
}
