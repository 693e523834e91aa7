/// Decoding of JSON string bodies that hold escape sequences
/// ([RFC 8259 §7](https://www.rfc-editor.org/rfc/rfc8259#section-7)).
///
/// The indexer uses ``decode(_:from:into:)`` once, to check a string and find its end; values and
/// canonical forms decode the same body again with ``decodeKnownValid(_:_:)``.
enum JSONStringEscapes {
    /// Decodes the string body that starts at `start` (just after the opening quote) into `out`,
    /// checking every escape; returns the offset of the closing quote. The decoded bytes are not
    /// checked as UTF-8 here.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: inout [UInt8]) throws(JSONError) -> Int {
        var position = start
        while position < bytes.count {
            let c = bytes[position]
            if c == UInt8(ascii: "\"") { return position }
            if c < 0x20 {
                throw JSONError(.invalidString, "a string holds a raw control character (0x\(String(c, radix: 16))); it must be escaped", offset: position)
            }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                position += 1
                continue
            }
            position += 1
            guard position < bytes.count else { break }
            let e = bytes[position]
            position += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try readHex4(bytes, &position)
                if (0xD800...0xDBFF).contains(scalar) {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                        throw JSONError(.invalidString, "a \\u escape holds a high surrogate with no low surrogate after it", offset: position)
                    }
                    position += 2
                    let low = try readHex4(bytes, &position)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw JSONError(.invalidString, "a high surrogate is followed by \\u\(String(low, radix: 16)), which is not a low surrogate", offset: position)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONError(.invalidString, "a \\u escape holds a lone low surrogate", offset: position)
                }
                appendUTF8(UInt32(scalar), to: &out)
            default:
                throw JSONError(.invalidString, "unknown escape sequence '\\\(Character(Unicode.Scalar(e)))'", offset: position - 2)
            }
        }
        throw JSONError(.syntax, "a string is not closed with '\"'", offset: start - 1)
    }

    /// The decoded body of a string entry the indexer has already checked.
    static func decodeKnownValid(_ text: UnsafeBufferPointer<UInt8>, _ entry: JSONTextEntry) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entry.length)
        _ = try? decode(text, from: Int(entry.start), into: &out)
        return out
    }

    static func readHex4(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) throws(JSONError) -> Int {
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

    static func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
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

    /// Whether `bytes` are well-formed UTF-8: the byte sequences of
    /// [Unicode §3.9 Table 3-7](https://www.unicode.org/versions/latest/ch03.pdf) (no overlong
    /// forms, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard n - i >= length else { return false }
            let second = bytes[i + 1]
            guard second >= lower && second <= upper else { return false }
            var j = 2
            while j < length {
                guard bytes[i + j] & 0xC0 == 0x80 else { return false }
                j += 1
            }
            i += length
        }
        return true
    }
}
