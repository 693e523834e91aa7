import BrevetSQL
import BrevetStorage
import Testing

/// Several processes starting at once on a fresh database: each migration must be applied once
/// (a second `CREATE TABLE` would fail the open), and every store must come up.
@Suite("Concurrent migrations")
struct MigrationRaceTests {
    static func race(_ backend: TestBackend) async throws {
        let database = try await backend.makeDatabase()
        do {
            let stores = try await withThrowingTaskGroup(of: SQLStore.self) { group in
                for _ in 0..<4 { group.addTask { try await database.open() } }
                return try await group.reduce(into: [SQLStore]()) { $0.append($1) }
            }
            for store in stores {
                #expect(try await store.appliedMigrations() == SQLStore.schemaVersions)
                try await store.close()
            }
        } catch {
            await database.cleanup()
            throw error
        }
        await database.cleanup()
    }

    @Test("SQLite: stores opened at the same moment apply each migration once")
    func sqlite() async throws {
        try await Self.race(.sqlite)
    }

    @Test(
        "PostgreSQL: stores opened at the same moment apply each migration once",
        .enabled(if: TestBackend.postgresURL != nil, "BREVET_TEST_POSTGRES_URL is not set"))
    func postgres() async throws {
        try await Self.race(.postgres)
    }
}
