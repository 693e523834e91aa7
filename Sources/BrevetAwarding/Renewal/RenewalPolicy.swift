import Foundation

/// How a credential that expires is kept current.
///
/// A renewal is earned by one of the ``routes``: enough continuing-education credits from listed
/// achievements earned within the validity window, or a passed re-assessment. It is allowed from
/// ``opensBefore`` ahead of `validUntil` (or from the issue date when nil) until ``gracePeriod`` after it.
public struct RenewalPolicy: Sendable, Hashable {
    /// One way to earn a renewal.
    public enum Route: Sendable, Hashable {
        /// At least `requiredCredits` credits from credentials for any of `acceptedAchievementIds`,
        /// issued within the validity window of the credential being renewed (both ends inclusive).
        case continuingEducation(requiredCredits: Double, acceptedAchievementIds: [String])
        /// A passed re-assessment against the achievement's current rubric or exam, within the renewal window.
        case reassessment
    }

    public var routes: [Route]
    public var opensBefore: Period?
    public var gracePeriod: Period

    public init(routes: [Route], opensBefore: Period? = nil, gracePeriod: Period = Period()) {
        self.routes = routes
        self.opensBefore = opensBefore
        self.gracePeriod = gracePeriod
    }

    /// The instants between which a credential valid until `validUntil` and issued at `issuedAt` may be renewed.
    public func window(issuedAt: Date, validUntil: Date) -> ClosedRange<Date> {
        let opens = max(issuedAt, opensBefore.map { $0.subtracted(from: validUntil) } ?? issuedAt)
        return opens...gracePeriod.added(to: validUntil)
    }

    func validate() throws(AwardingError) {
        guard !routes.isEmpty else { throw AwardingError(.invalidPolicy, "a renewal policy needs a route", location: "renewal") }
        guard gracePeriod.isNonNegative, opensBefore?.isNonNegative ?? true else {
            throw AwardingError(.invalidPolicy, "renewal periods cannot be negative", location: "renewal")
        }
        for r in routes {
            if case .continuingEducation(let credits, let ids) = r {
                guard credits.isFinite, credits > 0 else {
                    throw AwardingError(.invalidPolicy, "continuing education needs a positive number of credits", location: "renewal")
                }
                guard !ids.isEmpty else {
                    throw AwardingError(.invalidPolicy, "continuing education needs a list of accepted achievements", location: "renewal")
                }
            }
        }
    }
}
