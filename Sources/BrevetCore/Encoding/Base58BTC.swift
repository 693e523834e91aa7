/// Base58 with the Bitcoin alphabet, the encoding behind multibase prefix `z`.
///
/// [draft-msporny-base58-03](https://datatracker.ietf.org/doc/html/draft-msporny-base58-03): the
/// alphabet `123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz` (no `0`, `O`, `I`, `l`),
/// and "each leading zero byte ... is encoded as a leading `1`".
///
/// Proof values and keys are short (32–114 bytes), but they sit on the verification hot path, so
/// the big-number arithmetic works on 32-bit limbs in steps of 58⁵ instead of byte by byte.
public enum Base58BTC {
    static let alphabet: [UInt8] = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

    /// Digit value of each ASCII byte, or -1 when the byte is not in the alphabet.
    static let digits: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = Int8(i) }
        return table
    }()

    /// 58⁵, the largest power of 58 that fits in 32 bits.
    static let chunk: UInt64 = 656_356_768

    // MARK: Encoding

    /// The base58btc text of `bytes`.
    public static func encode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: encodeToASCII(Array(bytes)), as: UTF8.self)
    }

    static func encodeToASCII(_ bytes: [UInt8]) -> [UInt8] {
        let zeros = bytes.prefix { $0 == 0 }.count
        // Big-endian 32-bit limbs of the number after the leading zeros.
        var limbs: [UInt32] = []
        limbs.reserveCapacity((bytes.count - zeros + 3) / 4)
        var acc: UInt32 = 0
        var n = 0
        let significant = bytes.count - zeros
        let head = significant % 4
        for b in bytes[zeros...] {
            acc = acc << 8 | UInt32(b)
            n += 1
            if n == (limbs.isEmpty && head != 0 ? head : 4) {
                limbs.append(acc)
                acc = 0
                n = 0
            }
        }
        // Repeated division by 58⁵ gives base-58⁵ digits, least significant first.
        var groups: [UInt32] = []
        groups.reserveCapacity(limbs.count * 32 / 29 + 1)
        var start = 0
        while start < limbs.count {
            var rem: UInt64 = 0
            for i in start..<limbs.count {
                let t = rem << 32 | UInt64(limbs[i])
                limbs[i] = UInt32(t / chunk)
                rem = t % chunk
            }
            groups.append(UInt32(rem))
            while start < limbs.count, limbs[start] == 0 { start += 1 }
        }
        var out = [UInt8](repeating: alphabet[0], count: zeros)
        out.reserveCapacity(zeros + groups.count * 5)
        for (gi, g) in groups.enumerated().reversed() {
            var five = [UInt8](repeating: 0, count: 5)
            var v = g
            for k in stride(from: 4, through: 0, by: -1) {
                five[k] = UInt8(v % 58)
                v /= 58
            }
            // The most significant group drops its leading zero digits.
            let skip = gi == groups.count - 1 ? (five.firstIndex { $0 != 0 } ?? 5) : 0
            for d in five[skip...] { out.append(alphabet[Int(d)]) }
        }
        return out
    }

    // MARK: Decoding

    /// The bytes that `text` encodes; throws ``CoreError/Code/invalidBase58`` for a character
    /// outside the alphabet.
    public static func decode(_ text: some StringProtocol) throws(CoreError) -> [UInt8] {
        let fast = text.utf8.withContiguousStorageIfAvailable { buf -> Result<[UInt8], CoreError> in
            do throws(CoreError) { return .success(try decode(utf8: buf)) } catch { return .failure(error) }
        }
        if let fast { return try fast.get() }
        return try decode(utf8: Array(text.utf8))
    }

    /// Decodes ASCII base58btc given as bytes.
    public static func decode<Bytes: Collection<UInt8>>(utf8 text: Bytes) throws(CoreError) -> [UInt8] {
        let table = digits
        var zeros = 0
        var seenNonOne = false
        // Little-endian 32-bit limbs of the value.
        var limbs: [UInt32] = []
        limbs.reserveCapacity(text.count * 733 / 4000 / 4 + 2)
        var pending: UInt64 = 0
        var multiplier: UInt64 = 1
        var position = 0
        for c in text {
            let d = table[Int(c)]
            if d < 0 {
                throw CoreError(
                    .invalidBase58,
                    "base58btc text has \(describe(c)) at position \(position), which is not in the Bitcoin base58 alphabet")
            }
            position += 1
            if !seenNonOne {
                if d == 0 { zeros += 1; continue }
                seenNonOne = true
            }
            pending = pending * 58 + UInt64(d)
            multiplier *= 58
            if multiplier == chunk {
                multiplyAdd(&limbs, multiplier, pending)
                pending = 0
                multiplier = 1
            }
        }
        if multiplier > 1 { multiplyAdd(&limbs, multiplier, pending) }
        while let last = limbs.last, last == 0 { limbs.removeLast() }
        var out = [UInt8](repeating: 0, count: zeros)
        out.reserveCapacity(zeros + limbs.count * 4)
        var leading = true
        for limb in limbs.reversed() {
            for shift in stride(from: 24, through: 0, by: -8) {
                let b = UInt8(truncatingIfNeeded: limb >> UInt32(shift))
                if leading, b == 0 { continue }
                leading = false
                out.append(b)
            }
        }
        return out
    }

    @inline(__always)
    static func multiplyAdd(_ limbs: inout [UInt32], _ multiplier: UInt64, _ addend: UInt64) {
        var carry = addend
        for i in limbs.indices {
            let t = UInt64(limbs[i]) * multiplier + carry
            limbs[i] = UInt32(truncatingIfNeeded: t)
            carry = t >> 32
        }
        while carry > 0 {
            limbs.append(UInt32(truncatingIfNeeded: carry))
            carry >>= 32
        }
    }

    static func describe(_ c: UInt8) -> String {
        c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x\(String(c, radix: 16))"
    }
}
