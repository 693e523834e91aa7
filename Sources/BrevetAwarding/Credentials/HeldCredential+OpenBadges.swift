import BrevetJSON
import Foundation

extension HeldCredential {
    /// Reads the facts the awarding rules need from an `OpenBadgeCredential` (OB 3.0 / VC 2.0, or VC 1.1
    /// `issuanceDate`/`expirationDate`): `id`, `issuer` (string or object), `credentialSubject.achievement.id`,
    /// `validFrom`, `validUntil`, `credentialSubject.creditsEarned`, and Brevet's `brevetAward` record
    /// (`achievementVersion`, `replaces`).
    ///
    /// Verification is the caller's: pass `verified: true` only after checking the proof and status. Throws
    /// ``AwardingError/Code/invalidJSON`` when a needed member is missing or a date is not a date-time.
    public static func from(credential json: JSONValue, verified: Bool, state: State = .active,
                            digest: RelatedResource.Digest? = nil) throws(AwardingError) -> HeldCredential {
        let r = try JSONReader(json, path: "credential")
        let issuer: String
        if let s = json["issuer"]?.stringValue { issuer = s } else if let s = json["issuer"]?["id"]?.stringValue { issuer = s } else {
            throw AwardingError(.invalidJSON, "the credential has no issuer id", location: r.path)
        }
        let subject = json["credentialSubject"]?.asArray.first
        guard let achievement = subject?["achievement"]?["id"]?.stringValue else {
            throw AwardingError(.invalidJSON, "the credential has no credentialSubject.achievement.id", location: r.path)
        }
        let fromKey = json["validFrom"] != nil ? "validFrom" : "issuanceDate"
        let untilKey = json["validUntil"] != nil ? "validUntil" : "expirationDate"
        let award = try r.object(AwardedCredential.extensionMember)
        return HeldCredential(
            id: try r.string("id"), achievementId: achievement, achievementVersion: try award?.optionalInt("achievementVersion"),
            issuerId: issuer, issuedAt: try r.date(fromKey), validUntil: json[untilKey] == nil ? nil : try r.date(untilKey),
            credits: subject?["creditsEarned"]?.numberValue?.doubleValue, state: state, verified: verified, digest: digest,
            replaces: try award?.optionalString("replaces"))
    }
}
