import BrevetCore
import Testing

@Suite struct DateTimeStampTests {
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", Int64(0)), ("2000-02-29T12:00:00Z", Int64(951_825_600)),
        ("2024-03-20T14:53:19+02:00", Int64(1_710_939_199)), ("1969-12-31T23:59:59Z", Int64(-1)),
        ("2038-01-19T03:14:08Z", Int64(2_147_483_648)),
    ])
    func parsesToTheRightInstant(text: String, seconds: Int64) throws {
        let t = try #require(DateTimeStamp(text))
        #expect(t.secondsSinceEpoch == seconds)
    }

    @Test func writesUTCWithWholeSeconds() throws {
        #expect(DateTimeStamp(secondsSinceEpoch: 1_710_939_199).description == "2024-03-20T12:53:19Z")
        #expect(DateTimeStamp(secondsSinceEpoch: -1).description == "1969-12-31T23:59:59Z")
    }

    @Test(arguments: [
        "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T24:00:01Z",
        "2024-01-01T00:00:00", "2024-01-01 00:00:00Z", "24-01-01T00:00:00Z", "2024-01-01T00:00:00+15:00",
        "2024-01-01T00:00:00.Z", "", "99999999999999999999-01-01T00:00:00Z",
    ])
    func rejectsWhatIsNotADateTimeStamp(text: String) {
        #expect(DateTimeStamp(text) == nil)
    }
}
