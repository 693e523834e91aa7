/// Why a JSON text could not be read.
///
/// One error type for the module; equality compares the code only, so tests can build the expected
/// error without knowing the exact wording or position.
public struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case syntax, tooDeep, tooLarge, invalidUTF8, duplicateKey, invalidNumber, invalidString
        }
        let base: Base
        /// The text is not JSON (unexpected character, missing comma, trailing data, ...).
        public static let syntax = Code(base: .syntax)
        /// Arrays and objects nest deeper than the parser's limit.
        public static let tooDeep = Code(base: .tooDeep)
        /// The text is longer than the parser's limit.
        public static let tooLarge = Code(base: .tooLarge)
        /// The bytes are not valid UTF-8.
        public static let invalidUTF8 = Code(base: .invalidUTF8)
        /// An object names the same member twice.
        public static let duplicateKey = Code(base: .duplicateKey)
        /// A number does not follow the JSON grammar or does not fit a double.
        public static let invalidNumber = Code(base: .invalidNumber)
        /// A string has a bad escape, a raw control character, or a lone surrogate.
        public static let invalidString = Code(base: .invalidString)
        public var description: String { base.rawValue }
    }

    public let code: Code
    /// What is wrong, in words a person understands.
    public let reason: String
    /// Byte offset in the input where the problem was found.
    public let offset: Int

    public init(_ code: Code, _ reason: String, offset: Int) {
        self.code = code
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "invalid JSON at byte \(offset): \(reason)" }

    public static func == (lhs: JSONError, rhs: JSONError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
