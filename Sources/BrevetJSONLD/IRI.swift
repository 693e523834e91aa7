/// IRI helpers: classification and reference resolution.
///
/// Resolution follows [RFC 3986 §5.2](https://www.rfc-editor.org/rfc/rfc3986#section-5.2) exactly,
/// as JSON-LD requires: "only the basic algorithm in section 5.2 of [RFC3986] is used; neither
/// Syntax-Based Normalization nor Scheme-Based Normalization are performed"
/// ([JSON-LD 1.1 API §5.2.2](https://www.w3.org/TR/json-ld11-api/#iri-expansion)).
/// Written by hand over UTF-8 bytes: no Foundation, no regular expressions.
public enum IRI {
    /// The five components of a URI reference ([RFC 3986 §5.2.1](https://www.rfc-editor.org/rfc/rfc3986#section-5.2.1)).
    struct Components {
        var scheme: Substring?
        var authority: Substring?
        var path: Substring
        var query: Substring?
        var fragment: Substring?
    }

    /// True when `value` starts with a scheme and a colon
    /// ([RFC 3986 §3.1](https://www.rfc-editor.org/rfc/rfc3986#section-3.1): `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
    /// Blank node identifiers (`_:b0`) are not absolute IRIs (see ``isBlankNode(_:)``).
    public static func isAbsolute(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            guard let first = bytes.first, isAlpha(first) else { return false }
            for c in bytes.dropFirst() {
                if c == UInt8(ascii: ":") { return true }
                guard isAlpha(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
                    || c == UInt8(ascii: ".")
                else { return false }
            }
            return false
        }
    }

    /// True when `value` is a blank node identifier (starts with `_:`).
    public static func isBlankNode(_ value: String) -> Bool {
        value.utf8.starts(with: "_:".utf8)
    }

