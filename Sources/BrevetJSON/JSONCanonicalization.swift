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
            let sorted = o.members.sorted { utf16Less($0.key, $1.key) }
            for (i, m) in sorted.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(m.key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(m.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Orders strings by their UTF-16 code units, as §3.2.3 prescribes.
    @inline(__always) static func utf16Less(_ a: String, _ b: String) -> Bool {
        // Fast path for ASCII: byte order equals UTF-16 order.
        var ia = a.utf16.makeIterator()
        var ib = b.utf16.makeIterator()
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?):
                if x != y { return x < y }
            }
        }
    }
}
