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
            // Every store that opened is closed even when another failed (an unclosed SQLite
            // connection is a crash in debug builds of SQLiteNIO, which would end the whole run).
            let results = await withTaskGroup(of: Result<SQLStore, any Error>.self) { group in
                for _ in 0..<4 { group.addTask { do { return .success(try await database.open()) } catch { return .failure(error) } } }
                return await group.reduce(into: [Result<SQLStore, any Error>]()) { $0.append($1) }
            }
            let stores = results.compactMap { try? $0.get() }
            if let failure = results.lazy.compactMap({ r -> (any Error)? in if case .failure(let e) = r { return e } else { return nil } }).first {
                for store in stores { try? await store.close() }
                throw failure
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
