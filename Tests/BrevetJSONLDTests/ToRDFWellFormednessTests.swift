import Testing

@testable import BrevetJSONLD

/// The well-formedness checks that decide which statements toRdf emits.
@Suite struct ToRDFWellFormednessTests {
    /// IRIs that match the RFC 3987 `IRI` rule.
    @Test(arguments: [
        "http://example.com/", "https://w3c.github.io/json-ld-api/tests/toRdf/0001-in.jsonld",
        "urn:uuid:7f4cbf0e-5d0f-4f6b-9c5e-2a3b6c1d0e9f", "did:example:123#key-1", "mailto:someone@example.org",
        "http://example.com/a%20b?q=1&r=x/y?z#frag/ment?", "http://[2001:db8::7]:8080/", "http://[::1]/",
        "http://[v7.fe80::1]/", "http://user:pass@192.0.2.16:80/", "http://例え.テスト/パス", "tag:a,b",
        "http://example.com/?\u{E000}", "http://example.com/#",
    ])
    func wellFormedIRI(_ iri: String) {
        #expect(RDFWellFormedness.isIRI(iri))
    }

    /// Strings that do not: relative references, spaces and other excluded characters, bad escapes.
    @Test(arguments: [
        "", "relative/path", "#fragment", "//example.com/", "http://example.com/a b", "http://in valid",
        "http://example.com/<x>", "http://example.com/{x}", "http://example.com/a|b", "http://example.com/%zz",
        "http://example.com/%2", "http://example.com/#a#b", "http://[2001:db8::7/", "http://[1:2:3]/",
        "http://host:80a/", "1http://example.com/", "http://example.com/\u{E000}", "_:b0",
        "http://example.com/\u{7F}", "http://example.com/\\",
    ])
    func illFormedIRI(_ iri: String) {
        #expect(!RDFWellFormedness.isIRI(iri))
    }

    /// Tags that match BCP 47's `Language-Tag` (examples of RFC 5646 Appendix A).
    @Test(arguments: [
        "de", "fr", "ja", "i-enochian", "zh-Hant", "zh-Hans", "sr-Cyrl", "sr-Latn", "zh-cmn-Hans-CN",
        "cmn-Hans-CN", "zh-yue-HK", "yue-HK", "zh-Hans-CN", "sr-Latn-RS", "sl-rozaj", "sl-rozaj-biske",
        "sl-nedis", "de-CH-1901", "sl-IT-nedis", "hy-Latn-IT-arevela", "de-DE", "en-US", "es-419",
        "de-CH-x-phonebk", "az-Arab-x-AZE-derbend", "x-whatever", "qaa-Qaaa-QM-x-southern", "de-Qaaa",
        "sr-Latn-QM", "sr-Qaaa-RS", "en-US-u-islamcal", "zh-CN-a-myext-x-private", "en-a-myext-b-another",
        "EN-us", "en-GB-oed", "art-lojban",
    ])
    func wellFormedLanguageTag(_ tag: String) {
        #expect(RDFWellFormedness.isLanguageTag(tag))
    }

    /// Tags that do not (RFC 5646 Appendix A's ill-formed examples, and others).
    @Test(arguments: [
        "", "a b", "en-", "-en", "en--US", "e", "abcdefghi", "de-419-DE", "a-DE", "ar-a-aaa-b-bbb-a",
        "en-a", "en-x", "x", "en-US-x-abcdefghi", "1en", "en_US",
    ])
    func illFormedLanguageTag(_ tag: String) {
        #expect(!RDFWellFormedness.isLanguageTag(tag))
    }
}
