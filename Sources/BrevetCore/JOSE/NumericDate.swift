import BrevetJSON

/// JWT NumericDate values ([RFC 7519 §2](https://www.rfc-editor.org/rfc/rfc7519#section-2): seconds since
/// the epoch, possibly fractional) and the credential dates they stand for, read defensively: both come
/// from the token, so an absurd value (`1e300`, a 30-digit year) is refused rather than trapping on an
/// integer conversion.
///
/// The date arithmetic is local to this file so that JOSE does not wait on the model's date type;
/// it reads the XML Schema `dateTimeStamp` form VC 2.0 requires
/// ([VC 2.0 §4.9](https://www.w3.org/TR/vc-data-model-2.0/#validity-period)).
enum NumericDate {
    /// About ±317,000 years: far beyond any credential, far inside `Int64` arithmetic.
    static let limit: Int64 = 10_000_000_000_000

    /// Whole seconds (rounded down) of a NumericDate, or nil when it is not a finite number in range.
    static func seconds(_ value: JSONValue?) -> Int64? {
        guard let d = value?.numberValue?.doubleValue, d.isFinite, abs(d) < Double(limit) else { return nil }
        return Int64(d.rounded(.down))
    }

    /// Seconds since the epoch of `YYYY-MM-DDThh:mm:ss[.f…](Z|±hh:mm)` (whole seconds, fraction
    /// dropped), or nil when the text is not such a value or lies outside the range above.
    static func instant(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count <= 64 else { return nil }
        var i = 0
        func number(_ n: Int) -> Int64? {
            guard i + n <= b.count else { return nil }
            var v: Int64 = 0
            for k in i..<(i + n) {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                v = v * 10 + Int64(b[k] - 0x30)
            }
            i += n
            return v
        }
        func skip(_ c: Character) -> Bool {
            guard i < b.count, b[i] == c.asciiValue else { return false }
            i += 1
            return true
        }
        let negative = skip("-")
        var yearDigits = 0
        while i + yearDigits < b.count, b[i + yearDigits] >= 0x30, b[i + yearDigits] <= 0x39 { yearDigits += 1 }
        guard (4...9).contains(yearDigits), let y = number(yearDigits), skip("-"), let month = number(2), skip("-"),
            let day = number(2), skip("T"), let hour = number(2), skip(":"), let minute = number(2), skip(":"),
            let second = number(2)
        else { return nil }
        let year = negative ? -y : y
        guard (1...12).contains(month), day >= 1, day <= daysIn(month, year), minute < 60, second < 60,
            hour < 24 || (hour == 24 && minute == 0 && second == 0)
        else { return nil }
        if skip(".") {
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            guard i > start else { return nil }
        }
        var offset: Int64 = 0
        if !skip("Z") {
            guard i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return nil }
            let sign: Int64 = b[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            guard let oh = number(2), skip(":"), let om = number(2), oh <= 14, om < 60 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        }
        guard i == b.count else { return nil }
        let seconds = days(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return abs(seconds) < limit ? seconds : nil
    }

    /// `YYYY-MM-DDThh:mm:ssZ` for whole seconds since the epoch.
    static func text(_ seconds: Int64) -> String {
        let days = floorDiv(seconds, 86_400)
        let rest = seconds - days * 86_400
        let (y, m, d) = civil(days)
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let year = y < 0 ? "-" + pad(-y) : pad(y)
        return "\(year)-\(two(m))-\(two(d))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    private static func pad(_ y: Int64) -> String {
        let s = String(y)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }

    private static func daysIn(_ month: Int64, _ year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (the civil-days algorithm).
    private static func days(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    private static func civil(_ z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }
}
