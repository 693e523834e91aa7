import BrevetJSON

extension VCJWT {
    /// Secures `credential` as a VC-JWT: header `{alg, typ: "vc+jwt", kid}`, payload the credential
    /// followed by ``registeredClaims(for:)`` (`iss`, `sub`, `jti`, `nbf`, `exp`).
    ///
    /// `alg` is `EdDSA`, `ES256` or `ES384` from the key; `kid` is the verification method id (for
    /// example `did:web:example.com#key-1`). Returns the compact serialization.
    public static func issue(credential: JSONValue, key: SigningKey, kid: String) throws(JOSEError) -> String {
        guard var payload = credential.objectValue else {
            throw JOSEError(.invalidCredential, "a credential is a JSON object, found \(credential.typeName)")
        }
        guard payload["proof"] == nil else {
            throw JOSEError(.invalidCredential, "the credential already has an embedded proof; secure it one way only")
        }
        for m in try registeredClaims(for: payload) { payload[m.key] = m.value }
        let header: JSONObject = ["kid": .string(kid), "typ": .string(mediaType)]
        return try CompactJWS.sign(payload: JSONWriter().bytes(.object(payload)), header: header, key: key).compact
    }

    /// Reads `compact`, resolves its `kid` (relative ids against `iss`) as an `assertionMethod`, and
    /// checks the signature. The result holds the token, the method used, and whether the signature
    /// is valid; claim findings are in ``VCJWT/findings``.
    public static func verify(
        _ compact: String, resolver: VerificationMethodResolver, limits: CompactJWS.Limits = .default
    ) throws(JOSEError) -> VCJWTVerification {
        try verify(VCJWT(compact: compact, limits: limits), resolver: resolver)
    }

    /// ``verify(_:resolver:limits:)`` of a token already read.
    public static func verify(_ token: VCJWT, resolver: VerificationMethodResolver) throws(JOSEError) -> VCJWTVerification {
        guard let methodId = token.verificationMethodId else {
            throw JOSEError(.keyResolution, "the header has no kid naming the issuer's verification method")
        }
        let method: ResolvedVerificationMethod
        do throws(DIDError) { method = try resolver.resolve(methodId, relationship: "assertionMethod") } catch {
            throw JOSEError(.keyResolution, "kid \(methodId.prefix(120)) could not be resolved: \(error.reason) (\(error.code))")
        }
        let valid = try token.verifySignature(with: method.publicKey)
        var findings: [JWTClaimFinding] = []
        if let issuer = token.issuerID, method.controller != issuer {
            findings.append(.init(.mismatch, claim: "kid", "the key is controlled by \(method.controller), not by the issuer \(issuer)"))
        }
        return VCJWTVerification(token: token, verificationMethod: method, isSignatureValid: valid, keyFindings: findings)
    }
}

/// The outcome of ``VCJWT/verify(_:resolver:limits:)``.
public struct VCJWTVerification: Sendable {
    public let token: VCJWT
    public let verificationMethod: ResolvedVerificationMethod
    public let isSignatureValid: Bool
    /// Findings about the key (controller is not the issuer); claim findings are on ``token``.
    public let keyFindings: [JWTClaimFinding]

    /// Every finding: the token's claim findings and the key findings.
    public var findings: [JWTClaimFinding] { token.findings + keyFindings }
}