    /// False when `value` holds a character that no IRI may hold: space, control characters, or
    /// one of `<>"{}|\^`` ([RFC 3987 §2.2](https://www.rfc-editor.org/rfc/rfc3987#section-2.2)).
    public static func hasOnlyIRICharacters(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            for c in bytes where c < 0x80 {
                let forbidden = c < 64 ? (forbiddenLow >> UInt64(c)) & 1 : (forbiddenHigh >> UInt64(c - 64)) & 1
                if forbidden != 0 { return false }
            }
            return true
        }
    }

    /// Bit masks of the ASCII bytes no IRI may hold: controls, space, `"`, `<`, `>` (below 64) and
    /// `\`, `^`, `` ` ``, `{`, `|`, `}`, DEL (64 and above).
    private static let forbiddenLow: UInt64 = (1 << 33 - 1) | 1 << 0x22 | 1 << 0x3C | 1 << 0x3E
    private static let forbiddenHigh: UInt64 =
        1 << (0x5C - 64) | 1 << (0x5E - 64) | 1 << (0x60 - 64) | 1 << (0x7B - 64) | 1 << (0x7C - 64)
        | 1 << (0x7D - 64) | 1 << (0x7F - 64)

    /// The index of the colon that ends the scheme, or `nil` when there is no scheme.
    static func schemeEnd(_ v: String.UTF8View) -> String.Index? {
        var i = v.startIndex
        guard i < v.endIndex, isAlpha(v[i]) else { return nil }
        i = v.index(after: i)
        while i < v.endIndex {
            let c = v[i]
            if c == UInt8(ascii: ":") { return i }
            guard isAlpha(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
                || c == UInt8(ascii: ".")
            else { return nil }
            i = v.index(after: i)
        }
        return nil
    }

    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    /// Splits a URI reference into its components ([RFC 3986 Appendix B](https://www.rfc-editor.org/rfc/rfc3986#appendix-B)).
    static func parse(_ s: String) -> Components {
        let u = s.utf8
        var rest = u.startIndex
        var scheme: Substring?
        if let colon = schemeEnd(u) {
            scheme = s[u.startIndex..<colon]
            rest = u.index(after: colon)
        }
        var authority: Substring?
        let slash = UInt8(ascii: "/"), question = UInt8(ascii: "?"), hash = UInt8(ascii: "#")
        if u[rest...].starts(with: "//".utf8) {
            let start = u.index(rest, offsetBy: 2)
            var end = start
            while end < u.endIndex, u[end] != slash, u[end] != question, u[end] != hash { end = u.index(after: end) }
            authority = s[start..<end]
            rest = end
        }
        var pathEnd = rest
        while pathEnd < u.endIndex, u[pathEnd] != question, u[pathEnd] != hash { pathEnd = u.index(after: pathEnd) }
        let path = s[rest..<pathEnd]
        var query: Substring?
        var fragment: Substring?
        var i = pathEnd
        if i < u.endIndex, u[i] == question {
            let start = u.index(after: i)
            var end = start
            while end < u.endIndex, u[end] != hash { end = u.index(after: end) }
            query = s[start..<end]
            i = end
        }
        if i < u.endIndex, u[i] == hash {
            fragment = s[u.index(after: i)...]
        }
        return Components(scheme: scheme, authority: authority, path: path, query: query, fragment: fragment)
    }

    /// Resolves `reference` against `base` ([RFC 3986 §5.2.2](https://www.rfc-editor.org/rfc/rfc3986#section-5.2.2)).
    ///
    /// With no base, an absolute reference is returned as it is and a relative one unchanged
    /// (JSON-LD leaves it relative).
    public static func resolve(_ reference: String, against base: String?) -> String {
        guard let base else { return reference }
        let r = parse(reference)
        if r.scheme != nil {
            return recompose(r.scheme, r.authority, removeDotSegments(r.path), r.query, r.fragment)
        }
        let b = parse(base)
        let path: String
        let authority: Substring?
        let query: Substring?
        if r.authority != nil {
            authority = r.authority
            path = removeDotSegments(r.path)
            query = r.query
        } else {
            authority = b.authority
            if r.path.isEmpty {
                path = String(b.path)
                query = r.query ?? b.query
            } else {
                if r.path.utf8.first == UInt8(ascii: "/") {
                    path = removeDotSegments(r.path)
                } else {
                    path = removeDotSegments(merge(base: b, path: r.path)[...])
                }
                query = r.query
            }
        }
        return recompose(b.scheme, authority, path, query, r.fragment)
    }

    /// [RFC 3986 §5.2.3](https://www.rfc-editor.org/rfc/rfc3986#section-5.2.3).
    static func merge(base: Components, path: Substring) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        let bp = base.path.utf8
        if let lastSlash = bp.lastIndex(of: UInt8(ascii: "/")) {
            return String(base.path[...lastSlash]) + path
        }
        return String(path)
    }

    /// [RFC 3986 §5.2.4](https://www.rfc-editor.org/rfc/rfc3986#section-5.2.4).
    static func removeDotSegments(_ path: Substring) -> String {
        var hasDot = false
        for c in path.utf8 where c == UInt8(ascii: ".") { hasDot = true; break }
        if !hasDot { return String(path) }
        var input = path
        var output: [Substring] = []  // segments, each starting with "/" except perhaps the first
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                // Move the first segment (with its leading "/", if any) to the output.
                let u = input.utf8
                var end = u.startIndex
                if u[end] == UInt8(ascii: "/") { end = u.index(after: end) }
                while end < u.endIndex, u[end] != UInt8(ascii: "/") { end = u.index(after: end) }
                output.append(input[..<end])
                input = input[end...]
            }
        }
        var result = ""
        for s in output { result += s }
        return result
    }

    static func recompose(
        _ scheme: Substring?, _ authority: Substring?, _ path: String, _ query: Substring?, _ fragment: Substring?
    ) -> String {
        var result = ""
        if let scheme { result += scheme; result += ":" }
        if let authority { result += "//"; result += authority }
        result += path
        if let query { result += "?"; result += query }
        if let fragment { result += "#"; result += fragment }
        return result
    }
}
