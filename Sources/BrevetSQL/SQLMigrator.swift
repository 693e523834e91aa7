import BrevetStorage
import Foundation
import Logging
import SQLKit

/// Brings a database to the newest schema version, once, even when several processes start at the
/// same moment.
///
/// Everything happens in one transaction that first excludes other migrators: on SQLite
/// `BEGIN IMMEDIATE` takes the database's write lock (others wait on `busy_timeout`), on PostgreSQL
/// a transaction-scoped advisory lock. Inside it the runner creates `brevet_migrations` if needed,
/// reads the applied versions, applies the missing ones in order and records each (the version is
/// the primary key, so no version can be recorded twice). Running it again is a no-op. Any failure
/// rolls the whole run back and throws ``StorageError/Code-swift.struct/migrationFailed``.
struct SQLMigrator: Sendable {
    /// The key of PostgreSQL's advisory lock that serializes migrators ("brevet" in ASCII).
    static let advisoryLockKey = 0x62_72_65_76_65_74

    let migrations: [SQLMigration]
    /// PostgreSQL only: a schema to create (if missing) before anything else.
    let schema: String?
    let logger: Logger

    init(migrations: [SQLMigration] = SQLMigrations.all, schema: String? = nil, logger: Logger) {
        self.migrations = migrations
        self.schema = schema
        self.logger = logger
    }

    /// Applies the missing migrations; returns the versions it applied (empty when up to date).
    /// How long a migrator keeps waiting while another process holds the lock and migrates. A
    /// migration on a loaded machine can outlast SQLite's `busy_timeout`; the waiter retries rather
    /// than fail the start of a second process.
    static let patience: Duration = .seconds(120)

    @discardableResult
    func migrate(_ session: SQLSession, now: Date) async throws -> [Int] {
        let deadline = ContinuousClock.now + Self.patience
        do {
            while true {
                do {
                    return try await session.atomically { tx in try await apply(tx, now: now) }
                } catch where !(error is StorageError && (error as! StorageError).code == .migrationFailed)
                    && StorageError.mapping(error).code == .conflict && ContinuousClock.now < deadline {
                    logger.info("another process is migrating the database; waiting", metadata: ["error": "\(error)"])
                    try await Task.sleep(for: .milliseconds(100))
                }
            }
        } catch let error as StorageError where error.code == .migrationFailed {
            throw error
        } catch {
            let mapped = StorageError.mapping(error)
            throw StorageError(.migrationFailed, "\(mapped.code): \(mapped.reason)")
        }
    }

    private func apply(_ tx: SQLSession, now: Date) async throws -> [Int] {
        let db = tx.db
        if tx.backend == .postgres {
            try await db.raw("SELECT pg_advisory_xact_lock(\(literal: Self.advisoryLockKey))").run()
            if let schema {
                try await db.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
            }
        }
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS brevet_migrations (
                version BIGINT PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at BIGINT NOT NULL
            )
            """).run()
        var applied: [Int: String] = [:]
        for row in try await db.raw("SELECT version, name FROM brevet_migrations").all() {
            applied[try row.decode(column: "version", as: Int.self)] = try row.decode(column: "name", as: String.self)
        }
        var done: [Int] = []
        for migration in migrations.sorted(by: { $0.version < $1.version }) {
            if let name = applied[migration.version] {
                guard name == migration.name else {
                    throw StorageError(
                        .migrationFailed,
                        "migration \(migration.version) was applied as \"\(name)\" but this program calls it \"\(migration.name)\": released migrations must never be edited")
                }
                continue
            }
            logger.info("applying migration", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
            for statement in migration.statements(tx.backend) {
                try await db.raw(SQLQueryString(statement)).run()
            }
            try await db.raw("""
                INSERT INTO brevet_migrations (version, name, applied_at)
                VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: SQLDates.millis(now)))
                """).run()
            done.append(migration.version)
        }
        let known = Set(migrations.map(\.version))
        let unknown = applied.keys.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            logger.warning(
                "the database has migrations this program does not know; a newer version of Brevet applied them",
                metadata: ["versions": "\(unknown)"])
        }
        return done
    }
}
