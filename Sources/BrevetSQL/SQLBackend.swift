/// Which SQL engine a store talks to. Statements are shared; the few places where the dialects
/// differ (taking a lock, starting a write transaction, the type of a byte column) switch on this,
/// and nowhere else.
enum SQLBackend: String, Sendable {
    case sqlite
    case postgres

    /// Starts a read-write transaction. SQLite's `BEGIN IMMEDIATE` takes the write lock at once, so
    /// two writers queue on `busy_timeout` instead of failing when a read lock is upgraded.
    var beginStatement: String {
        switch self {
        case .sqlite: "BEGIN IMMEDIATE"
        case .postgres: "BEGIN"
        }
    }

    /// Locks a row for the rest of the transaction, or `""` where the transaction itself already
    /// excludes other writers (SQLite). `NO KEY UPDATE` does not block foreign-key checks of inserts
    /// that reference the row.
    var lockRowSuffix: String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR NO KEY UPDATE"
        }
    }

    /// The column type for raw bytes (evidence files): SQLite's `BLOB`, PostgreSQL's `BYTEA`.
    var binaryColumnType: String {
        switch self {
        case .sqlite: "BLOB"
        case .postgres: "BYTEA"
        }
    }
}
