import BrevetStorage
import Foundation
import Logging
import SQLKit

/// The SQL implementation of ``Store``: one code path over SQLKit for SQLite (``SQLiteStore``, the
/// embedded default) and PostgreSQL (``PostgresStore``, for many server instances sharing one
/// database).
///
/// Every call leases a connection, runs its statements and gives the connection back; nothing
/// mutable is cached between calls, so changes made by another process are seen at once.
public struct SQLStore: Store {
    let source: any SQLConnectionSource
    let logger: Logger
    /// PostgreSQL only: the schema the tables live in, created by the first migration run.
    let schema: String?
    private let state: CloseState

    init(source: any SQLConnectionSource, logger: Logger, schema: String? = nil) {
        self.source = source
        self.logger = logger
        self.schema = schema
        self.state = CloseState()
    }

    /// Opens a store over `source` and brings its schema up to date.
    static func open(
        source: any SQLConnectionSource, logger: Logger, schema: String? = nil, migrate: Bool
    ) async throws -> SQLStore {
        let store = SQLStore(source: source, logger: logger, schema: schema)
        if migrate {
            do {
                try await store.migrate()
            } catch {
                await source.shutdown()
                throw error
            }
        }
        return store
    }

    /// Which engine this store talks to: `"sqlite"` or `"postgres"`.
    public var backendName: String { source.backend.rawValue }

    /// Applies the migrations this program knows that the database lacks; returns their versions.
    /// ``SQLiteStore/open(path:logger:)`` and ``PostgresStore/connect(url:maximumConnections:logger:)``
    /// call it already; calling it again is a no-op. Safe to run from several processes at once.
    @discardableResult
    public func migrate(now: Date = Date()) async throws -> [Int] {
        try await session { try await SQLMigrator(schema: schema, logger: logger).migrate($0, now: now) }
    }

    /// The schema versions this program knows, ascending (1, 2, ...): after opening, the database
    /// has at least these.
    public static var schemaVersions: [Int] { SQLMigrations.all.map(\.version).sorted() }

    /// The versions recorded in `brevet_migrations`, ascending.
    public func appliedMigrations() async throws -> [Int] {
        try await session { s in
            try await s.all("SELECT version FROM brevet_migrations ORDER BY version") {
                try $0.decode(column: "version", as: Int.self)
            }
        }
    }

    public func withTransaction<T: Sendable>(_ body: (_ tx: any StoreOperations) async throws -> T) async throws -> T {
        do {
            return try await session { s in
                try await s.atomically { tx in
                    do {
                        return try await body(tx)
                    } catch {
                        throw CallerError(error: error)
                    }
                }
            }
        } catch let error as CallerError {
            throw error.error
        }
    }

    public func close() async throws {
        guard await state.close() else { return }
        await source.shutdown()
    }

    /// Carries an error thrown by a transaction's body past the translation of backend errors, so
    /// the caller gets it back unchanged.
    private struct CallerError: Error {
        let error: any Error
    }

    /// Runs `body` on a session over a leased connection.
    func session<T: Sendable>(_ body: (SQLSession) async throws -> T) async throws -> T {
        guard await !state.isClosed else { throw StorageError(.unavailable, "the store is closed") }
        do {
            return try await source.withConnection { db in
                try await body(SQLSession(db: db, backend: source.backend, logger: logger))
            }
        } catch let error as CallerError {
            throw error
        } catch {
            throw StorageError.mapping(error)
        }
    }
}

/// Whether ``SQLStore/close()`` ran; shared by copies of the store.
actor CloseState {
    private(set) var isClosed = false

    /// Marks the store closed; `true` for the first caller only.
    func close() -> Bool {
        defer { isClosed = true }
        return !isClosed
    }
}
