import BrevetJSONLD
import Testing

/// Reference resolution examples of [RFC 3986 §5.4](https://www.rfc-editor.org/rfc/rfc3986#section-5.4),
/// base `http://a/b/c/d;p?q`.
@Suite("IRI resolution (RFC 3986)")
struct IRITests {
    static let base = "http://a/b/c/d;p?q"
    static let examples: [(String, String)] = [
        // §5.4.1 normal examples
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
        ("../../g", "http://a/g"),
        // §5.4.2 abnormal examples
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."),
        ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"),
        ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
        ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"), ("g?y/../x", "http://a/b/c/g?y/../x"),
        ("g#s/./x", "http://a/b/c/g#s/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"), ("http:g", "http:g"),
    ]

    @Test("RFC 3986 §5.4 examples", arguments: examples)
    func resolve(_ example: (String, String)) {
        #expect(IRI.resolve(example.0, against: Self.base) == example.1)
    }

    @Test("absolute IRIs and blank nodes")
    func classification() {
        #expect(IRI.isAbsolute("https://example.com/"))
        #expect(IRI.isAbsolute("urn:uuid:1234"))
        #expect(IRI.isAbsolute("did:key:z6Mk"))
        #expect(!IRI.isAbsolute("relative/path"))
        #expect(!IRI.isAbsolute("1http:x"))
        #expect(!IRI.isAbsolute(""))
        #expect(IRI.isBlankNode("_:b0"))
        #expect(!IRI.isBlankNode("http://a/_:b0"))
    }

    @Test("characters no IRI may hold")
    func iriCharacters() {
        #expect(IRI.hasOnlyIRICharacters("https://example.com/a?b=c#d"))
        #expect(IRI.hasOnlyIRICharacters("urn:ex:é"))
        for bad in ["a b", "a\u{0}b", "a\tb", "<a>", "a\"b", "a{b}", "a|b", "a\\b", "a^b", "a`b", "a\u{7F}"] {
            #expect(!IRI.hasOnlyIRICharacters(bad), "\(bad)")
        }
        #expect(IRI.hasOnlyIRICharacters("a!$&'()*+,;=:@~-._/?%20"))
    }

    @Test("no base leaves a relative reference as it is")
    func noBase() {
        #expect(IRI.resolve("g", against: nil) == "g")
        #expect(IRI.resolve("http://a/../b", against: nil) == "http://a/../b")
    }

    @Test("an authority with an empty path merges with a leading slash")
    func emptyBasePath() {
        #expect(IRI.resolve("g", against: "http://a") == "http://a/g")
        #expect(IRI.resolve("?q", against: "http://a") == "http://a?q")
    }
}
