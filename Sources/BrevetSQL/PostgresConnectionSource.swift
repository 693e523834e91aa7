import BrevetStorage
import Logging
import PostgresKit
import SQLKit

/// Connections to a PostgreSQL database through PostgresNIO's pooled `PostgresClient`, which
/// reconnects and keeps connections alive. The client runs in a task owned by this source until
/// ``shutdown()``.
final class PostgresConnectionSource: SQLConnectionSource {
    let backend = SQLBackend.postgres
    let client: PostgresClient
    let logger: Logger
    private let runTask: Task<Void, Never>

    init(configuration: PostgresClient.Configuration, logger: Logger) {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.runTask = Task { await client.run() }
    }

    func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(connection.sql(queryLogLevel: .trace, logger: logger))
        }
    }

    func shutdown() async {
        runTask.cancel()
        await runTask.value
    }

    /// Parses a `postgres://user:password@host:port/database?sslmode=...` URL; the TLS modes are
    /// those of PostgresKit (`disable`, `prefer` (default), `require`).
    static func connectionConfiguration(url: String) throws -> PostgresConnection.Configuration {
        do {
            return try SQLPostgresConfiguration(url: url).coreConfiguration
        } catch {
            throw StorageError(.invalidArgument, "not a usable PostgreSQL URL: \(error)")
        }
    }

    /// The pooled client's configuration for the same server.
    static func clientConfiguration(
        _ core: PostgresConnection.Configuration, maximumConnections: Int
    ) -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS =
            if let context = core.tls.sslContext {
                core.tls.isEnforced ? .require(context.configuration) : .prefer(context.configuration)
            } else {
                .disable
            }
        var configuration: PostgresClient.Configuration
        if let socket = core.unixSocketPath {
            configuration = .init(
                unixSocketPath: socket, username: core.username, password: core.password, database: core.database)
        } else {
            configuration = .init(
                host: core.host ?? "localhost", port: core.port ?? 5432, username: core.username,
                password: core.password, database: core.database, tls: tls)
        }
        configuration.options.maximumConnections = max(1, maximumConnections)
        return configuration
    }

    /// Opens and closes one connection, so a wrong address, user, password or database fails at
    /// once with the server's reason (the pool would otherwise keep retrying in the background
    /// while callers wait).
    static func probe(_ core: PostgresConnection.Configuration, logger: Logger) async throws {
        do {
            let connection = try await PostgresConnection.connect(configuration: core, id: 0, logger: logger)
            try await connection.close()
        } catch {
            let mapped = StorageError.mapping(error)
            let place = core.host.map { "\($0):\(core.port ?? 5432)" } ?? core.unixSocketPath ?? "?"
            throw StorageError(.unavailable, "cannot connect to PostgreSQL at \(place): \(mapped.reason)")
        }
    }
}
