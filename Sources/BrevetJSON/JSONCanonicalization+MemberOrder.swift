extension JSONCanonicalization {
    /// A member's place while sorting: the first eight UTF-8 bytes of its name as a big-endian
    /// integer (zero-padded), and its position among the members.
    struct SortKey {
        var prefix: UInt64
        var index: Int
    }

    /// The sort prefix of a name, and whether its first eight bytes are free of EE–FF (so that
    /// byte order is UTF-16 order as far as the prefix goes; see ``utf16Less(_:_:)``).
    @inline(__always)
    static func sortPrefix(_ name: UnsafeBufferPointer<UInt8>) -> (value: UInt64, plain: Bool) {
        var prefix: UInt64 = 0
        var plain = true
        for j in 0..<8 {
            let b = j < name.count ? name[j] : 0
            if b >= 0xEE { plain = false }
            prefix = prefix << 8 | UInt64(b)
        }
        return (prefix, plain)
    }

    /// Calls `body` with the positions `0..<count` in the order §3.2.3 prescribes for their names,
    /// in memory on the stack for objects of ordinary size.
    ///
    /// `prefix(i)` is ``sortPrefix(_:)`` of name `i`; `less(i, j)` orders two whole names by UTF-16
    /// code units. Most comparisons are then one integer comparison; equal prefixes (a shared
    /// 8-byte start, or a short name that is a prefix of another up to zero bytes) fall back to
    /// `less`, and objects with a name that is not plain in its first eight bytes are sorted with
    /// `less` alone. An insertion sort: objects are small, and one written by a canonicalizing
    /// issuer, already in order, costs one comparison per member.
    static func withMemberOrder<Result>(
        count: Int, prefix: (Int) -> (value: UInt64, plain: Bool), less: (Int, Int) -> Bool,
        _ body: (UnsafeBufferPointer<SortKey>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: SortKey.self, capacity: count) { keys in
            var plain = true
            for i in 0..<count {
                let p = prefix(i)
                if !p.plain { plain = false }
                (keys.baseAddress! + i).initialize(to: SortKey(prefix: p.value, index: i))
            }
            if plain {
                for j in keys.indices.dropFirst() {
                    let item = keys[j]
                    var k = j
                    while k > 0 {
                        let other = keys[k - 1]
                        let before = item.prefix != other.prefix ? item.prefix < other.prefix : less(item.index, other.index)
                        guard before else { break }
                        keys[k] = other
                        k -= 1
                    }
                    keys[k] = item
                }
            } else {
                var all = keys
                all.sort { less($0.index, $1.index) }
            }
            return body(UnsafeBufferPointer(keys))
        }
    }

    /// Orders strings by their UTF-16 code units, as §3.2.3 prescribes.
    static func utf16Less(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in utf16Less(x, y) } }
    }

    /// Orders UTF-8 texts by their UTF-16 code units, as §3.2.3 prescribes.
    ///
    /// UTF-8 byte order is code point order, which equals UTF-16 order except between a
    /// supplementary character (UTF-16 surrogates D800–DFFF; UTF-8 lead byte F0–F4) and a character
    /// in E000–FFFF (lead byte EE or EF). Because UTF-8 is self-synchronising, the first differing
    /// byte of two strings with a common prefix is either inside one character (same class on both
    /// sides) or at a lead byte, so only that one case needs correcting.
    static func utf16Less(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(x.count, y.count)
        var i = 0
        while i < n && x[i] == y[i] { i += 1 }
        guard i < n else { return x.count < y.count }
        let p = x[i], q = y[i]
        if p >= 0xF0 && (q == 0xEE || q == 0xEF) { return true }
        if q >= 0xF0 && (p == 0xEE || p == 0xEF) { return false }
        return p < q
    }
}
