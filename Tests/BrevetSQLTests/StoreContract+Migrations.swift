import BrevetSQL
import BrevetStorage
import Foundation
import Testing

/// The schema history.
extension StoreContract {
    static let migrationCases: [ContractCase] = [
        ContractCase("migrations are recorded once and running them again is a no-op") { store, database in
            #expect(try await store.appliedMigrations() == [1])
            #expect(try await store.migrate() == [])
            let again = try await database.open()
            #expect(try await again.appliedMigrations() == [1])
            try await again.close()
        },
    ]
}
