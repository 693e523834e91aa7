/// Code point order, which the algorithm sorts by everywhere, is plain byte order on UTF-8
/// (UTF-8 preserves the order of code points). These compare eight bytes at a time.
enum CodePointOrder {
    /// Negative, zero or positive as `a` sorts before, equal to, or after `b`.
    @inline(__always)
    static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let common = min(a.count, b.count)
        var offset = 0
        while offset + 8 <= common {
            let x = a.loadUnaligned(fromByteOffset: offset, as: UInt64.self).bigEndian
            let y = b.loadUnaligned(fromByteOffset: offset, as: UInt64.self).bigEndian
            if x != y { return x < y ? -1 : 1 }
            offset += 8
        }
        while offset < common {
            let x = a[offset], y = b[offset]
            if x != y { return x < y ? -1 : 1 }
            offset += 1
        }
        return a.count - b.count
    }

    /// Compares two ranges of one buffer.
    @inline(__always)
    static func compare(_ base: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Int {
        let raw = UnsafeRawBufferPointer(base)
        return compare(UnsafeRawBufferPointer(rebasing: raw[a]), UnsafeRawBufferPointer(rebasing: raw[b]))
    }

    /// True when `a` sorts before `b`.
    @inline(__always)
    static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBytes { a in b.withUnsafeBytes { b in compare(a, b) < 0 } }
    }
}
