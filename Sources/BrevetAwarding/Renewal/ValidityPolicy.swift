import Foundation

/// How long a credential stays valid after it is issued.
///
/// The credential's VC 2.0 `validUntil` is the issue date plus ``validFor``
/// ([VC 2.0 §4.9 Validity Period](https://www.w3.org/TR/vc-data-model-2.0/#validity-period): "the value of
/// the `validUntil` property MUST be a dateTimeStamp string value representing the date and time the
/// credential ceases to be valid"); no period means the credential does not expire. Brevet treats the
/// credential as valid through that instant, as the verifier does.
public struct ValidityPolicy: Sendable, Hashable {
    public var validFor: Period?

    public init(validFor: Period?) { self.validFor = validFor }

    /// Credentials that never expire.
    public static let noExpiry = ValidityPolicy(validFor: nil)

    /// The `validUntil` of a credential issued at `issuedAt`, or nil when it does not expire.
    public func validUntil(issuedAt: Date) -> Date? { validFor?.added(to: issuedAt) }

    func validate() throws(AwardingError) {
        if let p = validFor, p.isZero || !p.isNonNegative {
            throw AwardingError(.invalidPolicy, "the validity period \(p) must be positive", location: "validity")
        }
    }
}
