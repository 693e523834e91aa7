import BrevetStorage
import Logging
import SQLKit

/// The store's operations over one leased connection: the single SQL code path that serves
/// SQLite and PostgreSQL alike.
///
/// A session is what a transaction body receives as its `tx`; ``SQLStore`` makes a short-lived one
/// per call. Statements are portable SQL with bound parameters; where the dialects differ the
/// session asks ``SQLBackend``.
struct SQLSession: Sendable {
    let db: any SQLDatabase
    let backend: SQLBackend
    let logger: Logger
    /// `true` inside a transaction: multi-statement operations then run directly (and guard
    /// statements that may fail with a savepoint, so a failure does not doom the transaction).
    var inTransaction: Bool

    init(db: any SQLDatabase, backend: SQLBackend, logger: Logger, inTransaction: Bool = false) {
        self.db = db
        self.backend = backend
        self.logger = logger
        self.inTransaction = inTransaction
    }

    /// Runs `body` atomically: directly when already in a transaction, otherwise in a new one that
    /// commits when `body` returns and rolls back when it throws.
    func atomically<T: Sendable>(_ body: (SQLSession) async throws -> T) async throws -> T {
        if inTransaction { return try await body(self) }
        try await run(SQLQueryString(backend.beginStatement))
        var tx = self
        tx.inTransaction = true
        let result: T
        do {
            result = try await body(tx)
        } catch {
            await rollback()
            throw error
        }
        do {
            try await run("COMMIT")
        } catch {
            await rollback()
            throw error
        }
        return result
    }

    /// Runs `body` so that when it throws, its writes are undone but an enclosing transaction
    /// stays usable (PostgreSQL aborts a whole transaction on a failed statement otherwise).
    /// Outside a transaction `body` runs directly, so it must be a single statement (or atomic
    /// on its own).
    func guarded<T: Sendable>(_ name: String, _ body: (SQLSession) async throws -> T) async throws -> T {
        guard inTransaction else { return try await body(self) }
        try await db.raw("SAVEPOINT \(unsafeRaw: name)").run()
        do {
            let result = try await body(self)
            try await db.raw("RELEASE SAVEPOINT \(unsafeRaw: name)").run()
            return result
        } catch {
            do {
                try await uncancellable("ROLLBACK TO SAVEPOINT \(unsafeRaw: name)")
                try await uncancellable("RELEASE SAVEPOINT \(unsafeRaw: name)")
            } catch {
                logger.warning("could not roll back to savepoint", metadata: ["error": "\(error)"])
            }
            throw error
        }
    }

    /// Runs a statement even when the task is cancelled: the future-based path of SQLKit is not
    /// cancelled with the task, unlike the async one. Used to end transactions, so a cancelled
    /// request can not leave a pooled connection inside an open transaction.
    private func uncancellable(_ query: SQLQueryString) async throws {
        try await db.raw(query).run().get()
    }

    private func rollback() async {
        do {
            try await uncancellable("ROLLBACK")
        } catch {
            logger.warning("rollback failed", metadata: ["error": "\(error)"])
        }
    }

    /// Runs a statement, translating backend errors into ``StorageError``.
    func run(_ query: SQLQueryString) async throws {
        do {
            try await db.raw(query).run()
        } catch {
            throw StorageError.mapping(error)
        }
    }

    /// Clamps a page size to 1...1000.
    static func clampLimit(_ limit: Int) -> Int { min(max(limit, 1), 1000) }
}

extension SQLSession {
    /// A multi-statement operation that must be all or nothing: its own transaction when called
    /// alone, a savepoint when called inside a transaction (so its failure leaves the enclosing
    /// transaction usable and the caller may, for example, draw another status index).
    func atomicStep<T: Sendable>(_ name: String, _ body: (SQLSession) async throws -> T) async throws -> T {
        inTransaction ? try await guarded(name, body) : try await atomically(body)
    }
}

extension SQLSession: StoreOperations {}
