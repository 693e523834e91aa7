import Foundation

/// A renewal: the new credential naming the one it replaces, and the replaced one marked superseded.
public struct CredentialRenewal: Sendable, Hashable {
    public var renewed: HeldCredential
    /// The old credential with state `.superseded(by: renewed.id)`; it is not revoked.
    public var superseded: HeldCredential

    /// Renews `credential` at `at` as `newCredentialId`, when `policy` allows it.
    ///
    /// The renewed credential is valid from `at`; its `validUntil` is `validity` added to the old
    /// `validUntil` when renewed early (no time is lost), or to `at` when renewed in the grace period.
    /// `achievementVersion` is the version the renewal was earned under (a re-assessment against a newer
    /// version); by default the renewed credential keeps the old one's.
    /// Throws ``AwardingError/Code/notRenewable`` with the eligibility reasons when not eligible.
    public static func renew(_ credential: HeldCredential, as newCredentialId: String, policy: RenewalPolicy,
                             validity: ValidityPolicy, held: [HeldCredential], reassessments: [AttemptRecord] = [],
                             achievementVersion: Int? = nil, at: Date) throws(AwardingError) -> CredentialRenewal {
        let e = policy.eligibility(of: credential, held: held, reassessments: reassessments, at: at)
        guard e.eligible, let oldUntil = credential.validUntil else {
            throw AwardingError(.notRenewable, e.reasons.joined(separator: "; "), location: credential.id)
        }
        guard !newCredentialId.isEmpty, newCredentialId != credential.id else {
            throw AwardingError(.notRenewable, "the renewal needs a new credential id", location: credential.id)
        }
        var renewed = credential
        renewed.id = newCredentialId
        renewed.issuedAt = at
        renewed.validUntil = validity.validUntil(issuedAt: max(at, oldUntil))
        renewed.state = .active
        renewed.replaces = credential.id
        if let achievementVersion { renewed.achievementVersion = achievementVersion }
        renewed.digest = nil
        var old = credential
        old.state = .superseded(by: newCredentialId)
        return CredentialRenewal(renewed: renewed, superseded: old)
    }
}
