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

    /// A client configuration from a `postgres://user:password@host:port/database?sslmode=...`
    /// URL; the TLS modes are those of PostgresKit (`disable`, `prefer` (default), `require`).
    static func configuration(url: String, maximumConnections: Int) throws -> PostgresClient.Configuration {
        let parsed: SQLPostgresConfiguration
        do {
            parsed = try SQLPostgresConfiguration(url: url)
        } catch {
            throw StorageError(.invalidArgument, "not a usable PostgreSQL URL: \(error)")
        }
        let core = parsed.coreConfiguration
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
}
