import BrevetStorage
import Foundation
import Logging
import SQLKit
import Testing
@testable import BrevetSQL

/// What is particular to the SQLite backend and to opening stores.
@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("every connection runs in WAL mode with a busy timeout and foreign keys on")
    func pragmas() async throws {
        try await TestBackend.sqlite.withFreshStore { store, _ in
            let (mode, timeout, foreignKeys) = try await store.session { s in
                let mode = try await s.first("PRAGMA journal_mode")?.decode(column: "journal_mode", as: String.self)
                let timeout = try await s.first("PRAGMA busy_timeout")?.decode(column: "timeout", as: Int.self)
                let keys = try await s.first("PRAGMA foreign_keys")?.decode(column: "foreign_keys", as: Int.self)
                return (mode, timeout, keys)
            }
            #expect(mode == "wal")
            #expect((timeout ?? 0) > 0)
            #expect(foreignKeys == 1)
        }
    }

    @Test("opening creates the data directory and the file")
    func createsFolder() async throws {
        try await TestBackend.sqlite.withFreshStore { _, database in
            #expect(FileManager.default.fileExists(atPath: database.location))
        }
    }

    @Test("a released migration that was edited is refused")
    func editedMigration() async throws {
        try await TestBackend.sqlite.withFreshStore { store, _ in
            let edited = SQLMigrations.all.map { m in
                SQLMigration(version: m.version, name: m.name + " (edited)", statements: m.statements)
            }
            let migrator = SQLMigrator(migrations: edited, logger: Logger(label: "test"))
            await expectStorageError(.migrationFailed) {
                try await store.session { try await migrator.migrate($0, now: Date()) }
            }
        }
    }

    @Test("a failing migration is rolled back whole")
    func failingMigration() async throws {
        try await TestBackend.sqlite.withFreshStore { store, _ in
            let broken = SQLMigrations.all + [
                SQLMigration(version: 1000, name: "broken", [
                    "CREATE TABLE half_done (id TEXT PRIMARY KEY)",
                    "THIS IS NOT SQL",
                ])
            ]
            let migrator = SQLMigrator(migrations: broken, logger: Logger(label: "test"))
            await expectStorageError(.migrationFailed) {
                try await store.session { try await migrator.migrate($0, now: Date()) }
            }
            #expect(try await store.appliedMigrations() == SQLStore.schemaVersions)
            let table = try await store.session { s in
                try await s.first("SELECT name FROM sqlite_master WHERE name = 'half_done'")
            }
            #expect(table == nil)
        }
    }

    @Test("a later migration applies to a database that already holds data")
    func upgradeWithData() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brevet-upgrade-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("brevet.sqlite").path
        let store = try await SQLiteStore.open(path: path, migrate: false)
        do {
            let first = SQLMigrator(migrations: Array(SQLMigrations.all.prefix(1)), logger: Logger(label: "test"))
            try await store.session { _ = try await first.migrate($0, now: Date()) }
            #expect(try await store.appliedMigrations() == [1])
            // Version 1 has no counter column: write the rows by hand, as a version-1 program did.
            try await store.withTransaction { tx in
                try await tx.createOrganization(OrganizationRecord(id: "org", name: "Org", createdAt: at(0)))
                try await tx.createIssuer(IssuerRecord(
                    id: "did:web:up.example", organizationID: "org", profile: .object([:]),
                    verificationMethodID: "did:web:up.example#k", keyReference: "k", defaultCryptosuite: "eddsa-rdfc-2022",
                    createdAt: at(0)))
            }
            try await store.session { s in
                try await s.run("INSERT INTO achievements VALUES ('ach', 'org', 'did:web:up.example', '{}', 1, NULL, 0)")
                try await s.run("INSERT INTO status_lists VALUES ('r', 'org', 'did:web:up.example', 'revocation', 131072, 0, 1, 0)")
                try await s.run("INSERT INTO status_lists VALUES ('s', 'org', 'did:web:up.example', 'suspension', 131072, 0, 1, 0)")
                for n in 0..<3 {
                    try await s.run("""
                        INSERT INTO credentials VALUES ('c\(unsafeRaw: String(n))', 'org', 'did:web:up.example', 'ach', 'did:example:x',
                          '{}', 0, 0, NULL, 'r', \(literal: n), 's', \(literal: n), NULL, NULL, FALSE, NULL, NULL)
                        """)
                }
            }
            #expect(try await store.migrate() == Array(SQLStore.schemaVersions.dropFirst()))
            #expect(try await store.usedIndexCount(statusListID: "r") == 3)
            #expect(try await store.usedIndexCount(statusListID: "s") == 3)
            // Version 3's scoped keys hold on the rows written before it.
            try await store.insertAssessmentDecision(AssessmentDecisionRecord(
                id: "d", organizationID: "org", submissionID: nil, achievementID: "ach", learner: "did:example:x",
                passed: true, decidedAt: at(0), document: .object([:]), credentialID: "c0"))
            #expect(try await store.assessmentDecisions(organizationID: "org", achievementID: nil, learner: nil).map(\.credentialID) == ["c0"])
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }

    @Test("an unusable PostgreSQL URL or schema name is invalidArgument; an unreachable server is unavailable")
    func badPostgresArguments() async throws {
        await expectStorageError(.invalidArgument) { try await PostgresStore.connect(url: "mysql://x@localhost/db") }
        await expectStorageError(.invalidArgument) {
            try await PostgresStore.connect(url: "postgres://u@localhost/db", schema: "Robert'); DROP TABLE")
        }
        // Nothing listens on port 1 of the loopback address: the first connection fails at once.
        await expectStorageError(.unavailable) {
            try await PostgresStore.connect(url: "postgres://brevet@127.0.0.1:1/brevet?sslmode=disable")
        }
        #expect(PostgresStore.isPlainIdentifier("brevet_test_0a"))
        #expect(!PostgresStore.isPlainIdentifier("0abc"))
        #expect(!PostgresStore.isPlainIdentifier(""))
    }
}
