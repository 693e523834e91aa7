/// Why a storage operation failed.
///
/// One error type for the module and every backend; equality compares the code only, so tests can
/// build the expected error (`StorageError(.notFound)`) without knowing the wording.
///
/// A scoped query for a row that belongs to another organization fails with ``Code-swift.struct/notFound``,
/// exactly as if the row did not exist: callers can not learn that another tenant's row exists.
public struct StorageError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case notFound, duplicate, statusIndexTaken, conflict, invalidArgument, unavailable,
                migrationFailed, corruptData
        }
        let base: Base
        /// No row with that key exists, or it exists only for another organization.
        public static let notFound = Code(base: .notFound)
        /// A row with the same unique key (id, API key secret hash, setting-free keys) already exists.
        public static let duplicate = Code(base: .duplicate)
        /// The (status list, index) pair asked for is already taken by another credential.
        /// Draw another random index and try again.
        public static let statusIndexTaken = Code(base: .statusIndexTaken)
        /// A concurrent transaction got in the way (serialization failure, deadlock); retrying the
        /// whole operation may succeed.
        public static let conflict = Code(base: .conflict)
        /// A value breaks the contract (index outside its list, purpose mismatch, size too small).
        public static let invalidArgument = Code(base: .invalidArgument)
        /// The backend could not be reached or refused the query; the reason carries its message.
        public static let unavailable = Code(base: .unavailable)
        /// The schema could not be brought to the current version.
        public static let migrationFailed = Code(base: .migrationFailed)
        /// A stored value could not be read back (bad JSON, unknown enumeration value).
        public static let corruptData = Code(base: .corruptData)
        public var description: String { base.rawValue }
    }

    public let code: Code
    /// What went wrong, in words a person understands (for `unavailable`, the backend's message).
    public let reason: String
    /// Where the error was raised.
    public let file: String
    public let line: Int

    public init(_ code: Code, _ reason: String = "", file: String = #fileID, line: Int = #line) {
        self.code = code
        self.reason = reason
        self.file = file
        self.line = line
    }

    public var description: String { reason.isEmpty ? "storage: \(code)" : "storage: \(code): \(reason)" }

    public static func == (lhs: StorageError, rhs: StorageError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
