import BrevetStorage
import Logging

/// Connects to a PostgreSQL database that several Brevet server instances may share.
public enum PostgresStore {
    /// Connects to the database at `url` and applies pending migrations (serialized across
    /// processes by an advisory lock).
    ///
    /// - Parameters:
    ///   - url: `postgres://user:password@host:port/database`, with `?sslmode=disable|prefer|require`.
    ///   - maximumConnections: The pool's size for this process.
    ///   - schema: A PostgreSQL schema to keep Brevet's tables in (created when missing), for
    ///     several installations or test runs sharing one database; `nil` uses the server's
    ///     `search_path` (normally `public`). Lowercase letters, digits and `_`, at most 63.
    ///   - migrate: Whether to apply pending migrations (default `true`).
    /// - Throws: `invalidArgument` for a malformed URL; `unavailable` (with the server's reason)
    ///   when a first connection fails; `migrationFailed` when the schema can not be brought up
    ///   to date. Once connected, the pool reconnects by itself after an outage.
    public static func connect(
        url: String, maximumConnections: Int = 10, schema: String? = nil, migrate: Bool = true,
        logger: Logger = Logger(label: "brevet.sql", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws -> SQLStore {
        let core = try PostgresConnectionSource.connectionConfiguration(url: url)
        var configuration = PostgresConnectionSource.clientConfiguration(core, maximumConnections: maximumConnections)
        if let schema {
            guard isPlainIdentifier(schema) else {
                throw StorageError(.invalidArgument, "schema \"\(schema)\" must be lowercase letters, digits and _")
            }
            configuration.options.additionalStartupParameters.append(("search_path", schema))
        }
        try await PostgresConnectionSource.probe(core, logger: logger)
        let source = PostgresConnectionSource(configuration: configuration, logger: logger)
        return try await SQLStore.open(source: source, logger: logger, schema: schema, migrate: migrate)
    }

    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return false }
        return name.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "_")
        }
    }
}
