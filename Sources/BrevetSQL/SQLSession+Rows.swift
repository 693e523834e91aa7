import BrevetJSON
import BrevetStorage
import Foundation
import SQLKit

/// Column lists and row readers: how each record maps to its table.
extension SQLSession {
    static let organizationColumns = "id, name, created_at"
    static let apiKeyColumns = "id, organization_id, name, secret_hash, key_prefix, created_at, revoked_at"
    static let issuerColumns =
        "id, organization_id, profile, verification_method_id, key_reference, default_cryptosuite, created_at"
    static let achievementColumns =
        "id, organization_id, issuer_id, document, version, previous_version_id, created_at"
    static let statusListColumns = "id, organization_id, issuer_id, purpose, size, version, list_sequence, created_at"
    static let credentialColumns = """
        id, organization_id, issuer_id, achievement_id, recipient, document, issued_at, valid_from, \
        valid_until, revocation_list_id, revocation_index, suspension_list_id, suspension_index, revoked_at, \
        revocation_reason, suspended, suspended_at, superseded_by
        """

    static func organization(_ row: any SQLRow) throws -> OrganizationRecord {
        OrganizationRecord(
            id: try row.decode(column: "id", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            createdAt: SQLDates.date(try row.decode(column: "created_at", as: Int.self)))
    }

    static func apiKey(_ row: any SQLRow) throws -> APIKeyRecord {
        APIKeyRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            secretHash: try row.decode(column: "secret_hash", as: String.self),
            prefix: try row.decode(column: "key_prefix", as: String.self),
            createdAt: SQLDates.date(try row.decode(column: "created_at", as: Int.self)),
            revokedAt: SQLDates.date(try row.decode(column: "revoked_at", as: Int?.self)))
    }

    static func issuer(_ row: any SQLRow) throws -> IssuerRecord {
        IssuerRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            profile: try json(row, "profile"),
            verificationMethodID: try row.decode(column: "verification_method_id", as: String.self),
            keyReference: try row.decode(column: "key_reference", as: String.self),
            defaultCryptosuite: try row.decode(column: "default_cryptosuite", as: String.self),
            createdAt: SQLDates.date(try row.decode(column: "created_at", as: Int.self)))
    }

    static func achievement(_ row: any SQLRow) throws -> AchievementRecord {
        AchievementRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            issuerID: try row.decode(column: "issuer_id", as: String.self),
            document: try json(row, "document"),
            version: try row.decode(column: "version", as: Int.self),
            previousVersionID: try row.decode(column: "previous_version_id", as: String?.self),
            createdAt: SQLDates.date(try row.decode(column: "created_at", as: Int.self)))
    }

    static func statusList(_ row: any SQLRow) throws -> StatusListRecord {
        let purposeText = try row.decode(column: "purpose", as: String.self)
        guard let purpose = StatusPurpose(rawValue: purposeText) else {
            throw StorageError(.corruptData, "status list has an unknown purpose \"\(purposeText)\"")
        }
        return StatusListRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            issuerID: try row.decode(column: "issuer_id", as: String.self),
            purpose: purpose,
            size: try row.decode(column: "size", as: Int.self),
            version: try row.decode(column: "version", as: Int.self),
            sequence: try row.decode(column: "list_sequence", as: Int.self),
            createdAt: SQLDates.date(try row.decode(column: "created_at", as: Int.self)))
    }

    static func credential(_ row: any SQLRow) throws -> CredentialRecord {
        CredentialRecord(
            id: try row.decode(column: "id", as: String.self),
            organizationID: try row.decode(column: "organization_id", as: String.self),
            issuerID: try row.decode(column: "issuer_id", as: String.self),
            achievementID: try row.decode(column: "achievement_id", as: String.self),
            recipient: try row.decode(column: "recipient", as: String.self),
            document: try row.decode(column: "document", as: String.self),
            issuedAt: SQLDates.date(try row.decode(column: "issued_at", as: Int.self)),
            validFrom: SQLDates.date(try row.decode(column: "valid_from", as: Int.self)),
            validUntil: SQLDates.date(try row.decode(column: "valid_until", as: Int?.self)),
            revocationListID: try row.decode(column: "revocation_list_id", as: String.self),
            revocationIndex: try row.decode(column: "revocation_index", as: Int.self),
            suspensionListID: try row.decode(column: "suspension_list_id", as: String.self),
            suspensionIndex: try row.decode(column: "suspension_index", as: Int.self),
            revokedAt: SQLDates.date(try row.decode(column: "revoked_at", as: Int?.self)),
            revocationReason: try row.decode(column: "revocation_reason", as: String?.self),
            suspended: try row.decode(column: "suspended", as: Bool.self),
            suspendedAt: SQLDates.date(try row.decode(column: "suspended_at", as: Int?.self)),
            supersededBy: try row.decode(column: "superseded_by", as: String?.self))
    }

    /// A JSON document column, parsed losslessly.
    static func json(_ row: any SQLRow, _ column: String) throws -> JSONValue {
        let text = try row.decode(column: column, as: String.self)
        do {
            return try JSONValue(parsing: text)
        } catch {
            throw StorageError(.corruptData, "column \(column) does not hold valid JSON: \(error.reason)")
        }
    }

    /// The text a JSON document is stored as.
    static func text(_ value: JSONValue) -> String {
        JSONWriter().string(value)
    }

    /// The first row of a query mapped by `read`, or `notFound` with `what` in the reason.
    func one<T>(_ query: SQLQueryString, _ what: @autoclosure () -> String, _ read: (any SQLRow) throws -> T) async throws -> T {
        guard let row = try await first(query) else {
            throw StorageError(.notFound, "no \(what())")
        }
        return try Self.reading(row, read)
    }

    /// Every row of a query mapped by `read`.
    func all<T>(_ query: SQLQueryString, _ read: (any SQLRow) throws -> T) async throws -> [T] {
        let rows: [any SQLRow]
        do {
            rows = try await db.raw(query).all()
        } catch {
            throw StorageError.mapping(error)
        }
        return try rows.map { try Self.reading($0, read) }
    }

    /// Reads a row; a value that does not decode is `corruptData`.
    static func reading<T>(_ row: any SQLRow, _ read: (any SQLRow) throws -> T) throws -> T {
        do {
            return try read(row)
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(.corruptData, "a stored row could not be read: \(error)")
        }
    }

    /// The first row of a query, if any.
    func first(_ query: SQLQueryString) async throws -> (any SQLRow)? {
        do {
            return try await db.raw(query).first()
        } catch {
            throw StorageError.mapping(error)
        }
    }

    /// Whether a query returns at least one row.
    func exists(_ query: SQLQueryString) async throws -> Bool {
        try await first(query) != nil
    }
}
