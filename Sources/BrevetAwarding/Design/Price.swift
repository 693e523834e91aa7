/// What a credential costs in the public catalog and who pays.
public struct Price: Sendable, Hashable {
    /// Who pays for the credential.
    public enum Payer: String, Sendable, Hashable, CaseIterable {
        /// Nobody: the credential is free.
        case free
        /// The learner pays a fee.
        case fee
        /// Included in a membership.
        case membership
        /// The employer pays.
        case employer
    }

    public var payer: Payer
    /// Amount in minor units of ``currency`` (cents), so prices stay exact.
    public var amountMinorUnits: Int
    /// ISO 4217 code, for example `EUR`; nil only when the amount is zero.
    public var currency: String?

    public init(payer: Payer, amountMinorUnits: Int = 0, currency: String? = nil) {
        self.payer = payer
        self.amountMinorUnits = amountMinorUnits
        self.currency = currency
    }

    public static let free = Price(payer: .free)

    func validate() throws(AwardingError) {
        guard amountMinorUnits >= 0 else { throw AwardingError(.invalidDesign, "a price cannot be negative", location: "price") }
        if payer == .free, amountMinorUnits != 0 {
            throw AwardingError(.invalidDesign, "a free credential has a price of 0", location: "price")
        }
        if payer == .fee, amountMinorUnits == 0 {
            throw AwardingError(.invalidDesign, "a fee needs an amount above 0", location: "price")
        }
        if amountMinorUnits > 0 {
            guard let c = currency, c.count == 3, c.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw AwardingError(.invalidDesign, "an amount needs an ISO 4217 currency code", location: "price")
            }
        }
    }
}
