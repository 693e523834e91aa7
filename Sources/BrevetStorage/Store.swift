/// A storage backend: the operations of ``StoreOperations`` plus transactions and a lifecycle.
///
/// Implementations: `SQLStore` in BrevetSQL (SQLite for one machine, PostgreSQL for many server
/// instances sharing one database), both through one SQL code path and one behavioural suite.
public protocol Store: StoreOperations {
    /// Runs `body` in one transaction: every write it makes is committed together when it returns,
    /// and none is kept when it throws (the error is rethrown unchanged). Reads inside see the
    /// transaction's own writes. Do not call the outer store from inside `body`; use `tx`.
    /// A transaction may fail with `conflict` when a concurrent one got in the way; retrying the
    /// whole body may then succeed.
    func withTransaction<T: Sendable>(_ body: (_ tx: any StoreOperations) async throws -> T) async throws -> T

    /// Releases connections, pools and threads. Calls after `close()` throw `unavailable`.
    /// Calling it twice is harmless.
    func close() async throws
}
