import SQLKit

/// Lends connections of one database, one caller at a time per connection.
///
/// A connection is exclusively the caller's for the duration of `body`, so a transaction begun on
/// it can not pick up another task's statements.
protocol SQLConnectionSource: Sendable {
    var backend: SQLBackend { get }
    func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T
    /// Closes every connection and stops background work. Idempotent.
    func shutdown() async
}
