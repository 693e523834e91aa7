import BrevetStorage
import Foundation
@testable import BrevetSQL

/// A database engine the contract runs against, able to make fresh empty databases.
struct TestBackend: Sendable {
    let name: String
    let makeDatabase: @Sendable () async throws -> TestDatabase

    /// SQLite in a new temporary folder: always available.
    static let sqlite = TestBackend(name: "SQLite") {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("brevet-sql-tests-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("data/brevet.sqlite").path
        return TestDatabase(
            location: path,
            open: { try await SQLiteStore.open(path: path) },
            cleanup: { try? FileManager.default.removeItem(at: folder) })
    }

    /// The server named by `BREVET_TEST_POSTGRES_URL` (see scripts/postgres-test-cluster.sh), or
    /// `nil` when the variable is not set.
    static let postgresURL: String? = {
        guard let url = ProcessInfo.processInfo.environment["BREVET_TEST_POSTGRES_URL"], !url.isEmpty else { return nil }
        return url
    }()

    /// PostgreSQL: each database is a new schema on the test server, dropped afterwards.
    static let postgres = TestBackend(name: "PostgreSQL") {
        guard let url = postgresURL else { throw TestSetupError("BREVET_TEST_POSTGRES_URL is not set") }
        let schema = "brevet_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return TestDatabase(
            location: "\(url) schema \(schema)",
            open: { try await PostgresStore.connect(url: url, maximumConnections: 4, schema: schema) },
            cleanup: {
                guard let store = try? await PostgresStore.connect(url: url, maximumConnections: 1, migrate: false)
                else { return }
                try? await store.session { try await $0.run("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE") }
                try? await store.close()
            })
    }
}

/// One fresh database of a backend; `open` may be called several times (more connections or
/// "processes" on the same database).
struct TestDatabase: Sendable {
    let location: String
    let open: @Sendable () async throws -> SQLStore
    let cleanup: @Sendable () async -> Void
}

struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension TestBackend {
    /// Runs `body` with a store on a fresh database, and closes and removes everything afterwards,
    /// also when `body` throws.
    func withFreshStore(_ body: (SQLStore, TestDatabase) async throws -> Void) async throws {
        let database = try await makeDatabase()
        do {
            let store = try await database.open()
            do {
                try await body(store, database)
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        } catch {
            await database.cleanup()
            throw error
        }
        await database.cleanup()
    }
}
