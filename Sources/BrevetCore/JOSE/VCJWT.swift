import BrevetJSON

/// A verifiable credential secured as a JWT (a compact JWS whose payload is the credential).
///
/// [VC-JOSE-COSE §3.1.1](https://www.w3.org/TR/vc-jose-cose/#securing-vcs-with-jose): the payload is the
/// credential itself, with header `typ` `vc+jwt`. The older [VC 1.1 §6.3.1](https://www.w3.org/TR/vc-data-model-1.1/#jwt-encoding)
/// form carries the credential in a `vc` claim; both are read. Reading does not verify: call
/// ``verifySignature(with:)`` with the issuer's key (see ``VCJWT/verify(_:resolver:limits:)``).
public struct VCJWT: Sendable {
    /// How the token carries the credential.
    public enum Form: String, Sendable, Hashable {
        /// VC 2.0: the payload is the credential.
        case credentialPayload
        /// VC 1.1: the credential is the `vc` claim.
        case vcClaim
    }

    /// The `typ` Brevet writes ([VC-JOSE-COSE §3.1.1](https://www.w3.org/TR/vc-jose-cose/#securing-vcs-with-jose)).
    public static let mediaType = "vc+jwt"

    public let jws: CompactJWS
    /// The payload as read: the credential plus registered claims, or the VC 1.1 claim set.
    public let payload: JSONText
    public let form: Form
    /// Claims that disagree with the credential, and departures from the expected form.
    public let findings: [JWTClaimFinding]

    /// The whole payload as a value, built from ``payload`` on each use.
    public var claims: JSONObject { payload.value.objectValue ?? JSONObject() }

    /// The credential, built from ``payload`` on each use. For the 2.0 form, the payload without
    /// the registered JWT claims (``registeredClaimNames``), i.e. the credential as it was before it
    /// was secured; for the `vc` form, the `vc` object with `issuer`, `id`, `credentialSubject.id`,
    /// `issuanceDate` and `expirationDate` filled from `iss`, `jti`, `sub`, `nbf` and `exp` where it
    /// lacks them, as VC 1.1 §6.3.1 prescribes.
    public var credential: JSONValue {
        let claims = self.claims
        switch form {
        case .credentialPayload:
            var stripped = claims
            for name in Self.registeredClaimNames { stripped.removeValue(forKey: name) }
            return .object(stripped)
        case .vcClaim:
            return .object(Self.fillFromClaims(claims["vc"]?.objectValue ?? JSONObject(), claims))
        }
    }

