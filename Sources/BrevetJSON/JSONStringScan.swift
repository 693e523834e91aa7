/// Word-at-a-time scanning of string bodies for the parser and the writer.
///
/// A JSON string body needs attention only at `"`, `\` and control characters (below 0x20). These
/// tests look at eight bytes in one 64-bit word with the classic SWAR formulas: `(w - 0x01…01) & ~w
/// & 0x80…80` is non-zero exactly when some byte of `w` is zero, and `(w - n·0x01…01) & ~w & 0x80…80`
/// exactly when some byte is below `n` (for `n` ≤ 0x80). Bytes of 0x80 and above never match, so
/// UTF-8 sequences pass through.
enum JSONStringScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `w` is `"`, `\` or below 0x20.
    @inline(__always)
    static func needsAttention(_ w: UInt64) -> Bool {
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        let found = ((w &- ones &* 0x20) & ~w) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return found & highs != 0
    }

    /// Whether some byte of `w` is 0x80 or above (not ASCII).
    @inline(__always)
    static func hasHighByte(_ w: UInt64) -> Bool { w & highs != 0 }

    /// Reads eight bytes at `offset` (no alignment needed).
    @inline(__always)
    static func word(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UnsafeRawPointer(buffer.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }
}
