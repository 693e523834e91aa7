@testable import BrevetJSON
import BrevetTestSupport
import Testing

/// RFC 8785 reference data from cyberphone/json-canonicalization (the public cases in ../shared).
@Suite struct JSONCanonicalizationTests {
    static let folder = "standards/vectors/cyberphone/json-canonicalization/testdata"
    static let cases: [String] = (try? SharedData.list(folder + "/input").map { String($0.dropLast(5)) }) ?? []

    @Test func vectorsArePresent() throws {
        _ = try SharedData.list(Self.folder + "/input")
        #expect(Self.cases.count >= 4)
    }

    @Test(arguments: cases)
    func canonicalFormMatchesReference(name: String) throws {
        let input = try SharedData.json("\(Self.folder)/input/\(name).json")
        let expected = try SharedData.data("\(Self.folder)/output/\(name).json")
        let canonical = JSONCanonicalization.canonicalBytes(input)
        #expect(canonical == Array(expected))
        // and the hex reference says the same bytes
        let hex = try SharedData.text("\(Self.folder)/outhex/\(name).txt")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).map { UInt8($0, radix: 16)! }
        #expect(canonical == hex)
    }

    /// ECMAScript number formatting, values taken from RFC 8785 Appendix B.
    @Test(arguments: [
        ("0x0000000000000000", "0"), ("0x8000000000000000", "0"), ("0x0000000000000001", "5e-324"),
        ("0x8000000000000001", "-5e-324"), ("0x7fefffffffffffff", "1.7976931348623157e+308"),
        ("0x4340000000000000", "9007199254740992"), ("0x444b1ae4d6e2ef50", "1e+21"),
        ("0x44b52d02c7e14af6", "1e+23"), ("0x44b52d02c7e14af7", "1.0000000000000001e+23"), ("0x3eb0c6f7a0b5ed8d", "0.000001"),
        ("0x3eb0c6f7a0b5ed8c", "9.999999999999997e-7"), ("0x41b3de4355555555", "333333333.3333333"),
        ("0x4430000000000000", "295147905179352830000"), ("0x44b52d02c7e14af5", "9.999999999999997e+22"), ("0x444b1ae4d6e2ef4f", "999999999999999900000"),
        ("0x3ff0000000000000", "1"),
    ])
    func numberSerialization(bits: String, expected: String) {
        let d = Double(bitPattern: UInt64(bits.dropFirst(2), radix: 16)!)
        #expect(ECMAScriptNumber.format(d) == expected)
    }
}

@Suite struct JSONCanonicalizationOrderTests {
    /// Member names sort by UTF-16 code units (RFC 8785 §3.2.3): U+10000 and above (surrogates
    /// D800–DFFF) before U+E000–U+FFFF, unlike code point order.
    @Test func supplementaryCharactersSortBeforePrivateUseAndSpecials() {
        let canonical = JSONCanonicalization.canonicalString(["\u{FFFD}": 1, "😀": 2, "\u{E000}": 3, "a": 4, "é": 5])
        #expect(canonical == "{\"a\":4,\"é\":5,\"😀\":2,\"\u{E000}\":3,\"\u{FFFD}\":1}")
    }

    /// The byte-based comparison agrees with UTF-16 order on every pair of a varied alphabet.
    @Test func byteOrderAgreesWithUTF16Order() {
        let samples = ["", "a", "ab", "b", "é", "e\u{301}", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFF}", "\u{10000}",
                       "😀", "😀a", "a😀", "\u{10FFFF}", "\u{E000}x", "\u{1F600}\u{E000}", "\u{EFFF}", "\u{F900}"]
        for a in samples {
            for b in samples {
                #expect(JSONCanonicalization.utf16Less(a, b) == JSONCanonicalization.utf16LessReference(a, b), "\(a) vs \(b)")
            }
        }
    }
}
