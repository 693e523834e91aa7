import BrevetStorage
import Foundation
import SQLKit

/// Status lists: allocation, and the bits derived from the credentials table.
extension SQLSession {
    func currentStatusList(
        organizationID: String, issuerID: String, purpose: StatusPurpose,
        newListID: String, size: Int, maximumUsed: Int?, at date: Date
    ) async throws -> StatusListRecord {
        guard size >= StatusListRecord.minimumSize else {
            throw StorageError(
                .invalidArgument, "a status list needs at least \(StatusListRecord.minimumSize) entries, not \(size)")
        }
        _ = try await issuer(id: issuerID, organizationID: organizationID)
        // Fast path without locks: the latest list still has room.
        if let latest = try await latestList(organizationID, issuerID, purpose),
            try await hasRoom(latest, maximumUsed)
        {
            return latest
        }
        return try await atomicStep("allocate_status_list") { s in
            // Serialize allocators of this issuer, then look again: another may have allocated.
            _ = try await s.first("""
                SELECT id FROM issuers WHERE id = \(bind: issuerID) AND organization_id = \(bind: organizationID)\
                \(unsafeRaw: s.backend.lockRowSuffix)
                """)
            let latest = try await s.latestList(organizationID, issuerID, purpose)
            if let latest, try await s.hasRoom(latest, maximumUsed) { return latest }
            let list = StatusListRecord(
                id: newListID, organizationID: organizationID, issuerID: issuerID, purpose: purpose,
                size: size, version: 0, sequence: (latest?.sequence ?? 0) + 1, createdAt: date)
            try await s.run("""
                INSERT INTO status_lists (\(unsafeRaw: Self.statusListColumns))
                VALUES (\(bind: list.id), \(bind: list.organizationID), \(bind: list.issuerID),
                        \(bind: list.purpose.rawValue), \(bind: list.size), \(bind: list.version),
                        \(bind: list.sequence), \(bind: SQLDates.millis(list.createdAt)))
                """)
            return try await s.statusList(id: list.id)
        }
    }

    private func latestList(_ organizationID: String, _ issuerID: String, _ purpose: StatusPurpose) async throws -> StatusListRecord? {
        guard let row = try await first("""
            SELECT \(unsafeRaw: Self.statusListColumns) FROM status_lists
            WHERE organization_id = \(bind: organizationID) AND issuer_id = \(bind: issuerID)
              AND purpose = \(bind: purpose.rawValue)
            ORDER BY list_sequence DESC LIMIT 1
            """)
        else { return nil }
        return try Self.reading(row, Self.statusList)
    }

    private func hasRoom(_ list: StatusListRecord, _ maximumUsed: Int?) async throws -> Bool {
        let limit = min(maximumUsed ?? list.size, list.size)
        return try await usedIndexCount(of: list) < limit
    }

    func statusList(id: String) async throws -> StatusListRecord {
        try await one(
            "SELECT \(unsafeRaw: Self.statusListColumns) FROM status_lists WHERE id = \(bind: id)",
            "status list \(id)", Self.statusList)
    }

    func statusLists(organizationID: String, issuerID: String?) async throws -> [StatusListRecord] {
        var query: SQLQueryString = """
            SELECT \(unsafeRaw: Self.statusListColumns) FROM status_lists
            WHERE organization_id = \(bind: organizationID)
            """
        if let issuerID { query += " AND issuer_id = \(bind: issuerID)" }
        query += " ORDER BY issuer_id, purpose, list_sequence"
        return try await all(query, Self.statusList)
    }

    func usedIndexCount(statusListID: String) async throws -> Int {
        try await usedIndexCount(of: try await statusList(id: statusListID))
    }

    /// Kept by ``insertCredential(_:)`` in the same transaction as the insert (migration 2).
    private func usedIndexCount(of list: StatusListRecord) async throws -> Int {
        try await one(
            "SELECT used_count FROM status_lists WHERE id = \(bind: list.id)",
            "status list \(list.id)", { try $0.decode(column: "used_count", as: Int.self) })
    }

    func setIndices(statusListID: String) async throws -> [Int] {
        let list = try await statusList(id: statusListID)
        let query: SQLQueryString =
            switch list.purpose {
            case .revocation: """
                SELECT revocation_index AS i FROM credentials
                WHERE revocation_list_id = \(bind: list.id) AND revoked_at IS NOT NULL ORDER BY revocation_index
                """
            case .suspension: """
                SELECT suspension_index AS i FROM credentials
                WHERE suspension_list_id = \(bind: list.id) AND suspended = TRUE ORDER BY suspension_index
                """
            }
        return try await all(query) { try $0.decode(column: "i", as: Int.self) }
    }
}
