import Foundation

/// Whether a credential may be renewed at a given time, by which route, and why (or why not).
public struct RenewalEligibility: Sendable, Hashable {
    public var eligible: Bool
    /// The route that makes it eligible; nil when not eligible.
    public var route: RenewalPolicy.Route?
    /// One sentence per check: the window, each route's state.
    public var reasons: [String]
    /// When renewal opens and closes; nil when the credential cannot be renewed at all.
    public var window: ClosedRange<Date>?
    /// Continuing-education credits that count, summed over ``countedCredentialIds``.
    public var creditsEarned: Double
    /// Credits the continuing-education route needs; nil when the policy has no such route.
    public var creditsRequired: Double?
    /// The credentials whose credits count toward renewal.
    public var countedCredentialIds: [String]
}
