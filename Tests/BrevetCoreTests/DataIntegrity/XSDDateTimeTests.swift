import BrevetCore
import Testing

@Suite struct XSDDateTimeTests {
    @Test(arguments: [
        "2023-02-24T23:36:38Z", "2010-01-01T19:23:24Z", "2024-02-29T00:00:00+01:00", "2023-01-01T00:00:00.123Z",
        "2023-01-01T24:00:00Z", "-0044-03-15T12:00:00Z", "12345-01-01T00:00:00Z", "2023-01-01T00:00:00-14:00",
    ])
    func valid(text: String) {
        #expect(XSDDateTime.isValid(text))
        #expect(XSDDateTime.isValid(text, requireTimezone: true))
    }

    @Test func timezoneIsOptionalForDateTimeOnly() {
        #expect(XSDDateTime.isValid("2023-02-24T23:36:38"))
        #expect(!XSDDateTime.isValid("2023-02-24T23:36:38", requireTimezone: true))
    }

    @Test(arguments: [
        "", "2023-02-24", "2023-02-24 23:36:38Z", "2023-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2023-04-31T00:00:00Z",
        "2023-01-01T25:00:00Z", "2023-01-01T24:00:01Z", "2023-01-01T00:60:00Z", "2023-01-01T00:00:60Z", "2023-01-01T00:00:00.Z",
        "2023-01-01T00:00:00+15:00", "2023-01-01T00:00:00+0100", "023-01-01T00:00:00Z", "02023-01-01T00:00:00Z", "2023-01-01T00:00:00ZZ",
        "2023-1-01T00:00:00Z",
    ])
    func invalid(text: String) {
        #expect(!XSDDateTime.isValid(text))
    }
}
