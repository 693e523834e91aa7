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
    /// How many days a credential for it stays valid, when it expires.
    public var validityDays: Int? { document["validityDays"]?.numberValue?.intValue }
}
