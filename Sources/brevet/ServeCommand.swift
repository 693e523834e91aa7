import ArgumentParser
import BrevetCore
import BrevetServer
import BrevetServices
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the Brevet server on a data directory.")

    @Option(help: "The data directory (created when new).") var data: String
    @Option(help: "The TCP port (0 picks a free one).") var port: Int = 8080
    @Option(help: "The address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "The public base URL; kept in the data directory. Issuers created with it get did:web identifiers.") var baseURL: String?
    @Option(help: "A postgres:// URL to share one database among several servers (or BREVET_DATABASE_URL).") var databaseURL: String?
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel: String = "info"

    func run() async throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw CLIError("--base-url must start with https:// (or http:// for local testing)")
        }
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let logger = Logger(label: "brevet")
        let installation: Installation
        do {
            installation = try await Installation.open(dataDirectory: data, databaseURL: databaseURL, logger: logger)
        } catch {
            throw CLIError(describe(error))
        }
        await fillContextStoreIfEmpty(installation, logger: logger)
        let configuration = ServerConfiguration(dataDirectory: data, host: host, port: port, baseURL: baseURL, databaseURL: databaseURL)
        let app = try await buildApplication(installation: installation, configuration: configuration, logger: logger, metrics: registry)
        logger.info("Brevet serving \(data) on http://\(host):\(port)")
        try await app.runService()
        await installation.close()
    }

    /// A first start with an empty context store tries the web; when that fails the server still
    /// starts, says why, and issues with eddsa-jcs-2022 (which needs no contexts) until the store is filled.
    func fillContextStoreIfEmpty(_ installation: Installation, logger: Logger) async {
        guard let store = installation.services.environment.contexts, !store.hasIssuingContexts else { return }
        logger.info("the JSON-LD context store is empty; fetching the pinned contexts from the web")
        // One probe first, so a machine without network starts at once instead of timing out 23 times.
        let web = HTTPResources(timeout: 5)
        do { _ = try await web.fetch(CredentialContexts.credentialsV2) } catch {
            logger.warning("could not reach the web to fill the context store (\(error)); new issuers use eddsa-jcs-2022 until 'brevet contexts sync --data \(data) [--from FOLDER]' fills it")
            return
        }
        let results = await store.sync(from: web)
        if store.hasIssuingContexts {
            logger.info("context store filled: \(results.filter { $0.outcome == .stored }.count) contexts stored")
        } else {
            let why = results.first { $0.outcome == .missing || $0.outcome == .digestMismatch }.map { "\($0.url): \($0.detail)" } ?? "unknown"
            logger.warning("could not fill the context store (\(why)); new issuers use eddsa-jcs-2022 until 'brevet contexts sync --data \(data) [--from FOLDER]' fills it")
        }
    }
}