    /// Reads a compact VC-JWT (no signature check yet). The claims are checked against the
    /// credential without building either: each is read from the payload's text.
    public init(compact: String, limits: CompactJWS.Limits = .default) throws(JOSEError) {
        let jws = try CompactJWS(compact: compact, limits: limits)
        let payload: JSONText
        do throws(JSONError) {
            payload = try JSONText(jws.payload, limits: .init(maxDepth: limits.maxDepth, maxBytes: limits.maxBytes))
        } catch {
            throw JOSEError(.invalidPayload, "the payload is not JSON: \(error.reason)")
        }
        guard payload.isObject(payload.root) else { throw JOSEError(.invalidPayload, "the payload is not a JSON object") }
        let claim = { (name: String) in Self.claim(name, payload) }
        var findings: [JWTClaimFinding] = []
        let form: Form
        if payload.member("@context", of: payload.root) != nil {
            form = .credentialPayload
            if payload.member("vc", of: payload.root) != nil || payload.member("vp", of: payload.root) != nil {
                findings.append(.init(.form, claim: "vc", "a VC 2.0 JWT payload MUST NOT hold a vc or vp claim"))
            }
            if jws.type != Self.mediaType {
                findings.append(.init(.form, claim: "typ", "the header typ is \(jws.type.map { "\"\($0)\"" } ?? "absent"), expected \"\(Self.mediaType)\""))
            }
            findings += Self.consistencyFindings(claim: claim, property: { Self.payloadProperty($0, payload) }, form: form)
        } else if let vc = payload.member("vc", of: payload.root), payload.isObject(vc) {
            form = .vcClaim
            let claims = payload.value.objectValue ?? JSONObject()
            let credential = JSONValue.object(Self.fillFromClaims(claims["vc"]?.objectValue ?? JSONObject(), claims))
            findings += Self.consistencyFindings(claim: { claims[$0] }, property: { $0.reduce(credential) { $0?[$1] } }, form: form)
        } else {
            throw JOSEError(.invalidPayload, "the payload is neither a credential (no @context) nor a VC 1.1 claim set (no vc object)")
        }
        self.jws = jws
        self.payload = payload
        self.form = form
        self.findings = findings
    }

    /// The payload member `name` (a claim), read from the payload alone.
    public func claim(_ name: String) -> JSONValue? { Self.claim(name, payload) }

    static func claim(_ name: String, _ payload: JSONText) -> JSONValue? {
        payload.member(name, of: payload.root).map { payload.value(at: $0) }
    }

    /// A property of the 2.0 form's credential by path (`["credentialSubject", "id"]`), read from
    /// the payload; registered claims are not credential properties.
    static func payloadProperty(_ path: [String], _ payload: JSONText) -> JSONValue? {
        guard let first = path.first, !registeredClaimNames.contains(first) else { return nil }
        var position = payload.root
        for name in path {
            guard let next = payload.member(name, of: position) else { return nil }
            position = next
        }
        return payload.value(at: position)
    }

    /// The credential's issuer id (`issuer`, or `issuer.id`).
    public var issuerID: String? {
        switch form {
        case .credentialPayload: return Self.issuerId { Self.payloadProperty($0, payload) }
        case .vcClaim: return Self.issuerId(credential)
        }
    }

    /// The registered JWT claims ([RFC 7519 §4.1](https://www.rfc-editor.org/rfc/rfc7519#section-4.1))
    /// that are not credential properties and are left out of ``credential``.
    public static let registeredClaimNames = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"]

    /// `kid` from the header.
    public var keyID: String? { jws.keyID }

    /// Whether the signature is valid for `key`; throws when `alg` does not suit the key.
    public func verifySignature(with key: PublicKey) throws(JOSEError) -> Bool {
        try jws.verifySignature(with: key)
    }

    /// The verification method to check the token with: `kid` as is when absolute, or `iss` + `kid`
    /// when `kid` is a bare fragment (`#key-1`); `nil` when there is no `kid`.
    public var verificationMethodId: String? {
        guard let kid = keyID else { return nil }
        if kid.hasPrefix("#") {
            guard let iss = claim("iss")?.stringValue ?? issuerID else { return nil }
            return iss + kid
        }
        return kid
    }

    /// VC 1.1 §6.3.1 decoding: a claim sets the property the `vc` object leaves out.
    static func fillFromClaims(_ vc: JSONObject, _ claims: JSONObject) -> JSONObject {
        var out = vc
        if out["issuer"] == nil, let iss = claims["iss"] { out["issuer"] = iss }
        if out["id"] == nil, let jti = claims["jti"] { out["id"] = jti }
        if let sub = claims["sub"], var subject = out["credentialSubject"]?.objectValue, subject["id"] == nil {
            subject["id"] = sub
            out["credentialSubject"] = .object(subject)
        }
        if out["issuanceDate"] == nil, let nbf = NumericDate.seconds(claims["nbf"]) {
            out["issuanceDate"] = .string(NumericDate.text(nbf))
        }
        if out["expirationDate"] == nil, let exp = NumericDate.seconds(claims["exp"]) {
            out["expirationDate"] = .string(NumericDate.text(exp))
        }
        return out
    }

    static func issuerId(_ credential: JSONValue) -> String? {
        issuerId { $0.reduce(credential) { $0?[$1] } }
    }

    /// The issuer id from a credential's properties, looked up by path.
    static func issuerId(property: ([String]) -> JSONValue?) -> String? {
        property(["issuer"])?.stringValue ?? property(["issuer", "id"])?.stringValue
    }
}
