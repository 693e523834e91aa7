import BrevetJSON
import Testing

@testable import BrevetJSONLD

/// Canonical lexical forms of numbers ([JSON-LD 1.1 API §8.6](https://www.w3.org/TR/json-ld11-api/#data-round-tripping)).
///
/// Expected doubles are ECMAScript `x.toExponential(15)` with trailing mantissa zeros removed, computed
/// independently (C `%.15e`, which rounds correctly; the one exact tie is decided by ECMAScript's
/// rule "pick the e and n for which n × 10^(e–f) is larger").
@Suite struct ToRDFLexicalFormTests {
    @Test(arguments: [
        (1.1, "1.1E0"), (5.3, "5.3E0"), (9.9, "9.9E0"), (1e21, "1.0E21"), (0.1 + 0.2, "3.0E-1"),
        (1.0 / 3.0, "3.333333333333333E-1"), (-2.5e-7, "-2.5E-7"), (123.45, "1.2345E2"),
        (5e-324, "4.940656458412465E-324"), (1.7976931348623157e308, "1.797693134862316E308"),
        (1.5e-323, "1.48219693752374E-323"), (1e100, "1.0E100"), (1e-6, "1.0E-6"), (100.0, "1.0E2"),
        (-0.5, "-5.0E-1"), (1e22, "1.0E22"), (1180591620717411303424.0, "1.180591620717411E21"),
        (1234567890123456.5, "1.234567890123457E15"), (0.0, "0.0E0"),
    ])
    func double(value: Double, expected: String) {
        #expect(RDFLexicalForm.double(value) == expected)
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (8.0, "8"), (-42.0, "-42"), (1e20, "100000000000000000000"),
        (12345678901234567890.0, "12345678901234567168"), (9.5e18, "9500000000000000000"),
        (9223372036854775808.0, "9223372036854775808"),
    ])
    func integer(value: Double, expected: String) {
        #expect(RDFLexicalForm.integer(value) == expected)
    }

    /// Which form a JSON number takes: "a number with a non-zero fractional part ... or an absolute
    /// value ... greater than or equal to 10^21" is a double; so is any number typed `xsd:double`.
    @Test(arguments: [
        ("10.0", false, "10", false), ("-0", false, "0", false), ("-0e0", false, "0", false),
        ("1e21", false, "1.0E21", true), ("999999999999999999999", false, "1.0E21", true),
        ("1e20", false, "100000000000000000000", false), ("9.9", false, "9.9E0", true),
        ("1", true, "1.0E0", true), ("2.2", true, "2.2E0", true), ("123456789012345", false, "123456789012345", false),
        ("12345678901234567890", false, "12345678901234567168", false),
    ])
    func number(text: String, forceDouble: Bool, lexical: String, isDouble: Bool) throws {
        let number = try #require(try JSONValue(parsing: text).numberValue)
        let form = RDFLexicalForm.number(number, forceDouble: forceDouble)
        #expect(form.lexical == lexical)
        #expect(form.isDouble == isDouble)
    }
}
