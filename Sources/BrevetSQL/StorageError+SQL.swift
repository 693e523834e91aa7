import BrevetStorage
import PostgresKit
import SQLiteKit

extension StorageError {
    /// The names of the unique constraints that guard status list entries. A violation of either
    /// is ``StorageError/Code-swift.struct/statusIndexTaken``, any other unique violation `duplicate`.
    static let statusEntryConstraints = ["credentials_revocation_entry", "credentials_suspension_entry"]
    /// Column names that appear in SQLite's message for a violated status entry constraint.
    static let statusEntryColumns = ["revocation_index", "suspension_index"]

    /// Translates a backend error into the store's vocabulary; a `StorageError` passes unchanged.
    ///
    /// This is the one place that knows the backends' error types.
    static func mapping(_ error: any Error, file: String = #fileID, line: Int = #line) -> StorageError {
        if let error = error as? StorageError { return error }
        if let error = error as? SQLiteError { return mapping(sqlite: error, file: file, line: line) }
        if let error = error as? PSQLError { return mapping(postgres: error, file: file, line: line) }
        if error is CancellationError { return StorageError(.unavailable, "cancelled", file: file, line: line) }
        return StorageError(.unavailable, String(describing: error), file: file, line: line)
    }

    private static func mapping(sqlite error: SQLiteError, file: String, line: Int) -> StorageError {
        let message = error.message
        switch error.reason {
        case .constraint, .constraintUniqueFailed, .constraintPrimaryKeyFailed:
            if message.contains("UNIQUE") || message.contains("PRIMARY KEY") {
                if statusEntryColumns.contains(where: message.contains) {
                    return StorageError(.statusIndexTaken, message, file: file, line: line)
                }
                return StorageError(.duplicate, message, file: file, line: line)
            }
            if message.contains("FOREIGN KEY") {
                return StorageError(.notFound, "a referenced row does not exist: \(message)", file: file, line: line)
            }
            return StorageError(.invalidArgument, message, file: file, line: line)
        case .constraintForeignKeyFailed:
            return StorageError(.notFound, "a referenced row does not exist: \(message)", file: file, line: line)
        case .busy, .locked, .busyTimeout, .busyInRecovery, .busyInSnapshot, .lockedBySharedCache:
            return StorageError(.conflict, "database is busy: \(message)", file: file, line: line)
        default:
            return StorageError(.unavailable, "SQLite: \(message)", file: file, line: line)
        }
    }

    private static func mapping(postgres error: PSQLError, file: String, line: Int) -> StorageError {
        guard let info = error.serverInfo else {
            return StorageError(.unavailable, "PostgreSQL: \(String(reflecting: error))", file: file, line: line)
        }
        let state = info[.sqlState] ?? ""
        let message = info[.message] ?? String(reflecting: error)
        switch state {
        case "23505":
            if let constraint = info[.constraintName], statusEntryConstraints.contains(constraint) {
                return StorageError(.statusIndexTaken, message, file: file, line: line)
            }
            return StorageError(.duplicate, message, file: file, line: line)
        case "23503":
            return StorageError(.notFound, "a referenced row does not exist: \(message)", file: file, line: line)
        case "40001", "40P01", "55P03":
            return StorageError(.conflict, message, file: file, line: line)
        case let s where s.hasPrefix("23") || s.hasPrefix("22"):
            return StorageError(.invalidArgument, message, file: file, line: line)
        default:
            return StorageError(.unavailable, "PostgreSQL \(state): \(message)", file: file, line: line)
        }
    }
}
