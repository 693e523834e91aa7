/// JSON-LD keywords ([JSON-LD 1.1 §1.7](https://www.w3.org/TR/json-ld11/#keywords)).
enum Keyword {
    /// Every keyword of JSON-LD 1.1.
    static let all: Set<String> = [
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph",
        "@id", "@import", "@included", "@index", "@json", "@language", "@list", "@nest", "@none",
        "@omitDefault", "@prefix", "@preserve", "@propagate", "@protected", "@requireAll", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab",
    ]

    /// True when `value` is a keyword.
    @inline(__always) static func isKeyword(_ value: String) -> Bool {
        value.utf8.first == UInt8(ascii: "@") && all.contains(value)
    }

    /// True when `value` has the form of a keyword: `@` followed by one or more ASCII letters
    /// ("terms that have the form of a keyword … SHOULD be ignored", [JSON-LD 1.1 API §4.2.2 step 5](https://www.w3.org/TR/json-ld11-api/#create-term-definition)).
    static func hasKeywordForm(_ value: String) -> Bool {
        let u = value.utf8
        guard u.count > 1, u.first == UInt8(ascii: "@") else { return false }
        for c in u.dropFirst() where !IRI.isAlpha(c) { return false }
        return true
    }
}
