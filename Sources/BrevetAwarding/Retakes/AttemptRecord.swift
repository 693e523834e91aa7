import Foundation

/// A past attempt at an assessment: when it was taken and whether it passed.
public struct AttemptRecord: Sendable, Hashable {
    public var at: Date
    public var passed: Bool

    public init(at: Date, passed: Bool) {
        self.at = at
        self.passed = passed
    }
}
