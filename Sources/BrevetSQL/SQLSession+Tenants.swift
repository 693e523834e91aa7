import BrevetStorage
import Foundation
import SQLKit

/// Settings, organizations and API keys.
extension SQLSession {
    func setting(_ key: String) async throws -> String? {
        guard let row = try await first("SELECT value FROM settings WHERE name = \(bind: key)") else { return nil }
        return try Self.reading(row) { try $0.decode(column: "value", as: String.self) }
    }

    func putSetting(_ key: String, value: String) async throws {
        try await run("""
            INSERT INTO settings (name, value) VALUES (\(bind: key), \(bind: value))
            ON CONFLICT (name) DO UPDATE SET value = excluded.value
            """)
    }

    func createOrganization(_ organization: OrganizationRecord) async throws {
        try await guarded("create_organization") { s in
            try await s.run("""
                INSERT INTO organizations (\(unsafeRaw: Self.organizationColumns))
                VALUES (\(bind: organization.id), \(bind: organization.name), \(bind: SQLDates.millis(organization.createdAt)))
                """)
        }
    }

    func organization(id: String) async throws -> OrganizationRecord {
        try await one(
            "SELECT \(unsafeRaw: Self.organizationColumns) FROM organizations WHERE id = \(bind: id)",
            "organization \(id)", Self.organization)
    }

    func organizations() async throws -> [OrganizationRecord] {
        try await all(
            "SELECT \(unsafeRaw: Self.organizationColumns) FROM organizations ORDER BY created_at, id",
            Self.organization)
    }

    func createAPIKey(_ key: APIKeyRecord) async throws {
        _ = try await organization(id: key.organizationID)
        try await guarded("create_api_key") { s in
            try await s.run("""
                INSERT INTO api_keys (\(unsafeRaw: Self.apiKeyColumns))
                VALUES (\(bind: key.id), \(bind: key.organizationID), \(bind: key.name), \(bind: key.secretHash),
                        \(bind: key.prefix), \(bind: SQLDates.millis(key.createdAt)), \(bind: SQLDates.millis(key.revokedAt)))
                """)
        }
    }

    func activeAPIKey(secretHash: String) async throws -> APIKeyRecord? {
        guard let row = try await first("""
            SELECT \(unsafeRaw: Self.apiKeyColumns) FROM api_keys
            WHERE secret_hash = \(bind: secretHash) AND revoked_at IS NULL
            """)
        else { return nil }
        return try Self.reading(row, Self.apiKey)
    }

    func apiKeys(organizationID: String) async throws -> [APIKeyRecord] {
        try await all("""
            SELECT \(unsafeRaw: Self.apiKeyColumns) FROM api_keys
            WHERE organization_id = \(bind: organizationID) ORDER BY created_at, id
            """, Self.apiKey)
    }

    func revokeAPIKey(id: String, organizationID: String, at date: Date) async throws -> ChangeOutcome {
        let changed = try await first("""
            UPDATE api_keys SET revoked_at = \(bind: SQLDates.millis(date))
            WHERE id = \(bind: id) AND organization_id = \(bind: organizationID) AND revoked_at IS NULL
            RETURNING id
            """)
        if changed != nil { return .changed }
        guard try await exists("""
            SELECT id FROM api_keys WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            """)
        else { throw StorageError(.notFound, "no API key \(id) in organization \(organizationID)") }
        return .unchanged
    }
}
