import Foundation

/// Dates are stored as whole milliseconds since 1970 in `BIGINT` columns: the same type, ordering
/// and arithmetic on SQLite and PostgreSQL.
enum SQLDates {
    /// Rounds to the nearest millisecond, so a date read back and stored again keeps its value.
    static func millis(_ date: Date) -> Int {
        Int((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func millis(_ date: Date?) -> Int? {
        date.map(millis)
    }

    static func date(_ millis: Int) -> Date {
        Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    static func date(_ millis: Int?) -> Date? {
        millis.map(date)
    }
}
