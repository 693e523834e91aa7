import BrevetStorage
import Foundation
import SQLKit

/// Issued credentials and their status changes.
extension SQLSession {
    func insertCredential(_ credential: CredentialRecord) async throws {
        try await atomicStep("insert_credential") { s in
            try await s.checkInsertable(credential)
            let c = credential
            try await s.run("""
                INSERT INTO credentials (\(unsafeRaw: Self.credentialColumns))
                VALUES (\(bind: c.id), \(bind: c.organizationID), \(bind: c.issuerID), \(bind: c.achievementID),
                        \(bind: c.recipient), \(bind: c.document), \(bind: SQLDates.millis(c.issuedAt)),
                        \(bind: SQLDates.millis(c.validFrom)), \(bind: SQLDates.millis(c.validUntil)),
                        \(bind: c.revocationListID), \(bind: c.revocationIndex),
                        \(bind: c.suspensionListID), \(bind: c.suspensionIndex),
                        \(bind: SQLDates.millis(c.revokedAt)), \(bind: c.revocationReason), \(bind: c.suspended),
                        \(bind: SQLDates.millis(c.suspendedAt)), \(bind: c.supersededBy))
                """)
            try await s.run("""
                UPDATE status_lists SET used_count = used_count + 1
                WHERE id IN (\(bind: c.revocationListID), \(bind: c.suspensionListID))
                """)
        }
    }

    /// The checks of ``insertCredential(_:)``, in the documented order, answered by one query
    /// (each sub-query probes one index). The unique constraints still decide under a race; the
    /// checks give the clear error in the common case.
    private func checkInsertable(_ c: CredentialRecord) async throws {
        let org = c.organizationID
        let issuer = c.issuerID
        guard let row = try await first("""
            SELECT
              (SELECT COUNT(*) FROM credentials WHERE id = \(bind: c.id)) AS duplicates,
              (SELECT COUNT(*) FROM achievements WHERE id = \(bind: c.achievementID)
                 AND organization_id = \(bind: org) AND issuer_id = \(bind: issuer)) AS achievements,
              (SELECT purpose FROM status_lists WHERE id = \(bind: c.revocationListID)
                 AND organization_id = \(bind: org) AND issuer_id = \(bind: issuer)) AS revocation_purpose,
              (SELECT size FROM status_lists WHERE id = \(bind: c.revocationListID)
                 AND organization_id = \(bind: org) AND issuer_id = \(bind: issuer)) AS revocation_size,
              (SELECT purpose FROM status_lists WHERE id = \(bind: c.suspensionListID)
                 AND organization_id = \(bind: org) AND issuer_id = \(bind: issuer)) AS suspension_purpose,
              (SELECT size FROM status_lists WHERE id = \(bind: c.suspensionListID)
                 AND organization_id = \(bind: org) AND issuer_id = \(bind: issuer)) AS suspension_size,
              (SELECT COUNT(*) FROM credentials WHERE revocation_list_id = \(bind: c.revocationListID)
                 AND revocation_index = \(bind: c.revocationIndex)) AS revocation_taken,
              (SELECT COUNT(*) FROM credentials WHERE suspension_list_id = \(bind: c.suspensionListID)
                 AND suspension_index = \(bind: c.suspensionIndex)) AS suspension_taken
            """)
        else { throw StorageError(.unavailable, "the insert checks returned no row") }
        let facts = try Self.reading(row) { row in
            (
                duplicates: try row.decode(column: "duplicates", as: Int.self),
                achievements: try row.decode(column: "achievements", as: Int.self),
                revocationPurpose: try row.decode(column: "revocation_purpose", as: String?.self),
                revocationSize: try row.decode(column: "revocation_size", as: Int?.self),
                suspensionPurpose: try row.decode(column: "suspension_purpose", as: String?.self),
                suspensionSize: try row.decode(column: "suspension_size", as: Int?.self),
                taken: try row.decode(column: "revocation_taken", as: Int.self)
                    + row.decode(column: "suspension_taken", as: Int.self)
            )
        }
        if facts.duplicates > 0 { throw StorageError(.duplicate, "credential \(c.id) exists") }
        guard facts.achievements > 0 else {
            throw StorageError(.notFound, "no achievement \(c.achievementID) of issuer \(issuer) in organization \(org)")
        }
        for (listID, index, purpose, foundPurpose, size) in [
            (c.revocationListID, c.revocationIndex, StatusPurpose.revocation, facts.revocationPurpose, facts.revocationSize),
            (c.suspensionListID, c.suspensionIndex, StatusPurpose.suspension, facts.suspensionPurpose, facts.suspensionSize),
        ] {
            guard let foundPurpose, let size else {
                throw StorageError(.notFound, "no status list \(listID) of issuer \(issuer)")
            }
            guard foundPurpose == purpose.rawValue else {
                throw StorageError(.invalidArgument, "status list \(listID) is for \(foundPurpose), not \(purpose)")
            }
            guard (0..<size).contains(index) else {
                throw StorageError(.invalidArgument, "index \(index) is outside status list \(listID) (size \(size))")
            }
        }
        if facts.taken > 0 {
            throw StorageError(.statusIndexTaken, "a status index of credential \(c.id) is taken")
        }
    }

