/// Reads JSON text ([RFC 8259](https://www.rfc-editor.org/rfc/rfc8259)) into a ``JSONValue``.
///
/// Strict on purpose, since its input comes from strangers: invalid UTF-8, lone surrogates,
/// duplicate member names, trailing data and nesting deeper than ``Limits/maxDepth`` are errors.
/// Nesting is checked before recursing, so a hostile document cannot exhaust the stack.
public struct JSONParser: Sendable {
    /// Bounds that keep parsing in bounded time and memory.
    public struct Limits: Sendable, Hashable {
        /// Deepest nesting of arrays and objects accepted.
        public var maxDepth: Int
        /// Longest input accepted, in bytes.
        public var maxBytes: Int

        public init(maxDepth: Int = 64, maxBytes: Int = 16 << 20) {
            self.maxDepth = maxDepth
            self.maxBytes = maxBytes
        }

        /// Suits credentials, proofs and JSON-LD contexts.
        public static let `default` = Limits()
    }

    public var limits: Limits

    public init(limits: Limits = .default) { self.limits = limits }

    /// Parses one JSON text; white space may surround it, nothing else may follow it.
    public func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(JSONError) -> JSONValue {
        let result: Result<JSONValue, JSONError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONError) -> JSONValue in try parseBuffer(buffer) }
        }
        if let result { return try result.get() }
        let copy = Array(bytes)
        return try copy.withUnsafeBufferPointer { buffer throws(JSONError) in try parseBuffer(buffer) }
    }

    /// Parses a JSON text given as a string.
    public func parse(_ text: String) throws(JSONError) -> JSONValue {
        var text = text
        let result: Result<JSONValue, JSONError> = text.withUTF8 { buffer in
            Result { () throws(JSONError) -> JSONValue in try parseBuffer(buffer) }
        }
        return try result.get()
    }

    private func parseBuffer(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONError) -> JSONValue {
        let entries = try JSONTextIndexer.index(buffer, limits: limits)
        return JSONTextValueBuilder(entries: entries, text: buffer).value(0)
    }
}

extension JSONValue {
    /// Parses JSON text with the default limits.
    public init<Bytes: Collection<UInt8>>(parsing bytes: Bytes) throws(JSONError) {
        self = try JSONParser().parse(bytes)
    }

    /// Parses JSON text with the default limits.
    public init(parsing text: String) throws(JSONError) {
        self = try JSONParser().parse(text)
    }
}
