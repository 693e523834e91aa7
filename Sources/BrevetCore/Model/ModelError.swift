/// Why a credential, profile or achievement could not be built or read.
public struct ModelError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable { case invalidField, missingField, unsupported }
        let base: Base
        /// A value is present but not acceptable.
        public static let invalidField = Code(base: .invalidField)
        /// A required value is absent.
        public static let missingField = Code(base: .missingField)
        /// Well-formed, but not something Brevet handles.
        public static let unsupported = Code(base: .unsupported)
        public var description: String { base.rawValue }
    }

    public let code: Code
    public let reason: String

    public init(_ code: Code, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { reason }
    public static func == (a: ModelError, b: ModelError) -> Bool { a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(code) }
}