    func credential(id: String) async throws -> CredentialRecord {
        try await one(
            "SELECT \(unsafeRaw: Self.credentialColumns) FROM credentials WHERE id = \(bind: id)",
            "credential \(id)", Self.credential)
    }

    func credential(id: String, organizationID: String) async throws -> CredentialRecord {
        try await one("""
            SELECT \(unsafeRaw: Self.credentialColumns) FROM credentials
            WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            """, "credential \(id) in organization \(organizationID)", Self.credential)
    }

    func credentials(organizationID: String, matching q: CredentialQuery) async throws -> [CredentialRecord] {
        var query: SQLQueryString = """
            SELECT \(unsafeRaw: Self.credentialColumns) FROM credentials
            WHERE organization_id = \(bind: organizationID)
            """
        if let issuerID = q.issuerID { query += " AND issuer_id = \(bind: issuerID)" }
        if let achievementID = q.achievementID { query += " AND achievement_id = \(bind: achievementID)" }
        if let recipient = q.recipient { query += " AND recipient = \(bind: recipient)" }
        let direction = q.newestFirst ? "DESC" : "ASC"
        query += " ORDER BY issued_at \(unsafeRaw: direction), id \(unsafeRaw: direction)"
        query += " LIMIT \(literal: Self.clampLimit(q.limit)) OFFSET \(literal: max(q.offset, 0))"
        return try await all(query, Self.credential)
    }

    func revokeCredential(id: String, organizationID: String, reason: String?, at date: Date) async throws -> ChangeOutcome {
        try await atomicStep("revoke_credential") { s in
            let row = try await s.first("""
                UPDATE credentials SET revoked_at = \(bind: SQLDates.millis(date)), revocation_reason = \(bind: reason)
                WHERE id = \(bind: id) AND organization_id = \(bind: organizationID) AND revoked_at IS NULL
                RETURNING revocation_list_id
                """)
            return try await s.finishChange(row, listColumn: "revocation_list_id", id: id, organizationID: organizationID)
        }
    }

    func suspendCredential(id: String, organizationID: String, at date: Date) async throws -> ChangeOutcome {
        try await atomicStep("suspend_credential") { s in
            let row = try await s.first("""
                UPDATE credentials SET suspended = \(bind: true), suspended_at = \(bind: SQLDates.millis(date))
                WHERE id = \(bind: id) AND organization_id = \(bind: organizationID) AND suspended = \(bind: false)
                RETURNING suspension_list_id
                """)
            return try await s.finishChange(row, listColumn: "suspension_list_id", id: id, organizationID: organizationID)
        }
    }

    func unsuspendCredential(id: String, organizationID: String) async throws -> ChangeOutcome {
        try await atomicStep("unsuspend_credential") { s in
            let row = try await s.first("""
                UPDATE credentials SET suspended = \(bind: false)
                WHERE id = \(bind: id) AND organization_id = \(bind: organizationID) AND suspended = \(bind: true)
                RETURNING suspension_list_id
                """)
            return try await s.finishChange(row, listColumn: "suspension_list_id", id: id, organizationID: organizationID)
        }
    }

    /// After a conditional status update: bumps the list's version when a row changed, otherwise
    /// tells `unchanged` from `notFound`.
    private func finishChange(
        _ row: (any SQLRow)?, listColumn: String, id: String, organizationID: String
    ) async throws -> ChangeOutcome {
        if let row {
            let listID = try Self.reading(row) { try $0.decode(column: listColumn, as: String.self) }
            try await run("UPDATE status_lists SET version = version + 1 WHERE id = \(bind: listID)")
            return .changed
        }
        guard try await exists("""
            SELECT id FROM credentials WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            """)
        else { throw StorageError(.notFound, "no credential \(id) in organization \(organizationID)") }
        return .unchanged
    }

    func markSuperseded(id: String, organizationID: String, by supersededBy: String) async throws -> ChangeOutcome {
        let row = try await first("""
            UPDATE credentials SET superseded_by = \(bind: supersededBy)
            WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
              AND (superseded_by IS NULL OR superseded_by <> \(bind: supersededBy))
            RETURNING id
            """)
        if row != nil { return .changed }
        guard try await exists("""
            SELECT id FROM credentials WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            """)
        else { throw StorageError(.notFound, "no credential \(id) in organization \(organizationID)") }
        return .unchanged
    }

    func credentialsExpiring(organizationID: String, from: Date, to: Date, limit: Int) async throws -> [CredentialRecord] {
        try await all("""
            SELECT \(unsafeRaw: Self.credentialColumns) FROM credentials
            WHERE organization_id = \(bind: organizationID)
              AND valid_until >= \(bind: SQLDates.millis(from)) AND valid_until < \(bind: SQLDates.millis(to))
              AND revoked_at IS NULL AND superseded_by IS NULL
            ORDER BY valid_until, id
            LIMIT \(literal: Self.clampLimit(limit))
            """, Self.credential)
    }
}
