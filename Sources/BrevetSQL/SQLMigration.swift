/// One step of the schema's history: a version, a name, and the statements that take the schema
/// from the previous version to this one.
///
/// Migrations are append-only: once released, a migration is never edited or removed, because
/// databases in the field have already applied it. A change to the schema is a new migration
/// with the next version. The runner checks that every applied version still has the name it was
/// applied with, and refuses to start when one was edited.
struct SQLMigration: Sendable {
    /// 1, 2, 3, ...: consecutive, in the order they apply.
    let version: Int
    /// A short stable name, recorded in `brevet_migrations`.
    let name: String
    /// Statements valid on every backend (portable SQL); a migration that needs dialect-specific
    /// text branches on the backend here.
    let statements: @Sendable (SQLBackend) -> [String]

    init(version: Int, name: String, statements: @escaping @Sendable (SQLBackend) -> [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }

    init(version: Int, name: String, _ statements: [String]) {
        self.init(version: version, name: name, statements: { _ in statements })
    }
}
