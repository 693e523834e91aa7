import BrevetSQL
import BrevetStorage
import Testing

/// One named behaviour of the ``Store`` contract; every backend runs every case.
struct ContractCase: Sendable, CustomTestStringConvertible {
    let name: String
    let body: @Sendable (SQLStore, TestDatabase) async throws -> Void

    init(_ name: String, _ body: @escaping @Sendable (SQLStore, TestDatabase) async throws -> Void) {
        self.name = name
        self.body = body
    }

    var testDescription: String { name }
}

/// The behavioural suite: every contract case of BrevetStorage's ``StoreOperations`` and ``Store``.
enum StoreContract {
    static let cases: [ContractCase] =
        tenantCases + credentialCases + statusListCases + transactionCases + migrationCases + awardingCases
}

/// The contract on SQLite, always.
@Suite("Store contract on SQLite")
struct SQLiteContractTests {
    @Test(arguments: StoreContract.cases)
    func contract(_ contractCase: ContractCase) async throws {
        try await TestBackend.sqlite.withFreshStore(contractCase.body)
    }
}

/// The contract on PostgreSQL, when `BREVET_TEST_POSTGRES_URL` names a server
/// (`scripts/postgres-test-cluster.sh` starts one); otherwise reported as skipped.
@Suite(
    "Store contract on PostgreSQL",
    .enabled(if: TestBackend.postgresURL != nil, "BREVET_TEST_POSTGRES_URL is not set (see scripts/postgres-test-cluster.sh)"))
struct PostgresContractTests {
    @Test(arguments: StoreContract.cases)
    func contract(_ contractCase: ContractCase) async throws {
        try await TestBackend.postgres.withFreshStore(contractCase.body)
    }
}

/// Expects `body` to throw a ``StorageError`` with `code`.
func expectStorageError<T>(
    _ code: StorageError.Code, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> T
) async {
    do {
        _ = try await body()
        Issue.record("expected StorageError \(code), but the call succeeded", sourceLocation: sourceLocation)
    } catch let error as StorageError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected StorageError \(code), got \(error)", sourceLocation: sourceLocation)
    }
}
