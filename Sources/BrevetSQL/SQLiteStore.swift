import BrevetStorage
import Foundation
import Logging

/// Opens the embedded SQLite store: a file in the data directory that the CLI and the server may
/// open at the same time.
public enum SQLiteStore {
    /// Opens (creating it and its folder when missing) the database file at `path`, switches it to
    /// WAL mode and applies pending migrations.
    ///
    /// - Parameters:
    ///   - path: The database file, e.g. `<data directory>/brevet.sqlite`.
    ///   - maximumConnections: Connections kept open; SQLite runs one writer at a time and many
    ///     readers beside it.
    ///   - busyTimeout: How long a writer waits for another connection's write lock before the call
    ///     fails with `conflict`.
    ///   - migrate: Whether to apply pending migrations (default `true`).
    public static func open(
        path: String, maximumConnections: Int = 4, busyTimeout: Duration = .seconds(10),
        migrate: Bool = true, logger: Logger = Logger(label: "brevet.sql", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws -> SQLStore {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StorageError(.unavailable, "cannot create the data directory \(folder): \(error)")
            }
        }
        let (seconds, attoseconds) = busyTimeout.components
        let millis = Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
        let pool = SQLiteConnectionPool(
            path: path, maximumConnections: maximumConnections, busyTimeoutMilliseconds: millis, logger: logger)
        return try await SQLStore.open(source: pool, logger: logger, migrate: migrate)
    }
}
