/// Why a status list or a status entry could not be built, read or checked.
///
/// The codes follow the error names of
/// [Bitstring Status List §3.3 Processing Errors](https://www.w3.org/TR/vc-bitstring-status-list/#processing-errors)
/// where the specification names one (`MALFORMED_VALUE_ERROR`, `STATUS_LIST_LENGTH_ERROR`, `RANGE_ERROR`,
/// `STATUS_VERIFICATION_ERROR`), plus the encoding and compression failures that the specification folds
/// into those. Equality compares the code only.
public struct StatusListError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case malformedValue, statusListLength, range, statusVerification
            case encoding, compression, tooLarge, indexExhausted
        }
        let base: Base
        /// A property is missing or has the wrong type or form (`MALFORMED_VALUE_ERROR`).
        public static let malformedValue = Code(base: .malformedValue)
        /// The expanded list is shorter than the minimum (`STATUS_LIST_LENGTH_ERROR`).
        public static let statusListLength = Code(base: .statusListLength)
        /// The index points past the end of the list (`RANGE_ERROR`).
        public static let range = Code(base: .range)
        /// The list does not serve the entry's purpose, or is otherwise not the list the entry
        /// refers to (`STATUS_VERIFICATION_ERROR`).
        public static let statusVerification = Code(base: .statusVerification)
        /// `encodedList` is not multibase base64url (`u` prefix, no padding).
        public static let encoding = Code(base: .encoding)
        /// The GZIP data is corrupt, truncated, or followed by trailing bytes.
        public static let compression = Code(base: .compression)
        /// The decompressed list would exceed the caller's size limit (a compression bomb).
        public static let tooLarge = Code(base: .tooLarge)
        /// No free index is left in the list.
        public static let indexExhausted = Code(base: .indexExhausted)
        public var description: String { base.rawValue }
    }

    public let code: Code
    /// What is wrong, in words a person understands.
    public let reason: String

    public init(_ code: Code, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { "status list error (\(code)): \(reason)" }

    public static func == (lhs: StatusListError, rhs: StatusListError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
