import Foundation

/// XML Schema / RFC 3339 date-time text in UTC (`2025-01-01T00:00:00Z`), as VC 2.0 writes `validFrom`.
enum DateText {
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    /// Reads `YYYY-MM-DDThh:mm:ss` with `Z` or a numeric offset, with or without fractional seconds.
    static func parse(_ text: String) -> Date? {
        if let d = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return d }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
