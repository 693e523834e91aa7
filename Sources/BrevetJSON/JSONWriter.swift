/// Writes a ``JSONValue`` as JSON text, members in their stored order and numbers as written.
///
/// Compact output is the wire form; ``Style/pretty`` indents by two spaces for people.
public struct JSONWriter: Sendable {
    public enum Style: Sendable { case compact, pretty }

    public var style: Style
    /// Escape `/` as `\/` and `<`, `>`, `&` as `\u003c`... so the output can sit inside HTML `<script>`.
    public var escapeForHTML: Bool

    public init(style: Style = .compact, escapeForHTML: Bool = false) {
        self.style = style
        self.escapeForHTML = escapeForHTML
    }

    public func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(value, into: &out, indent: 0)
        if style == .pretty { out.append(0x0A) }
        return out
    }

    public func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    func write(_ value: JSONValue, into out: inout [UInt8], indent: Int) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.text.utf8)
        case .string(let s): JSONWriter.writeString(s, into: &out, escapeForHTML: escapeForHTML)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            if a.isEmpty { out.append(UInt8(ascii: "]")); return }
            for (i, element) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent + 1)
                write(element, into: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            if o.isEmpty { out.append(UInt8(ascii: "}")); return }
            var first = true
            for m in o {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                newline(&out, indent + 1)
                JSONWriter.writeString(m.key, into: &out, escapeForHTML: escapeForHTML)
                out.append(UInt8(ascii: ":"))
                if style == .pretty { out.append(0x20) }
                write(m.value, into: &out, indent: indent + 1)
            }
            newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always) func newline(_ out: inout [UInt8], _ indent: Int) {
        guard style == .pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes a JSON string literal: `"` and `\` escaped, control characters as the short escapes
    /// `\b \t \n \f \r` or `\u00xx`, everything else as UTF-8. This is also the string form that
    /// [RFC 8785 §3.2.2.2](https://www.rfc-editor.org/rfc/rfc8785#section-3.2.2.2) requires.
    public static func writeString(_ s: String, into out: inout [UInt8], escapeForHTML: Bool = false) {
        var s = s
        s.withUTF8 { writeString(utf8: $0, into: &out, escapeForHTML: escapeForHTML) }
    }

    /// ``writeString(_:into:escapeForHTML:)`` for a string given as its UTF-8 bytes.
    static func writeString(utf8 buffer: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], escapeForHTML: Bool = false) {
        out.append(0x22)
        var runStart = 0
        var i = 0
        // Plain text (the usual case) is skipped eight bytes at a time; a word holding a byte
        // that may need escaping is read byte by byte.
        var wordEnd = 0
        while i < buffer.count {
            if !escapeForHTML, i >= wordEnd {
                if i + 8 <= buffer.count, !JSONStringScan.needsAttention(JSONStringScan.word(buffer, i)) {
                    i += 8
                    continue
                }
                wordEnd = i + 8
            }
            let c = buffer[i]
            i += 1
            let needsEscape = c < 0x20 || c == 0x22 || c == 0x5C
                || (escapeForHTML && (c == 0x3C || c == 0x3E || c == 0x26 || c == 0x2F))
            guard needsEscape else { continue }
            if runStart < i - 1 { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<(i - 1)])) }
            runStart = i
            switch c {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            default:
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            }
        }
        if runStart < buffer.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...])) }
        out.append(0x22)
    }
}

extension JSONValue: CustomStringConvertible {
    /// Compact JSON text.
    public var description: String { JSONWriter().string(self) }
}
