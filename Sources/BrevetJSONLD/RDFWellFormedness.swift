/// The well-formedness checks of RDF deserialization.
///
/// [JSON-LD 1.1 API §8.1](https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm):
/// "Implementations MUST generate only well-formed triples and graph names: An IRI is well-formed if
/// it matches the ABNF for IRI as described in [RFC3987]. ... A literal is well-formed if ... any
/// language tag is well-formed according to section 2.2.9 of [BCP47]."
///
/// Both checks follow their grammars exactly, over UTF-8 bytes, without regular expressions.
enum RDFWellFormedness {
    // MARK: IRIs (RFC 3987 §2.2)

    /// True when `value` matches `IRI = scheme ":" ihier-part [ "?" iquery ] [ "#" ifragment ]`.
    static func isIRI(_ value: String) -> Bool {
        if let result = value.utf8.withContiguousStorageIfAvailable({ isIRI(bytes: $0) }) { return result }
        return Array(value.utf8).withUnsafeBufferPointer { isIRI(bytes: $0) }
    }

    /// The grammar over UTF-8: every delimiter is ASCII, so only ``isUCSChar(_:)`` and
    /// ``isPrivate(_:)`` look at whole code points.
    private static func isIRI(bytes s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
        guard i < s.count, isAlpha(s[i]) else { return false }
        i += 1
        while i < s.count, isAlpha(s[i]) || isDigit(s[i]) || s[i] == plus || s[i] == minus || s[i] == dot { i += 1 }
        guard i < s.count, s[i] == colon else { return false }
        i += 1
        // ihier-part: "//" iauthority ipath-abempty, or a path (which then cannot start with "//").
        if i + 1 < s.count, s[i] == slash, s[i + 1] == slash {
            i += 2
            var end = i
            while end < s.count, s[end] != slash, s[end] != question, s[end] != hash { end += 1 }
            guard isAuthority(s, i, end) else { return false }
            i = end
        }
        // ipath = *( ipchar / "/" ), iquery = *( ipchar / iprivate / "/" / "?" ),
        // ifragment = *( ipchar / "/" / "?" ): ASCII by a bit mask, the rest by code point.
        let pathMask = Self.pathMask
        var inPath = true, inFragment = false
        while i < s.count {
            let c = s[i]
            if c < 0x80 {
                if pathMask.contains(c) { i += 1; continue }
                switch c {
                case question where !inFragment:
                    inPath = false
                    i += 1
                case question:
                    i += 1
                case hash where !inFragment:
                    inPath = false
                    inFragment = true
                    i += 1
                case UInt8(ascii: "%"):
                    guard i + 2 < s.count, isHexDigit(s[i + 1]), isHexDigit(s[i + 2]) else { return false }
                    i += 3
                default:
                    return false
                }
            } else {
                guard let (scalar, n) = scalar(s, i) else { return false }
                guard isUCSChar(scalar) || (!inPath && !inFragment && isPrivate(scalar)) else { return false }
                i += n
            }
        }
        return true
    }

    /// The ASCII characters of `ipchar` other than `%`, and `/`: the same in path, query and fragment.
    private struct ASCIIMask {
        var low: UInt64 = 0, high: UInt64 = 0
        init(_ characters: String) {
            for c in characters.utf8 { if c < 64 { low |= 1 << c } else { high |= 1 << (c - 64) } }
        }
        @inline(__always) func contains(_ c: UInt8) -> Bool {
            c < 64 ? low & (1 << c) != 0 : high & (1 << (c &- 64)) != 0
        }
    }

