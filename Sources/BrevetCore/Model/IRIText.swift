/// Light checks on identifiers typed by people (full IRI processing lives in BrevetJSONLD).
enum IRIText {
    static func isAbsoluteHTTP(_ s: String) -> Bool {
        (s.hasPrefix("https://") || s.hasPrefix("http://")) && s.count > 8 && !s.contains(" ")
    }

    /// `scheme:rest` with a valid scheme ([RFC 3986 §3.1](https://www.rfc-editor.org/rfc/rfc3986#section-3.1)).
    static func isAbsolute(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":"), colon != s.startIndex else { return false }
        let scheme = s[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
            && !s.contains(" ")
    }
}
