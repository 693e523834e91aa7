/// The JSON Canonicalization Scheme, [RFC 8785](https://www.rfc-editor.org/rfc/rfc8785).
///
/// "The JSON Canonicalization Scheme ... MUST be used": members sorted by the UTF-16 code units of
/// their names (§3.2.3), no white space (§3.2.1), strings in their minimal escaped form (§3.2.2.2),
/// and numbers in ECMAScript's shortest round-trip form (§3.2.2.3).
public enum JSONCanonicalization {
    /// The canonical UTF-8 bytes of `value`.
    public static func canonicalBytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        write(value, into: &out)
        return out
    }

    /// The canonical form as a string.
    public static func canonicalString(_ value: JSONValue) -> String {
        String(decoding: canonicalBytes(value), as: UTF8.self)
    }

    static func write(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n):
            // Integers that a double holds exactly are already canonical as written.
            if n.isIntegerLiteral, n.text.utf8.count < 16, !n.text.hasPrefix("-0") {
                out.append(contentsOf: n.text.utf8)
            } else {
                out.append(contentsOf: ECMAScriptNumber.format(n.doubleValue).utf8)
            }
        case .string(let s): JSONWriter.writeString(s, into: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (i, e) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(e, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            let members = o.members
            // Names are unique, so the order is total. Objects written by a canonicalizing issuer
            // are already in order: one pass checks that; otherwise sort positions, not members.
            var inOrder = true
            for i in members.indices.dropFirst() where !utf16Less(members[i - 1].key, members[i].key) {
                inOrder = false
                break
            }
            if inOrder {
                for i in members.indices { writeMember(members[i], first: i == 0, into: &out) }
            } else {
                for (n, i) in sortedPositions(members).enumerated() { writeMember(members[i], first: n == 0, into: &out) }
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func writeMember(_ m: JSONObject.Member, first: Bool, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        JSONWriter.writeString(m.key, into: &out)
        out.append(UInt8(ascii: ":"))
        write(m.value, into: &out)
    }

    /// The positions of `members` in the order of their names (§3.2.3).
    ///
    /// Each name is keyed by its first eight UTF-8 bytes as a big-endian integer (zero-padded), so
    /// most comparisons are one integer comparison; equal keys (a shared 8-byte prefix, or a name
    /// shorter than 8 bytes that is a prefix of another up to zero bytes) fall back to
    /// ``utf16Less(_:_:)``. Integer order is UTF-8 byte order, which is UTF-16 order unless one
    /// name has a byte of EE–F4 (see ``utf16Less(_:_:)``); objects with such a name in the first
    /// eight bytes are sorted with ``utf16Less(_:_:)`` alone.
    static func sortedPositions(_ members: [JSONObject.Member]) -> [Int] {
        var keyed: [(prefix: UInt64, index: Int)] = []
        keyed.reserveCapacity(members.count)
        var plain = true
        for (i, m) in members.enumerated() {
            var key = m.key
            let prefix = key.withUTF8 { bytes in
                // The first eight bytes, big-endian, zero-padded (read from the contiguous UTF-8).
                var prefix: UInt64 = 0
                for j in 0..<8 {
                    let b = j < bytes.count ? bytes[j] : 0
                    if b >= 0xEE { plain = false }
                    prefix = prefix << 8 | UInt64(b)
                }
                return prefix
            }
            keyed.append((prefix, i))
        }
        guard plain else { return members.indices.sorted { utf16Less(members[$0].key, members[$1].key) } }
        // Insertion sort: objects are small, and this moves two words per step.
        for j in 1..<keyed.count {
            let item = keyed[j]
            var k = j
            while k > 0 {
                let other = keyed[k - 1]
                let less = item.prefix != other.prefix ? item.prefix < other.prefix : utf16Less(members[item.index].key, members[other.index].key)
                guard less else { break }
                keyed[k] = other
                k -= 1
            }
            keyed[k] = item
        }
        return keyed.map(\.index)
    }

    /// Orders strings by their UTF-16 code units, as §3.2.3 prescribes.
    ///
    /// Works on the UTF-8 bytes: UTF-8 byte order is code point order, which equals UTF-16 order
    /// except between a supplementary character (UTF-16 surrogates D800–DFFF; UTF-8 lead byte F0–F4)
    /// and a character in E000–FFFF (lead byte EE or EF). Because UTF-8 is self-synchronising, the
    /// first differing byte of two strings with a common prefix is either inside one character (same
    /// class on both sides) or at a lead byte, so only that one case needs correcting.
    static func utf16Less(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
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
    }

    /// The reference order, by UTF-16 code units (kept for tests).
    static func utf16LessReference(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }
}
