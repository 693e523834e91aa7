/// A disagreement (or a gap) between a VC-JWT's registered claims and the credential it carries.
///
/// [VC-JOSE-COSE §3.1.3](https://www.w3.org/TR/vc-jose-cose/#jose-header-parameters-jwt-claims): when
/// `iss`, `sub`, `jti`, `nbf` or `exp` are present they stand for the credential's issuer, subject id,
/// id, `validFrom` and `validUntil`, so a verifier reports any value that disagrees. These are findings,
/// not errors: the caller decides whether one fails the verification. A `mismatch` means the token
/// says two different things and should fail; `missing` and `form` are about interoperability (a
/// `typ` of `JWT` rather than `vc+jwt`, no `iss`) and suit a warning.
public struct JWTClaimFinding: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The claim and the credential property both exist and differ.
        case mismatch
        /// A claim that Brevet expects (`iss`) is absent.
        case missing
        /// The header or payload departs from the expected form (`typ`, a `vc` claim in a 2.0 payload).
        case form
    }

    public var kind: Kind
    /// The claim or header member concerned, e.g. `iss`.
    public var claim: String
    public var message: String

    public init(_ kind: Kind, claim: String, _ message: String) {
        self.kind = kind
        self.claim = claim
        self.message = message
    }

    public var description: String { "\(claim): \(message)" }
}
