/// Why an N-Quads document could not be read or a dataset could not be canonicalized.
///
/// One error type for the module; equality compares the code only, so tests can build the expected
/// error without knowing the exact wording or position.
public struct RDFError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case syntax, invalidUTF8, tooLarge, invalidQuad, limitExceeded
        }
        let base: Base
        /// The text does not follow the [N-Quads grammar](https://www.w3.org/TR/n-quads/#sec-grammar)
        /// (bad term, bad escape, relative IRI, missing `.`, ...).
        public static let syntax = Code(base: .syntax)
        /// The bytes handed to the parser are not valid UTF-8.
        public static let invalidUTF8 = Code(base: .invalidUTF8)
        /// The document is longer than the parser's limit.
        public static let tooLarge = Code(base: .tooLarge)
        /// A quad cannot be part of an RDF dataset: a literal as subject or graph name, or a predicate
        /// that is not an IRI.
        public static let invalidQuad = Code(base: .invalidQuad)
        /// Canonicalization needed more work than ``RDFCanonicalizer/Limits`` allow: the dataset is
        /// very likely a poison dataset ([RDFC-1.0 §7.1](https://www.w3.org/TR/rdf-canon/#dataset-poisoning)).
        public static let limitExceeded = Code(base: .limitExceeded)
        public var description: String { base.rawValue }
    }

    public let code: Code
    /// What is wrong, in words a person understands.
    public let reason: String
    /// 1-based line of the N-Quads text where the problem was found, for parse errors.
    public let line: Int?
    /// 1-based column (in Unicode scalars) of the N-Quads text, for parse errors.
    public let column: Int?

    public init(_ code: Code, _ reason: String, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.reason = reason
        self.line = line
        self.column = column
    }

    public var description: String {
        if let line, let column { return "invalid N-Quads at line \(line), column \(column): \(reason)" }
        return reason
    }

    public static func == (lhs: RDFError, rhs: RDFError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
