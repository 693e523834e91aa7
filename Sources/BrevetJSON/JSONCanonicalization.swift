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
            var text = n.text
            text.withUTF8 { writeNumber(text: $0, into: &out) }
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
            withMemberOrder(
                count: members.count,
                prefix: { i in
                    var name = members[i].key
                    return name.withUTF8 { sortPrefix($0) }
                },
                less: { utf16Less(members[$0].key, members[$1].key) }
            ) { order in
                for (n, key) in order.enumerated() { writeMember(members[key.index], first: n == 0, into: &out) }
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

    /// Writes a number as §3.2.2.3 prescribes, given its text as written.
    static func writeNumber(text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        // Integers that a double holds exactly are already canonical as written.
        if text.count < 16, !(text.count > 1 && text[0] == UInt8(ascii: "-") && text[1] == UInt8(ascii: "0")),
           !text.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            out.append(contentsOf: text)
        } else {
            let number = JSONNumber(validatedText: String(decoding: text, as: UTF8.self))
            out.append(contentsOf: ECMAScriptNumber.format(number.doubleValue).utf8)
        }
    }

    /// The reference order, by UTF-16 code units (kept for tests).
    static func utf16LessReference(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }
}