    private static let pathMask = ASCIIMask(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/")

    /// The ASCII characters of `ireg-name` other than `%`: unreserved and sub-delims.
    private static let regNameMask = ASCIIMask(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=")

    /// `iauthority = [ iuserinfo "@" ] ihost [ ":" port ]`, the bytes `start..<end`.
    private static func isAuthority(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let regName = Self.regNameMask
        // iuserinfo = *( iunreserved / pct-encoded / sub-delims / ":" ), up to the first "@".
        var hostStart = start
        var j = start
        while j < end {
            if s[j] == UInt8(ascii: "@") { hostStart = j + 1; break }
            j += 1
        }
        var i = start
        while i < hostStart - 1 {
            if regName.contains(s[i]) || s[i] == colon { i += 1; continue }
            guard percentEncodedOrUCSChar(s, &i) else { return false }
        }
        i = hostStart
        if i < end, s[i] == UInt8(ascii: "[") {
            // IP-literal = "[" ( IPv6address / IPvFuture ) "]"
            guard let close = s[i..<end].firstIndex(of: UInt8(ascii: "]")) else { return false }
            let literal = String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)..<close]), as: UTF8.self)
            guard isIPv6(literal) || isIPvFuture(literal) else { return false }
            i = close + 1
        } else {
            // ireg-name = *( iunreserved / pct-encoded / sub-delims ); IPv4address is one of these.
            while i < end, s[i] != colon {
                if regName.contains(s[i]) { i += 1; continue }
                guard percentEncodedOrUCSChar(s, &i) else { return false }
            }
        }
        // [ ":" port ], port = *DIGIT
        if i < end {
            guard s[i] == colon else { return false }
            i += 1
            while i < end {
                guard isDigit(s[i]) else { return false }
                i += 1
            }
        }
        return true
    }

    /// `pct-encoded`, or a `ucschar` (a non-ASCII `iunreserved`); advances past it.
    private static func percentEncodedOrUCSChar(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        if s[i] < 0x80 {
            guard s[i] == UInt8(ascii: "%"), i + 2 < s.count, isHexDigit(s[i + 1]), isHexDigit(s[i + 2]) else {
                return false
            }
            i += 3
            return true
        }
        guard let (scalar, n) = scalar(s, i), isUCSChar(scalar) else { return false }
        i += n
        return true
    }

    /// `IPv6address` of RFC 3986 §3.2.2: eight groups of 1–4 hex digits, the last two possibly a
    /// dotted IPv4 address, with at most one `::` standing for one or more zero groups.
    private static func isIPv6(_ text: String) -> Bool {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return false }
        var groups = 0
        for (h, half) in halves.enumerated() where !half.isEmpty {
            let parts = half.split(separator: ":", omittingEmptySubsequences: false)
            for (p, part) in parts.enumerated() {
                if h == halves.count - 1, p == parts.count - 1, part.contains(".") {
                    guard isIPv4(part) else { return false }
                    groups += 2
                } else {
                    guard (1...4).contains(part.count), part.utf8.allSatisfy(isHexDigit) else { return false }
                    groups += 1
                }
            }
        }
        return halves.count == 2 ? groups <= 7 : groups == 8
    }

    /// `IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet`.
    private static func isIPv4(_ s: Substring) -> Bool {
        let octets = s.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        return octets.allSatisfy { o in
            guard (1...3).contains(o.count), o.utf8.allSatisfy(isDigit), let v = Int(o), v <= 255 else {
                return false
            }
            return o.count == 1 || o.first != "0"
        }
    }

    /// `IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )`.
    private static func isIPvFuture(_ text: String) -> Bool {
        let a = Array(text.utf8)
        guard let v = a.first, v | 0x20 == UInt8(ascii: "v"), let point = a.firstIndex(of: UInt8(ascii: ".")) else {
            return false
        }
        let version = a[1..<point]
        let rest = a[(point + 1)...]
        return !version.isEmpty && version.allSatisfy(isHexDigit) && !rest.isEmpty
            && rest.allSatisfy { c in
                isAlpha(c) || isDigit(c) || c == minus || c == dot || c == UInt8(ascii: "_") || c == UInt8(ascii: "~")
                    || isSubDelim(c) || c == colon
            }
    }

    /// The code point that starts at `i` (a non-ASCII lead byte of valid UTF-8) and its length.
    private static func scalar(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
        let c = UInt32(s[i])
        let n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        guard i + n <= s.count else { return nil }
        var v = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        for k in 1..<n { v = v << 6 | UInt32(s[i + k] & 0x3F) }
        return (v, n)
    }

    /// `ucschar`: the non-ASCII characters RFC 3987 allows anywhere in an IRI.
    private static func isUCSChar(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        case 0x10000...0xEFFFD: return v & 0xFFFF <= 0xFFFD  // each plane but its last two code points
        default: return false
        }
    }

    /// `iprivate = %xE000-F8FF / %xF0000-FFFFD / %x100000-10FFFD`, allowed in the query only.
    private static func isPrivate(_ v: UInt32) -> Bool {
        switch v {
        case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: return true
        default: return false
        }
    }

    /// `sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="`.
    @inline(__always) private static func isSubDelim(_ c: UInt8) -> Bool {
        switch c {
        case 0x21, 0x24, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D: return true
        default: return false
        }
    }

    private static let plus = UInt8(ascii: "+"), minus = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
    private static let colon = UInt8(ascii: ":"), slash = UInt8(ascii: "/")
    private static let question = UInt8(ascii: "?"), hash = UInt8(ascii: "#")

    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool {
        isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)
    }
}
