/// Lower-case hexadecimal ([RFC 4648 §8](https://www.rfc-editor.org/rfc/rfc4648#section-8)), as
/// test vectors print hashes, signatures and raw keys. Decoding accepts either case.
public enum Base16 {
    static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    public static func encode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of `text`; surrounding white space (a trailing newline in a vector file) is ignored.
    public static func decode(_ text: some StringProtocol) throws(CoreError) -> [UInt8] {
        let trimmed = text.utf8.drop { isSpace($0) }.reversed().drop { isSpace($0) }.reversed()
        let chars = Array(trimmed)
        guard chars.count % 2 == 0 else {
            throw CoreError(.invalidHex, "hexadecimal text has an odd number of digits (\(chars.count))")
        }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 2)
        var i = 0
        while i < chars.count {
            guard let hi = value(chars[i]), let lo = value(chars[i + 1]) else {
                throw CoreError(.invalidHex, "hexadecimal text has a non-hex character near position \(i)")
            }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    static func value(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
