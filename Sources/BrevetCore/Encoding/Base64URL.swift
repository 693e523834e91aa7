/// The URL- and filename-safe base64 alphabet without padding, as JOSE, JWK and multibase prefix `u`
/// use it.
///
/// [RFC 4648 §5](https://www.rfc-editor.org/rfc/rfc4648#section-5), with padding omitted as
/// [RFC 7515 §2](https://www.rfc-editor.org/rfc/rfc7515#section-2) requires ("with all trailing '='
/// characters omitted"). Decoding is strict: `=`, `+`, `/`, white space, a length of 4n+1, and
/// non-zero bits left over in the last character are all rejected, so every byte string has exactly
/// one accepted text (RFC 4648 §3.5, "decoders MAY chose to reject an encoding if the pad bits have
/// not been set to zero").
public enum Base64URL {
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = Int8(i) }
        return table
    }()

    /// The unpadded base64url text of `bytes`.
    public static func encode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: encodeToASCII(bytes), as: UTF8.self)
    }

    static func encodeToASCII<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var it = bytes.makeIterator()
        while let b0 = it.next() {
            let b1 = it.next()
            let b2 = b1 == nil ? nil : it.next()
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | (b1 ?? 0) >> 4)])
            if let b1 {
                out.append(alphabet[Int((b1 & 0x0F) << 2 | (b2 ?? 0) >> 6)])
                if let b2 { out.append(alphabet[Int(b2 & 0x3F)]) }
            }
        }
        return out
    }

    /// The bytes that `text` encodes; throws ``CoreError/Code/invalidBase64URL`` otherwise.
    public static func decode(_ text: some StringProtocol) throws(CoreError) -> [UInt8] {
        try decode(utf8: Array(text.utf8))
    }

    /// Decodes base64url given as ASCII bytes.
    public static func decode(utf8 text: [UInt8]) throws(CoreError) -> [UInt8] {
        if text.count % 4 == 1 {
            throw CoreError(.invalidBase64URL, "base64url text of length \(text.count) cannot be complete (a length of 4n+1 is never produced)")
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.count * 3 / 4)
        var acc: UInt32 = 0
        var bits = 0
        for (i, c) in text.enumerated() {
            let v = values[Int(c)]
            if v < 0 {
                let shown = c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x\(String(c, radix: 16))"
                let hint = c == UInt8(ascii: "=") ? " (padding is not allowed)" : (c == UInt8(ascii: "+") || c == UInt8(ascii: "/") ? " (that is standard base64, not base64url)" : "")
                throw CoreError(.invalidBase64URL, "base64url text has \(shown) at position \(i)\(hint)")
            }
            acc = acc << 6 | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: acc >> UInt32(bits)))
                acc &= (1 << UInt32(bits)) - 1
            }
        }
        if acc != 0 {
            throw CoreError(.invalidBase64URL, "base64url text ends with non-zero padding bits, so it is not the canonical encoding of any bytes")
        }
        return out
    }
}
