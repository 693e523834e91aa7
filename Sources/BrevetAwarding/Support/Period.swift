import Foundation

/// A calendar length of time (years, months, days and seconds), added in UTC on the Gregorian calendar.
///
/// Validity, waiting periods and time windows are written as periods because "two years" is not a fixed
/// number of seconds. Serialized as an ISO 8601 duration (`P2Y`, `P1M15D`, `PT3600S`).
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public var years: Int
    public var months: Int
    public var days: Int
    public var seconds: Int

    public init(years: Int = 0, months: Int = 0, days: Int = 0, seconds: Int = 0) {
        self.years = years
        self.months = months
        self.days = days
        self.seconds = seconds
    }

    public static func years(_ n: Int) -> Period { Period(years: n) }
    public static func months(_ n: Int) -> Period { Period(months: n) }
    public static func days(_ n: Int) -> Period { Period(days: n) }
    public static func seconds(_ n: Int) -> Period { Period(seconds: n) }

    /// True when every component is zero.
    public var isZero: Bool { years == 0 && months == 0 && days == 0 && seconds == 0 }
    /// True when no component is negative.
    public var isNonNegative: Bool { years >= 0 && months >= 0 && days >= 0 && seconds >= 0 }

    private static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// `date` moved forward by this period (month ends clamp: 31 January + 1 month = 28/29 February).
    public func added(to date: Date) -> Date {
        var parts = DateComponents()
        parts.year = years
        parts.month = months
        parts.day = days
        parts.second = seconds
        return Period.utc.date(byAdding: parts, to: date) ?? date
    }

    /// `date` moved back by this period.
    public func subtracted(from date: Date) -> Date {
        Period(years: -years, months: -months, days: -days, seconds: -seconds).added(to: date)
    }

    /// The ISO 8601 duration (`P1Y2M3DT4S`; `PT0S` when zero).
    public var description: String {
        if isZero { return "PT0S" }
        var s = "P"
        if years != 0 { s += "\(years)Y" }
        if months != 0 { s += "\(months)M" }
        if days != 0 { s += "\(days)D" }
        if seconds != 0 { s += "T\(seconds)S" }
        return s
    }

    /// Reads an ISO 8601 duration made of whole Y, M, D (and W) before `T` and H, M, S after it.
    public init?(iso8601 text: String) {
        guard text.hasPrefix("P"), text.count > 1 else { return nil }
        var result = Period()
        var number = ""
        var inTime = false
        var sawComponent = false
        var sawTimeComponent = false
        for ch in text.dropFirst() {
            if ch == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            if ch.isASCII, ch.isNumber { number.append(ch); continue }
            guard let n = Int(number) else { return nil }
            number = ""
            sawComponent = true
            sawTimeComponent = sawTimeComponent || inTime
            switch (inTime, ch) {
            case (false, "Y"): result.years += n
            case (false, "M"): result.months += n
            case (false, "W"): result.days += 7 * n
            case (false, "D"): result.days += n
            case (true, "H"): result.seconds += 3600 * n
            case (true, "M"): result.seconds += 60 * n
            case (true, "S"): result.seconds += n
            default: return nil
            }
        }
        guard number.isEmpty, sawComponent, !inTime || sawTimeComponent else { return nil }
        self = result
    }
}
