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
        guard buffer.count <= limits.maxBytes else {
            throw JSONError(.tooLarge, "the document is \(buffer.count) bytes, more than the limit of \(limits.maxBytes)", offset: 0)
        }
        var reader = Reader(bytes: buffer, maxDepth: limits.maxDepth)
        reader.skipWhitespace()
        let value = try reader.readValue(depth: 0)
        reader.skipWhitespace()
        if reader.position != buffer.count {
            throw JSONError(.syntax, "unexpected \(reader.describeCurrent()) after the end of the JSON value", offset: reader.position)
        }
        return value
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

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    @inline(__always) var atEnd: Bool { position >= bytes.count }
    @inline(__always) var current: UInt8 { bytes[position] }

    func describeCurrent() -> String {
        guard !atEnd else { return "end of input" }
        let c = current
        if c >= 0x21 && c < 0x7F { return "character '\(Character(Unicode.Scalar(c)))'" }
        return "byte 0x\(String(c, radix: 16, uppercase: true))"
    }

    @inline(__always) mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    mutating func readValue(depth: Int) throws(JSONError) -> JSONValue {
        guard !atEnd else { throw JSONError(.syntax, "expected a value but the input ended", offset: position) }
        switch current {
        case UInt8(ascii: "{"):
            return try readObject(depth: depth + 1)
        case UInt8(ascii: "["):
            return try readArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            return .string(try readString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try readNumber())
        default:
            throw JSONError(.syntax, "expected a value but found \(describeCurrent())", offset: position)
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
        let start = position
        let n = literal.utf8CodeUnitCount
        guard bytes.count - position >= n else {
            throw JSONError(.syntax, "expected '\(literal)'", offset: start)
        }
        let p = literal.utf8Start
        for i in 0..<n where bytes[position + i] != p[i] {
            throw JSONError(.syntax, "expected '\(literal)'", offset: start)
        }
        position += n
    }

    mutating func checkDepth(_ depth: Int) throws(JSONError) {
        if depth > maxDepth {
            throw JSONError(.tooDeep, "arrays and objects nest more than \(maxDepth) levels deep", offset: position)
        }
    }

    mutating func readArray(depth: Int) throws(JSONError) -> JSONValue {
        try checkDepth(depth)
        position += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if !atEnd && current == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try readValue(depth: depth))
            skipWhitespace()
            guard !atEnd else { throw JSONError(.syntax, "an array is not closed with ']'", offset: position) }
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(elements)
            default:
                throw JSONError(.syntax, "expected ',' or ']' in an array but found \(describeCurrent())", offset: position)
            }
        }
    }

    mutating func readObject(depth: Int) throws(JSONError) -> JSONValue {
        try checkDepth(depth)
        position += 1  // {
        var members: [JSONObject.Member] = []
        // Small objects check duplicates by scanning; wide ones switch to a set, so a hostile
        // object with many members costs linear, not quadratic, time.
        var seen: Set<String>?
        skipWhitespace()
        if !atEnd && current == UInt8(ascii: "}") {
            position += 1
            return .object(JSONObject(uncheckedMembers: members))
        }
        // Credentials' objects mostly have 3 to 8 members: one allocation instead of growing 1, 2, 4, 8.
        members.reserveCapacity(8)
        while true {
            skipWhitespace()
            guard !atEnd, current == UInt8(ascii: "\"") else {
                throw JSONError(.syntax, "expected a member name in double quotes but found \(describeCurrent())", offset: position)
            }
            let keyOffset = position
            let key = try readString()
            if seen == nil && members.count >= 16 { seen = Set(members.map(\.key)) }
            let duplicate: Bool
            if seen != nil {
                duplicate = !seen!.insert(key).inserted
            } else {
                duplicate = members.contains { $0.key == key }
            }
            if duplicate {
                throw JSONError(.duplicateKey, "the member \"\(key)\" appears twice in one object", offset: keyOffset)
            }
            skipWhitespace()
            guard !atEnd, current == UInt8(ascii: ":") else {
                throw JSONError(.syntax, "expected ':' after the member name \"\(key)\" but found \(describeCurrent())", offset: position)
            }
            position += 1
            skipWhitespace()
            let value = try readValue(depth: depth)
            members.append((key: key, value: value))
            skipWhitespace()
            guard !atEnd else { throw JSONError(.syntax, "an object is not closed with '}'", offset: position) }
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(JSONObject(uncheckedMembers: members))
            default:
                throw JSONError(.syntax, "expected ',' or '}' in an object but found \(describeCurrent())", offset: position)
            }
        }
    }

    mutating func readNumber() throws(JSONError) -> JSONNumber {
        let start = position
        func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        if current == UInt8(ascii: "-") { position += 1 }
        guard !atEnd, digit(current) else {
            throw JSONError(.invalidNumber, "a number needs a digit after '-'", offset: start)
        }
        if current == UInt8(ascii: "0") {
            position += 1
            if !atEnd && digit(current) {
                throw JSONError(.invalidNumber, "a number may not have leading zeros", offset: start)
            }
        } else {
            while !atEnd && digit(current) { position += 1 }
        }
        if !atEnd && current == UInt8(ascii: ".") {
            position += 1
            guard !atEnd, digit(current) else {
                throw JSONError(.invalidNumber, "a number needs a digit after '.'", offset: start)
            }
            while !atEnd && digit(current) { position += 1 }
        }
        if !atEnd && (current == UInt8(ascii: "e") || current == UInt8(ascii: "E")) {
            position += 1
            if !atEnd && (current == UInt8(ascii: "+") || current == UInt8(ascii: "-")) { position += 1 }
            guard !atEnd, digit(current) else {
                throw JSONError(.invalidNumber, "a number needs a digit in its exponent", offset: start)
            }
            while !atEnd && digit(current) { position += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if let d = Double(text), !d.isFinite {
            throw JSONError(.invalidNumber, "the number \(text) is too large for a double", offset: start)
        }
        return JSONNumber(validatedText: text)
    }

    mutating func readString() throws(JSONError) -> String {
        let start = position
        position += 1  // opening quote
        let contentStart = position
        // Fast path: no escapes. Plain runs go eight bytes at a time (noting any non-ASCII byte);
        // a word that holds a quote, backslash or control byte is then read byte by byte.
        var ascii = true
        scan: while position < bytes.count {
            if position + 8 <= bytes.count {
                let w = JSONStringScan.word(bytes, position)
                if !JSONStringScan.needsAttention(w) {
                    if JSONStringScan.hasHighByte(w) { ascii = false }
                    position += 8
                    continue
                }
            }
            let end = min(position + 8, bytes.count)
            while position < end {
                let c = bytes[position]
                if c == UInt8(ascii: "\"") {
                    let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<position])
                    position += 1
                    return try makeString(slice, offset: contentStart, mayBeASCII: ascii)
                }
                if c == UInt8(ascii: "\\") { break scan }
                if c < 0x20 {
                    throw JSONError(.invalidString, "a string holds a raw control character (0x\(String(c, radix: 16))); it must be escaped", offset: position)
                }
                if c >= 0x80 { ascii = false }
                position += 1
            }
        }
        guard position < bytes.count else {
            throw JSONError(.syntax, "a string is not closed with '\"'", offset: start)
        }
        // Slow path: build with escapes.
        var buffer: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<position]))
        while position < bytes.count {
            let c = bytes[position]
            if c == UInt8(ascii: "\"") {
                position += 1
                return try buffer.withUnsafeBufferPointer { b throws(JSONError) in try makeString(b, offset: contentStart) }
            }
            if c < 0x20 {
                throw JSONError(.invalidString, "a string holds a raw control character (0x\(String(c, radix: 16))); it must be escaped", offset: position)
            }
            if c != UInt8(ascii: "\\") {
                buffer.append(c)
                position += 1
                continue
            }
            position += 1
            guard position < bytes.count else { break }
            let e = bytes[position]
            position += 1
            switch e {
            case UInt8(ascii: "\""): buffer.append(0x22)
            case UInt8(ascii: "\\"): buffer.append(0x5C)
            case UInt8(ascii: "/"): buffer.append(0x2F)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try readHex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                        throw JSONError(.invalidString, "a \\u escape holds a high surrogate with no low surrogate after it", offset: position)
                    }
                    position += 2
                    let low = try readHex4()
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw JSONError(.invalidString, "a high surrogate is followed by \\u\(String(low, radix: 16)), which is not a low surrogate", offset: position)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONError(.invalidString, "a \\u escape holds a lone low surrogate", offset: position)
                }
                appendUTF8(UInt32(scalar), to: &buffer)
            default:
                throw JSONError(.invalidString, "unknown escape sequence '\\\(Character(Unicode.Scalar(e)))'", offset: position - 2)
            }
        }
        throw JSONError(.syntax, "a string is not closed with '\"'", offset: start)
    }

    mutating func readHex4() throws(JSONError) -> Int {
        guard bytes.count - position >= 4 else {
            throw JSONError(.invalidString, "a \\u escape needs four hex digits", offset: position)
        }
        var v = 0
        for _ in 0..<4 {
            let c = bytes[position]
            let d: Int
            switch c {
            case 0x30...0x39: d = Int(c - 0x30)
            case 0x41...0x46: d = Int(c - 0x41 + 10)
            case 0x61...0x66: d = Int(c - 0x61 + 10)
            default: throw JSONError(.invalidString, "a \\u escape needs four hex digits", offset: position)
            }
            v = v << 4 | d
            position += 1
        }
        return v
    }

    func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            buffer.append(UInt8(scalar))
        case 0x80..<0x800:
            buffer.append(UInt8(0xC0 | (scalar >> 6)))
            buffer.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            buffer.append(UInt8(0xE0 | (scalar >> 12)))
            buffer.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            buffer.append(UInt8(0xF0 | (scalar >> 18)))
            buffer.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            buffer.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// `mayBeASCII: false` says the caller already saw a byte of 0x80 or above.
    func makeString(_ slice: UnsafeBufferPointer<UInt8>, offset: Int, mayBeASCII: Bool = true) throws(JSONError) -> String {
        // ASCII is always valid; only validate when a high byte is present.
        var ascii = mayBeASCII
        if ascii {
            for b in slice where b >= 0x80 {
                ascii = false
                break
            }
        }
        if ascii { return String(decoding: slice, as: UTF8.self) }
        guard let s = String(validating: slice, as: UTF8.self) else {
            throw JSONError(.invalidUTF8, "a string is not valid UTF-8", offset: offset)
        }
        return s
    }
}
