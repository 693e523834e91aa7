/// The lexical form of `xsd:dateTime` and `xsd:dateTimeStamp`
/// ([XML Schema 1.1 Part 2 §3.3.7](https://www.w3.org/TR/xmlschema11-2/#dateTime)), which proof
/// `created` and `expires` values use.
///
/// [VC Data Integrity §2.1](https://www.w3.org/TR/vc-data-integrity/#proofs): `created` "MUST be
/// specified as an [XMLSCHEMA11-2] dateTimeStamp string, either in Universal Coordinated Time
/// (UTC), denoted by a Z at the end of the value, or with a time zone offset relative to UTC. A
/// conforming processor MAY chose to consume time values that were incorrectly serialized without
/// an offset." So a verifier accepts a dateTime without offset, and a proof that Brevet creates
/// always has one.
public enum XSDDateTime {
    /// Whether `text` is a valid `xsd:dateTime` (or, with `requireTimezone`, `xsd:dateTimeStamp`).
    ///
    /// Checks the grammar `-?yyyy-mm-ddThh:mm:ss(.s+)?(Z|(+|-)hh:mm)?` and the ranges: month 1–12,
    /// day within the month (29 February only in leap years), hour 0–23 or `24:00:00`, minute and
    /// second 0–59, offset at most ±14:00.
    public static func isValid(_ text: String, requireTimezone: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { isValid(utf8: $0, requireTimezone: requireTimezone) }
    }

    static let daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    static func isValid(utf8 s: UnsafeBufferPointer<UInt8>, requireTimezone: Bool) -> Bool {
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= s.count else { return nil }
            var v = 0
            for k in i..<(i + n) {
                guard s[k] >= 0x30, s[k] <= 0x39 else { return nil }
                v = v * 10 + Int(s[k] - 0x30)
            }
            i += n
            return v
        }
        func expect(_ c: Unicode.Scalar) -> Bool {
            guard i < s.count, s[i] == UInt8(ascii: c) else { return false }
            i += 1
            return true
        }
        if i < s.count, s[i] == UInt8(ascii: "-") { i += 1 }
        // Year: four or more digits, no leading zero when more than four.
        let yearStart = i
        while i < s.count, s[i] >= 0x30, s[i] <= 0x39 { i += 1 }
        let yearDigits = i - yearStart
        guard yearDigits >= 4, yearDigits <= 9, !(yearDigits > 4 && s[yearStart] == 0x30) else { return false }
        var year = 0
        for k in yearStart..<i { year = year * 10 + Int(s[k] - 0x30) }
        guard expect("-"), let month = digits(2), (1...12).contains(month), expect("-"), let day = digits(2) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = month == 2 && leap ? 29 : daysInMonth[month - 1]
        guard (1...monthDays).contains(day), expect("T") else { return false }
        guard let hour = digits(2), expect(":"), let minute = digits(2), expect(":"), let second = digits(2) else { return false }
        var fractionNonZero = false
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < s.count, s[i] >= 0x30, s[i] <= 0x39 {
                if s[i] != 0x30 { fractionNonZero = true }
                i += 1
            }
            guard i > start else { return false }
        }
        guard minute <= 59, second <= 59 else { return false }
        if hour == 24 {
            guard minute == 0, second == 0, !fractionNonZero else { return false }
        } else if hour > 23 {
            return false
        }
        if i == s.count { return !requireTimezone }
        if s[i] == UInt8(ascii: "Z") { return i + 1 == s.count }
        guard s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let oh = digits(2), expect(":"), let om = digits(2), i == s.count else { return false }
        return om <= 59 && (oh < 14 || (oh == 14 && om == 0))
    }
}
