/// Why a Brevet operation could not be done, in words the person who asked can act on.
///
/// The HTTP layer maps codes to status codes; the CLI prints the reason and exits non-zero.
public struct ServiceError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case invalidInput, notFound, unauthorized, conflict, unavailable, configuration, tooLarge
        }
        let base: Base
        /// The request is malformed or a value is not acceptable (HTTP 400/422).
        public static let invalidInput = Code(base: .invalidInput)
        /// No such issuer, achievement, credential or list for this organization (HTTP 404).
        public static let notFound = Code(base: .notFound)
        /// Missing, unknown or revoked API key (HTTP 401).
        public static let unauthorized = Code(base: .unauthorized)
        /// The request contradicts the current state (HTTP 409).
        public static let conflict = Code(base: .conflict)
        /// A backing service (database, network) failed (HTTP 503).
        public static let unavailable = Code(base: .unavailable)
        /// The data directory or a setting is not usable.
        public static let configuration = Code(base: .configuration)
        /// The input is larger than Brevet accepts (HTTP 413).
        public static let tooLarge = Code(base: .tooLarge)
        public var description: String { base.rawValue }
    }

    public let code: Code
    public let reason: String

    public init(_ code: Code, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { reason }
    public static func == (a: ServiceError, b: ServiceError) -> Bool { a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(code) }
}
