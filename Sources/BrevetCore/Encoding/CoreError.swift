/// Why BrevetCore could not do what was asked: decode a key, read a proof, create a signature.
///
/// One error type for the module, as in BrevetJSON's `JSONError`. The ``Code`` is extensible
/// inside the module: each area declares its codes in an extension of ``Code`` (see
/// `CoreError+Codes.swift`), so DID, JOSE or status-list code adds its own without touching this
/// file. Equality compares the code only, so tests can build the expected error without knowing
/// the wording.
///
/// A signature that does not verify is *not* an error: verification returns a result
/// (``ProofCheck``). Errors are for input that cannot be read at all.
public struct CoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is. Compare with the static members, e.g. `.invalidMultibase`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        let name: String
        /// Codes are declared inside BrevetCore only, as `static let` members of this type.
        init(_ name: String) { self.name = name }
        public var description: String { name }
    }

    public let code: Code
    /// What is wrong, in words a person understands.
    public let reason: String
    /// Where in BrevetCore the error was raised (for diagnostics, not for matching).
    public let file: String
    public let line: Int

    public init(_ code: Code, _ reason: String, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.reason = reason
        self.file = file
        self.line = line
    }

    public var description: String { "\(code): \(reason)" }

    public static func == (lhs: CoreError, rhs: CoreError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
