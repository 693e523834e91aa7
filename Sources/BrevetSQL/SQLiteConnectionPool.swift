import BrevetStorage
import Logging
import SQLKit
import SQLiteKit

/// A small pool of connections to one SQLite file, each configured for sharing the file with
/// other connections and processes.
///
/// Each connection gets, when it opens:
/// - `PRAGMA busy_timeout`: a writer waits for another writer's lock instead of failing at once;
/// - `PRAGMA journal_mode = WAL`: readers never block the writer and see every commit at once;
/// - `PRAGMA foreign_keys = ON`: the schema's references are enforced;
/// - `PRAGMA synchronous = FULL`: a committed revocation survives a power cut.
///
/// libsqlite3 calls block their thread (a writer waiting on `busy_timeout` sleeps in it), so the
/// pool runs its connections on threads of its own, one per connection: a shared thread pool
/// would let waiting writers starve the very connection that holds the lock.
actor SQLiteConnectionPool: SQLConnectionSource {
    nonisolated let backend = SQLBackend.sqlite
    let path: String
    let maximumConnections: Int
    let busyTimeoutMilliseconds: Int
    let logger: Logger
    private let threads: NIOThreadPool

    private var idle: [SQLiteConnection] = []
    private var open = 0
    private var waiters: [CheckedContinuation<SQLiteConnection, any Error>] = []
    private var closed = false

    init(path: String, maximumConnections: Int, busyTimeoutMilliseconds: Int, logger: Logger) {
        self.path = path
        self.maximumConnections = max(1, maximumConnections)
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        self.logger = logger
        self.threads = NIOThreadPool(numberOfThreads: self.maximumConnections)
        self.threads.start()
    }

    nonisolated func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let connection = try await lease()
        do {
            let result = try await body(connection.sql(queryLogLevel: .trace))
            await release(connection)
            return result
        } catch {
            await release(connection)
            throw error
        }
    }

    func shutdown() async {
        guard !closed else { return }
        closed = true
        for waiter in waiters {
            waiter.resume(throwing: StorageError(.unavailable, "the store is closed"))
        }
        waiters = []
        let connections = idle
        idle = []
        for connection in connections {
            await close(connection)
        }
        open -= connections.count
        if open == 0 { await stopThreads() }
    }

    private func stopThreads() async {
        do {
            try await threads.shutdownGracefully()
        } catch {
            logger.warning("stopping SQLite threads failed", metadata: ["error": "\(error)"])
        }
    }

    private func lease() async throws -> SQLiteConnection {
        guard !closed else { throw StorageError(.unavailable, "the store is closed") }
        if let connection = idle.popLast() { return connection }
        if open < maximumConnections {
            open += 1
            do {
                return try await connect()
            } catch {
                open -= 1
                throw StorageError.mapping(error)
            }
        }
        return try await withCheckedThrowingContinuation { waiters.append($0) }
    }

    private func release(_ connection: SQLiteConnection) async {
        if closed {
            open -= 1
            await close(connection)
            if open == 0 { await stopThreads() }
        } else if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    private func connect() async throws -> SQLiteConnection {
        let connection = try await SQLiteConnection.open(
            storage: .file(path: path), threadPool: threads, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton.any())
        do {
            let db = connection.sql(queryLogLevel: .trace)
            // busy_timeout first, so that switching to WAL waits for a concurrent opener.
            try await db.raw("PRAGMA busy_timeout = \(literal: busyTimeoutMilliseconds)").run()
            // Switching a fresh file to WAL needs an exclusive lock; when another process is
            // creating the schema at that moment SQLite can answer SQLITE_BUSY at once (its deadlock
            // rule skips the busy handler), so wait and retry within the busy timeout.
            var mode: String?
            let deadline = ContinuousClock.now + .milliseconds(busyTimeoutMilliseconds)
            while true {
                do {
                    mode = try await db.raw("PRAGMA journal_mode = WAL").first()?.decode(column: "journal_mode", as: String.self)
                    break
                } catch where StorageError.mapping(error).code == .conflict && ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(25))
                }
            }
            if mode?.lowercased() != "wal" {
                logger.warning("SQLite did not switch to WAL", metadata: ["mode": "\(mode ?? "nil")", "path": "\(path)"])
            }
            try await db.raw("PRAGMA foreign_keys = ON").run()
            try await db.raw("PRAGMA synchronous = FULL").run()
            return connection
        } catch {
            await close(connection)
            throw error
        }
    }

    /// Closes a connection even when the calling task is cancelled (the async `close()` would then
    /// skip the work and leave the handle open).
    private func close(_ connection: SQLiteConnection) async {
        do {
            try await connection.close().get()
        } catch {
            logger.warning("closing an SQLite connection failed", metadata: ["error": "\(error)"])
        }
    }
}
