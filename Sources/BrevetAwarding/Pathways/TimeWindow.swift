import Foundation

/// When the credentials that count toward a pathway must have been issued (both ends inclusive).
public enum TimeWindow: Sendable, Hashable {
    /// Between two fixed instants.
    case between(Date, Date)
    /// Within this period before the time of evaluation (a rolling window, e.g. "the last 3 years").
    case within(Period)

    /// The instants the window covers when evaluated at `at`.
    public func range(at: Date) -> ClosedRange<Date> {
        switch self {
        case .between(let a, let b): return a...max(a, b)
        case .within(let p): return p.subtracted(from: at)...at
        }
    }
}
