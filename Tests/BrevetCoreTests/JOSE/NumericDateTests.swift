import BrevetJSON
import Testing

@testable import BrevetCore

/// Epoch seconds checked against the values RFC 3339 arithmetic gives (computed independently).
@Suite struct NumericDateTests {
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", Int64(0)),
        ("2010-01-01T00:00:00Z", 1_262_304_000),
        ("2024-02-29T12:30:45Z", 1_709_209_845),
        ("2024-01-01T00:00:00.999Z", 1_704_067_200),
        ("2030-01-01T01:00:00+01:00", 1_893_456_000),
        ("2029-12-31T19:00:00-05:00", 1_893_456_000),
        ("2023-12-31T24:00:00Z", 1_704_067_200),
        ("1969-12-31T23:59:59Z", -1),
        ("0001-01-01T00:00:00Z", -62_135_596_800),
    ])
    func parses(text: String, seconds: Int64) {
        #expect(NumericDate.instant(text) == seconds)
    }

    @Test(arguments: [
        "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T00:00:00", "2024-01-01 00:00:00Z",
        "2024-01-01T00:60:00Z", "2024-01-01T24:00:01Z", "2024-01-01T00:00:00+15:00", "2024-01-01T00:00:00.Z",
        "24-01-01T00:00:00Z", "99999999999999999999-01-01T00:00:00Z", "2024-01-01T00:00:00Zjunk", "",
    ])
    func refuses(text: String) {
        #expect(NumericDate.instant(text) == nil)
    }

    @Test(arguments: [Int64(0), 1_262_304_000, 1_709_209_845, -1, -62_135_596_800, 253_402_300_799])
    func formatsAndReadsBack(seconds: Int64) {
        let text = NumericDate.text(seconds)
        #expect(text.hasSuffix("Z"))
        #expect(NumericDate.instant(text) == seconds)
    }

    @Test func formatsKnownValues() {
        #expect(NumericDate.text(1_262_304_000) == "2010-01-01T00:00:00Z")
        #expect(NumericDate.text(-1) == "1969-12-31T23:59:59Z")
    }

    @Test func numericDatesInRange() {
        #expect(NumericDate.seconds(.number(JSONNumber(1.9))) == 1)
        #expect(NumericDate.seconds(.number(JSONNumber(-1.5))) == -2)
        #expect(NumericDate.seconds(.number(JSONNumber(1e300))) == nil)
        #expect(NumericDate.seconds("1") == nil)
        #expect(NumericDate.seconds(nil) == nil)
    }
}
