/// The character classes of the [N-Quads grammar](https://www.w3.org/TR/n-quads/#sec-grammar).
extension NQuadsReader {
    /// Bytes IRIREF allows as they are: no control character or space (`#x00-#x20`), none of
    /// `<` `>` `"` `{` `}` `|` `^` `\` and no backtick; bytes of multi-byte UTF-8 sequences are all
    /// allowed. Bit masks over the 128 ASCII bytes.
    @inline(__always)
    static func isPlainIRIByte(_ byte: UInt8) -> Bool {
        // 0x00-0x20, '"' 0x22, '<' 0x3C, '>' 0x3E
        let low: UInt64 = 0x0000_0001_FFFF_FFFF | 1 << 0x22 | 1 << 0x3C | 1 << 0x3E
        // '\\' 0x5C, '^' 0x5E, '`' 0x60, '{' 0x7B, '|' 0x7C, '}' 0x7D
        let high: UInt64 = 1 << (0x5C - 64) | 1 << (0x5E - 64) | 1 << (0x60 - 64) | 1 << (0x7B - 64) | 1 << (0x7C - 64)
            | 1 << (0x7D - 64)
        if byte >= 0x80 { return true }
        let mask = byte < 64 ? low : high
        return mask >> UInt64(byte & 63) & 1 == 0
    }

    /// Bytes STRING_LITERAL_QUOTE allows as they are and that do not start an escape: not `"`, `\`,
    /// line feed or carriage return.
    @inline(__always)
    static func isPlainLiteralByte(_ byte: UInt8) -> Bool {
        byte != .quote && byte != .backslash && byte != .lineFeed && byte != .carriageReturn
    }

    /// `scheme ":"` from [RFC 3987](https://www.rfc-editor.org/rfc/rfc3987): `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
    static func hasScheme(_ iri: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = iri.first, first.isASCIILetter else { return false }
        for byte in iri.dropFirst() {
            if byte == .colon { return true }
            guard byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "+") || byte == .hyphen || byte == .period
            else { return false }
        }
        return false
    }

    /// `PN_CHARS_BASE`, plus `_` and `:` (`PN_CHARS_U`).
    static func isPNCharsU(_ c: UInt32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0x3A,
             0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
             0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
             0x10000...0xEFFFF: return true
        default: return false
        }
    }

    /// `PN_CHARS ::= PN_CHARS_U | '-' | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040]`
    static func isPNChars(_ c: UInt32) -> Bool {
        switch c {
        case 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isPNCharsU(c)
        }
    }
}

/// The ASCII bytes the N-Quads reader and writers name.
extension UInt8 {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let quote = UInt8(ascii: "\"")
    static let numberSign = UInt8(ascii: "#")
    static let hyphen = UInt8(ascii: "-")
    static let period = UInt8(ascii: ".")
    static let colon = UInt8(ascii: ":")
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let at = UInt8(ascii: "@")
    static let backslash = UInt8(ascii: "\\")
    static let caret = UInt8(ascii: "^")
    static let underscore = UInt8(ascii: "_")
    static let lowerU = UInt8(ascii: "u")
    static let upperU = UInt8(ascii: "U")

    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    var hexValue: UInt8? {
        switch self {
        case 0x30...0x39: return self - 0x30
        case 0x41...0x46: return self - 0x41 + 10
        case 0x61...0x66: return self - 0x61 + 10
        default: return nil
        }
    }
}
