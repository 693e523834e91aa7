import BrevetSQL
import BrevetStorage
import Foundation
import Testing

/// The schema history.
extension StoreContract {
    static let migrationCases: [ContractCase] = [
        ContractCase("schema versions are consecutive from 1 to 3") { _, _ in
            #expect(SQLStore.schemaVersions == [1, 2, 3])
        },
        ContractCase("migrations are recorded once and running them again is a no-op") { store, database in
            #expect(try await store.appliedMigrations() == SQLStore.schemaVersions)
            #expect(try await store.migrate() == [])
            let again = try await database.open()
            #expect(try await again.appliedMigrations() == SQLStore.schemaVersions)
            try await again.close()
        },
    ]
}
