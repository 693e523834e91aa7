import BrevetJSON

extension VCJWT {
    /// The registered claims for a credential: `iss` from `issuer` (or `issuer.id`), `sub` from
    /// `credentialSubject.id` (when there is one subject with an id), `jti` from `id`, `nbf` from
    /// `validFrom` and `exp` from `validUntil` (VC 1.1 `issuanceDate` / `expirationDate` when the 2.0
    /// properties are absent), as NumericDate seconds.
    public static func registeredClaims(for credential: JSONObject) throws(JOSEError) -> JSONObject {
        var claims = JSONObject()
        guard let iss = issuerId(.object(credential)) else {
            throw JOSEError(.invalidCredential, "the credential has no issuer id, which the iss claim requires")
        }
        claims["iss"] = .string(iss)
        if let subject = credential["credentialSubject"]?.objectValue, let sub = subject["id"]?.stringValue {
            claims["sub"] = .string(sub)
        }
        if let id = credential["id"]?.stringValue { claims["jti"] = .string(id) }
        for (claim, properties) in [("nbf", ["validFrom", "issuanceDate"]), ("exp", ["validUntil", "expirationDate"])] {
            guard let property = properties.first(where: { credential[$0] != nil }) else { continue }
            guard let text = credential[property]?.stringValue, let time = NumericDate.instant(text) else {
                throw JOSEError(.invalidCredential, "\(property) is not an XML Schema dateTime with a time zone")
            }
            claims[claim] = .number(JSONNumber(Int(time)))
        }
        return claims
    }

    /// What the claims say against what the credential says: `claim(name)` reads a claim and
    /// `property(path)` a credential property.
    static func consistencyFindings(claim: (String) -> JSONValue?, property: ([String]) -> JSONValue?, form: Form) -> [JWTClaimFinding] {
        var out: [JWTClaimFinding] = []
        func compare(_ name: String, _ expected: String?, _ propertyName: String) {
            guard let value = claim(name) else { return }
            guard let text = value.stringValue else {
                out.append(.init(.mismatch, claim: name, "\(name) must be a string, found \(value.typeName)"))
                return
            }
            if let expected, expected != text {
                out.append(.init(.mismatch, claim: name, "\(name) is \(text) but the credential's \(propertyName) is \(expected)"))
            }
        }
        if claim("iss") == nil {
            out.append(.init(.missing, claim: "iss", "the JWT has no iss claim; some verifiers (openbadgeslib) require it"))
        }
        compare("iss", issuerId(property: property), "issuer")
        compare("jti", property(["id"])?.stringValue, "id")
        compare("sub", property(["credentialSubject", "id"])?.stringValue, "credentialSubject.id")
        let properties = form == .vcClaim ? ("issuanceDate", "expirationDate") : ("validFrom", "validUntil")
        for (name, propertyName) in [("nbf", properties.0), ("exp", properties.1)] {
            guard let value = claim(name) else { continue }
            guard let seconds = NumericDate.seconds(value) else {
                out.append(.init(.mismatch, claim: name, "\(name) must be a NumericDate (seconds since the epoch) within ±10^13"))
                continue
            }
            guard let text = property([propertyName])?.stringValue, let time = NumericDate.instant(text) else { continue }
            if seconds != time {
                out.append(.init(.mismatch, claim: name, "\(name) is \(seconds) but the credential's \(propertyName) \(text.prefix(40)) is \(time)"))
            }
        }
        return out
    }
}
