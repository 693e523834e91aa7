import BrevetCore
import BrevetJSONLD
import BrevetSQL
import BrevetServices
import BrevetStorage
import Foundation
import Logging

/// One Brevet installation opened from its data directory: the composition root that the server
/// and every CLI command share, so both see the same database, keys and settings.
public struct Installation: Sendable {
    public let dataDirectory: DataDirectory
    public let services: ServiceContainer

    /// Opens (creating when new) the installation in `dataDirectory`. The database is the SQLite file
    /// in it unless `databaseURL` (or `BREVET_DATABASE_URL`) names a PostgreSQL database.
    public static func open(dataDirectory path: String, databaseURL: String? = nil, logger: Logger = Installation.silentLogger,
                            remote: (any VerificationResources)? = nil) async throws -> Installation {
        let directory = DataDirectory(path: path)
        try directory.prepare()
        let url = databaseURL ?? ProcessInfo.processInfo.environment["BREVET_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        let store: SQLStore
        if let url {
            store = try await PostgresStore.connect(url: url, logger: logger)
        } else {
            store = try await SQLiteStore.open(path: directory.databasePath, logger: logger)
        }
        let keys = FileKeyStore(directory: directory.keysDirectory, randomBytes: ServiceEnvironment.systemRandomBytes)
        let contexts = ContextStore(directory: directory.contextsDirectory)
        let processor = JSONLDProcessor(documentLoader: contexts)
        let environment = ServiceEnvironment(store: store, keys: keys, securer: CredentialSecurer(processor: processor),
                                             contexts: contexts, logger: logger)
        let status = StatusService(environment: environment)
        let verification = VerificationService(environment: environment, status: status,
                                               remote: remote ?? HTTPResources(), proofs: ProofVerifier(processor: processor))
        return Installation(dataDirectory: directory, services: ServiceContainer(environment: environment, status: status, verification: verification))
    }

    public func close() async {
        try? await services.environment.store.close()
    }

    public static let silentLogger = Logger(label: "brevet", factory: { _ in SwiftLogNoOpLogHandler() })
}
