import BrevetCore
import Testing

/// Base64url without padding against RFC 4648 §10 (padding removed) and its strict decoding rules.
@Suite struct Base64URLTests {
    @Test(arguments: [
        ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ])
    func rfc4648Vectors(text: String, encoded: String) throws {
        #expect(Base64URL.encode(Array(text.utf8)) == encoded)
        #expect(try Base64URL.decode(encoded) == Array(text.utf8))
    }

    @Test func urlSafeAlphabet() throws {
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(try Base64URL.decode("-_8") == [0xFB, 0xFF])
    }

    @Test(arguments: ["Zg==", "Zm8=", "+_8", "/w", "Z", "Zm9vY", "Zh", "Zm9", "Zm 9v"])
    func rejectsNonCanonicalText(text: String) {
        #expect(throws: CoreError(.invalidBase64URL, "")) { try Base64URL.decode(text) }
    }
}
