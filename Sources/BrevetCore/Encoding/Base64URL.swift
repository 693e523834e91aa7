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
        try text.withUnsafeBufferPointer { buffer throws(CoreError) in try decode(buffer: buffer) }
    }

    /// Decodes base64url given as a slice of ASCII bytes (a part of a compact JWS), without copying it.
    static func decode(utf8 text: ArraySlice<UInt8>) throws(CoreError) -> [UInt8] {
        try text.withUnsafeBufferPointer { buffer throws(CoreError) in try decode(buffer: buffer) }
    }

    /// The decoder: four characters (24 bits, three bytes) at a time, then the 2 or 3 characters of
    /// a final partial group, whose unused low bits must be zero.
    static func decode(buffer text: UnsafeBufferPointer<UInt8>) throws(CoreError) -> [UInt8] {
        if text.count % 4 == 1 {
            throw CoreError(.invalidBase64URL, "base64url text of length \(text.count) cannot be complete (a length of 4n+1 is never produced)")
        }
        let table = values
        let full = text.count / 4
        let tail = text.count % 4
        let outCount = full * 3 + (tail == 0 ? 0 : tail - 1)
        return try table.withUnsafeBufferPointer { values throws(CoreError) in
            @inline(__always) func value(_ i: Int) throws(CoreError) -> UInt32 {
                let v = values[Int(text[i])]
                if v < 0 { throw invalidCharacter(text[i], at: i) }
                return UInt32(v)
            }
            var out = [UInt8](repeating: 0, count: outCount)
            try out.withUnsafeMutableBufferPointer { out throws(CoreError) in
                var o = 0
                for g in 0..<full {
                    let i = g * 4
                    let n = try value(i) << 18 | value(i + 1) << 12 | value(i + 2) << 6 | value(i + 3)
                    out[o] = UInt8(truncatingIfNeeded: n >> 16)
                    out[o + 1] = UInt8(truncatingIfNeeded: n >> 8)
                    out[o + 2] = UInt8(truncatingIfNeeded: n)
                    o += 3
                }
                let i = full * 4
                if tail >= 2 {
                    let a = try value(i), b = try value(i + 1)
                    out[o] = UInt8(truncatingIfNeeded: a << 2 | b >> 4)
                    if tail == 3 {
                        let c = try value(i + 2)
                        out[o + 1] = UInt8(truncatingIfNeeded: b << 4 | c >> 2)
                        if c & 0x03 != 0 { throw nonZeroPadding() }
                    } else if b & 0x0F != 0 {
                        throw nonZeroPadding()
                    }
                }
            }
            return out
        }
    }

    static func invalidCharacter(_ c: UInt8, at i: Int) -> CoreError {
        let shown = c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x\(String(c, radix: 16))"
        let hint = c == UInt8(ascii: "=") ? " (padding is not allowed)" : (c == UInt8(ascii: "+") || c == UInt8(ascii: "/") ? " (that is standard base64, not base64url)" : "")
        return CoreError(.invalidBase64URL, "base64url text has \(shown) at position \(i)\(hint)")
    }

    static func nonZeroPadding() -> CoreError {
        CoreError(.invalidBase64URL, "base64url text ends with non-zero padding bits, so it is not the canonical encoding of any bytes")
    }
}
