import Foundation

/// A clock the demo moves forward by hand, so that one run can show two years of a credential's life
/// (earned, about to expire, renewed) through the real services, whose time is a parameter.
final class DemoClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }

    func set(_ date: Date) { lock.withLock { current = date } }
}
