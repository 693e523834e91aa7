import BrevetJSON
import BrevetStorage
import Foundation
import SQLKit

/// Issuers and achievements.
extension SQLSession {
    func createIssuer(_ issuer: IssuerRecord) async throws {
        _ = try await organization(id: issuer.organizationID)
        try await guarded("create_issuer") { s in
            try await s.run("""
                INSERT INTO issuers (\(unsafeRaw: Self.issuerColumns))
                VALUES (\(bind: issuer.id), \(bind: issuer.organizationID), \(bind: Self.text(issuer.profile)),
                        \(bind: issuer.verificationMethodID), \(bind: issuer.keyReference),
                        \(bind: issuer.defaultCryptosuite), \(bind: SQLDates.millis(issuer.createdAt)))
                """)
        }
    }

    func issuer(id: String, organizationID: String) async throws -> IssuerRecord {
        try await one("""
            SELECT \(unsafeRaw: Self.issuerColumns) FROM issuers
            WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            """, "issuer \(id) in organization \(organizationID)", Self.issuer)
    }

    func issuer(id: String) async throws -> IssuerRecord {
        try await one(
            "SELECT \(unsafeRaw: Self.issuerColumns) FROM issuers WHERE id = \(bind: id)",
            "issuer \(id)", Self.issuer)
    }

    func issuers(organizationID: String) async throws -> [IssuerRecord] {
        try await all("""
            SELECT \(unsafeRaw: Self.issuerColumns) FROM issuers
            WHERE organization_id = \(bind: organizationID) ORDER BY created_at, id
            """, Self.issuer)
    }

    func createAchievement(_ achievement: AchievementRecord) async throws {
        _ = try await issuer(id: achievement.issuerID, organizationID: achievement.organizationID)
        try await guarded("create_achievement") { s in
            try await s.run("""
                INSERT INTO achievements (\(unsafeRaw: Self.achievementColumns))
                VALUES (\(bind: achievement.id), \(bind: achievement.organizationID), \(bind: achievement.issuerID),
                        \(bind: Self.text(achievement.document)), \(bind: achievement.version),
                        \(bind: achievement.previousVersionID), \(bind: SQLDates.millis(achievement.createdAt)))
                """)
        }
    }

    func achievement(id: String, organizationID: String) async throws -> AchievementRecord {
        try await one("""
            SELECT \(unsafeRaw: Self.achievementColumns) FROM achievements
            WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            """, "achievement \(id) in organization \(organizationID)", Self.achievement)
    }

    func achievement(id: String) async throws -> AchievementRecord {
        try await one(
            "SELECT \(unsafeRaw: Self.achievementColumns) FROM achievements WHERE id = \(bind: id)",
            "achievement \(id)", Self.achievement)
    }

    func achievements(organizationID: String, issuerID: String?) async throws -> [AchievementRecord] {
        var query: SQLQueryString = """
            SELECT \(unsafeRaw: Self.achievementColumns) FROM achievements
            WHERE organization_id = \(bind: organizationID)
            """
        if let issuerID { query += " AND issuer_id = \(bind: issuerID)" }
        query += " ORDER BY created_at, id"
        return try await all(query, Self.achievement)
    }

    func replaceAchievementDocument(id: String, organizationID: String, document: JSONValue) async throws {
        guard try await first("""
            UPDATE achievements SET document = \(bind: Self.text(document))
            WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            RETURNING id
            """) != nil
        else { throw StorageError(.notFound, "no achievement \(id) in organization \(organizationID)") }
    }

    /// Several rows naming the same previous version are not refused by ``createAchievement(_:)``;
    /// the first of them (by `createdAt`, then `id`) is the next version.
    func nextAchievementVersion(of id: String) async throws -> AchievementRecord? {
        guard let row = try await first("""
            SELECT \(unsafeRaw: Self.achievementColumns) FROM achievements
            WHERE previous_version_id = \(bind: id) ORDER BY created_at, id LIMIT 1
            """)
        else { return nil }
        return try Self.reading(row, Self.achievement)
    }
}
