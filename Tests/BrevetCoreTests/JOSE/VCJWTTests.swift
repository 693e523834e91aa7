import BrevetJSON
import BrevetTestSupport
import Crypto
import Foundation
import Testing

@testable import BrevetCore

/// Keys from the W3C vectors, one per JWS algorithm.
enum JOSETestKeys {
    static let files: [(String, JWSAlgorithm)] = [
        ("standards/vectors/w3c/vc-di-eddsa/TestVectors/keyPair.json", .edDSA),
        ("standards/vectors/w3c/vc-di-ecdsa/TestVectors/p256KeyPair.json", .es256),
        ("standards/vectors/w3c/vc-di-ecdsa/TestVectors/p384KeyPair.json", .es384),
    ]

    static func signingKey(_ path: String) throws -> SigningKey {
        let pair = try SharedData.json(path)
        let secret = try #require(pair["secretKeyMultibase"]?.stringValue ?? pair["privateKeyMultibase"]?.stringValue)
        return try SigningKey(secretKeyMultibase: secret)
    }

    static let credential: JSONValue = [
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": ["id": "did:web:issuer.example", "type": ["Profile"], "name": "Example"],
        "validFrom": "2024-01-01T00:00:00Z",
        "validUntil": "2030-01-01T00:00:00.5+01:00",
        "credentialSubject": ["id": "did:example:learner", "type": ["AchievementSubject"]],
    ]
}

@Suite struct VCJWTRoundTripTests {
    @Test(arguments: JOSETestKeys.files)
    func issueThenVerify(path: String, alg: JWSAlgorithm) throws {
        let key = try JOSETestKeys.signingKey(path)
        let compact = try VCJWT.issue(credential: JOSETestKeys.credential, key: key, kid: "did:web:issuer.example#key-1")
        let token = try VCJWT(compact: compact)
        #expect(token.jws.algorithm == alg)
        #expect(token.jws.header["alg"] == .string(alg.rawValue))
        #expect(token.jws.header["typ"] == "vc+jwt")
        #expect(token.keyID == "did:web:issuer.example#key-1")
        #expect(token.form == .credentialPayload)
        #expect(token.findings.isEmpty, "\(token.findings)")
        #expect(token.claims["iss"] == "did:web:issuer.example")
        #expect(token.claims["sub"] == "did:example:learner")
        #expect(token.claims["jti"] == "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002")
        #expect(token.claims["nbf"] == 1_704_067_200)
        #expect(token.claims["exp"] == 1_893_452_400)
        #expect(token.credential == JOSETestKeys.credential, "the credential comes back without the JWT claims")
        #expect(try token.verifySignature(with: key.publicKey))

        // Through the resolver, with the issuer's did:web document.
        let did = try DID("did:web:issuer.example")
        let source = StaticDIDDocumentSource([did.string: DIDWeb.document(for: did, keys: [("key-1", key.publicKey)])])
        let outcome = try VCJWT.verify(compact, resolver: VerificationMethodResolver(documentSource: source))
        #expect(outcome.isSignatureValid)
        #expect(outcome.findings.isEmpty)
        #expect(outcome.token.credential["credentialSubject"]?["id"] == "did:example:learner")
    }

    @Test func edDSAIsWrittenNotEd25519() throws {
        let key = try JOSETestKeys.signingKey(JOSETestKeys.files[0].0)
        let compact = try VCJWT.issue(credential: JOSETestKeys.credential, key: key, kid: "k")
        let header = try JSONValue(parsing: try Base64URL.decode(compact.split(separator: ".")[0]))
        #expect(header["alg"] == "EdDSA")
    }

    @Test(arguments: JOSETestKeys.files)
    func tamperedPayloadAndSignatureFail(path: String, alg: JWSAlgorithm) throws {
        let key = try JOSETestKeys.signingKey(path)
        let compact = try VCJWT.issue(credential: JOSETestKeys.credential, key: key, kid: "k")
        let parts = compact.split(separator: ".").map(String.init)
        var payload = try JSONValue(parsing: try Base64URL.decode(parts[1]))
        payload["credentialSubject"]?["id"] = "did:example:mallory"
        let forged = [parts[0], Base64URL.encode(JSONWriter().bytes(payload)), parts[2]].joined(separator: ".")
        #expect(try !VCJWT(compact: forged).verifySignature(with: key.publicKey))

        var signature = try Base64URL.decode(parts[2])
        signature[signature.count / 2] ^= 0x01
        let badSignature = [parts[0], parts[1], Base64URL.encode(signature)].joined(separator: ".")
        #expect(try !VCJWT(compact: badSignature).verifySignature(with: key.publicKey))

        let short = [parts[0], parts[1], Base64URL.encode(signature.dropLast())].joined(separator: ".")
        #expect(try !VCJWT(compact: short).verifySignature(with: key.publicKey))
    }

    @Test func algorithmMustMatchKey() throws {
        let ed = try JOSETestKeys.signingKey(JOSETestKeys.files[0].0)
        let p256 = try JOSETestKeys.signingKey(JOSETestKeys.files[1].0)
        let compact = try VCJWT.issue(credential: JOSETestKeys.credential, key: p256, kid: "k")
        #expect(throws: JOSEError(.keyMismatch, "")) { try VCJWT(compact: compact).verifySignature(with: ed.publicKey) }
    }
}

@Suite struct VCJWTAttackTests {
    static func token(header: JSONValue, payload: JSONValue = JOSETestKeys.credential, signature: [UInt8]) -> String {
        Base64URL.encode(JSONWriter().bytes(header)) + "." + Base64URL.encode(JSONWriter().bytes(payload)) + "." + Base64URL.encode(signature)
    }

    @Test(arguments: ["none", "None", "NONE"])
    func algNoneIsRefused(alg: String) {
        let header: JSONValue = ["alg": .string(alg), "typ": "vc+jwt"]
        let unsigned = Base64URL.encode(JSONWriter().bytes(header)) + "." + Base64URL.encode(JSONWriter().bytes(JOSETestKeys.credential)) + "."
        #expect(throws: JOSEError(.algorithmNotAllowed, "")) { try VCJWT(compact: unsigned) }
        #expect(throws: JOSEError(.algorithmNotAllowed, "")) { try VCJWT(compact: Self.token(header: header, signature: [1, 2, 3])) }
    }

    /// The key-confusion attack: an HMAC "keyed" with the issuer's public key, in every form an
    /// attacker might try (raw bytes, Multikey text, JWK JSON).
    @Test(arguments: ["HS256", "HS384", "HS512"])
    func hmacWithPublicKeyAsSecretIsRefused(alg: String) throws {
        let key = try JOSETestKeys.signingKey(JOSETestKeys.files[0].0).publicKey
        let header: JSONValue = ["alg": .string(alg), "typ": "vc+jwt", "kid": .string(DIDKey.verificationMethodId(for: key))]
        let input = Base64URL.encode(JSONWriter().bytes(header)) + "." + Base64URL.encode(JSONWriter().bytes(JOSETestKeys.credential))
        let secrets: [[UInt8]] = [key.rawBytes, Array(key.publicKeyMultibase.utf8), JSONWriter().bytes(.object(key.jwk))]
        for secret in secrets {
            let mac = Array(HMAC<SHA256>.authenticationCode(for: Array(input.utf8), using: SymmetricKey(data: secret)))
            let forged = input + "." + Base64URL.encode(mac)
            #expect(throws: JOSEError(.algorithmNotAllowed, "")) { try VCJWT(compact: forged) }
            #expect(throws: JOSEError(.algorithmNotAllowed, "")) { try VCJWT.verify(forged, resolver: VerificationMethodResolver()) }
        }
    }

    @Test(arguments: ["RS256", "PS256", "ES256K", "ES512", "EdDSA448", ""])
    func unsupportedAlgorithms(alg: String) {
        #expect(throws: JOSEError(.unsupportedAlgorithm, "")) { try VCJWT(compact: Self.token(header: ["alg": .string(alg)], signature: [1])) }
    }

    @Test func structuralProblems() throws {
        let good = Self.token(header: ["alg": "EdDSA"], signature: [1, 2])
        let parts = good.split(separator: ".").map(String.init)
        let cases: [(String, JOSEError.Code)] = [
            (parts[0] + "." + parts[1], .malformed),
            (good + ".x", .malformed),
            (parts[0] + "=." + parts[1] + "." + parts[2], .malformed),
            (parts[0] + "." + parts[1] + "+." + parts[2], .malformed),
            (" " + good, .malformed),
            (parts[0] + "." + parts[1] + ".", .malformed),
            (Base64URL.encode(Array("[1]".utf8)) + "." + parts[1] + "." + parts[2], .malformed),
            (Base64URL.encode(Array("{\"alg\":\"EdDSA\",\"alg\":\"none\"}".utf8)) + "." + parts[1] + "." + parts[2], .malformed),
            (Self.token(header: ["typ": "vc+jwt"], signature: [1]), .invalidHeader),
            (Self.token(header: ["alg": 1], signature: [1]), .invalidHeader),
            (Self.token(header: ["alg": "EdDSA", "crit": ["b64"], "b64": false], signature: [1]), .invalidHeader),
            (Self.token(header: ["alg": "EdDSA", "kid": 7], signature: [1]), .invalidHeader),
            (Self.token(header: ["alg": "EdDSA"], payload: [1, 2], signature: [1]), .invalidPayload),
            (Self.token(header: ["alg": "EdDSA"], payload: ["iss": "x"], signature: [1]), .invalidPayload),
        ]
        for (text, code) in cases {
            #expect(throws: JOSEError(code, ""), "\(text.prefix(60))") { try VCJWT(compact: text) }
        }
        #expect(throws: JOSEError(.tooLarge, "")) { try VCJWT(compact: good, limits: .init(maxBytes: 16)) }
    }

    /// Absurd dates in a token are findings or refusals, never a trap on integer conversion.
    @Test func absurdDatesDoNotTrap() throws {
        let key = try JOSETestKeys.signingKey(JOSETestKeys.files[0].0)
        var payload = JOSETestKeys.credential
        payload["validFrom"] = "99999999999999999999-01-01T00:00:00Z"
        payload["nbf"] = .number(JSONNumber(1e300))
        payload["exp"] = .number(JSONNumber(-1e300))
        let jws = try CompactJWS.sign(payload: JSONWriter().bytes(payload), header: ["typ": "vc+jwt"], key: key)
        let token = try VCJWT(compact: jws.compact)
        #expect(Set(token.findings.map(\.claim)) == ["nbf", "exp", "iss"])
        let legacy: JSONValue = ["vc": ["type": ["VerifiableCredential"]], "iss": "did:example:1", "nbf": .number(JSONNumber(1e300))]
        let legacyJWS = try CompactJWS.sign(payload: JSONWriter().bytes(legacy), header: [:], key: key)
        #expect(try VCJWT(compact: legacyJWS.compact).credential["issuanceDate"] == nil)
        #expect(throws: JOSEError(.invalidCredential, "")) { try VCJWT.issue(credential: payload, key: key, kid: "k") }
    }

    @Test func claimFindings() throws {
        let key = try JOSETestKeys.signingKey(JOSETestKeys.files[0].0)
        var payload = JOSETestKeys.credential
        payload["iss"] = "did:web:someone-else.example"
        payload["sub"] = "did:example:learner"
        payload["nbf"] = 1
        payload["exp"] = "soon"
        payload["vc"] = [:]
        let jws = try CompactJWS.sign(payload: JSONWriter().bytes(payload), header: ["typ": "JWT"], key: key)
        let token = try VCJWT(compact: jws.compact)
        let flagged = Set(token.findings.map(\.claim))
        #expect(flagged == ["iss", "nbf", "exp", "vc", "typ"], "\(token.findings)")
        #expect(try token.verifySignature(with: key.publicKey))
    }
}

@Suite struct VCJWTLegacyTests {
    /// A VC 1.1 JWT: the credential in a `vc` claim, with iss/jti/sub/nbf/exp standing for its properties.
    @Test func vcClaimForm() throws {
        let key = try JOSETestKeys.signingKey(JOSETestKeys.files[1].0)
        let claims: JSONValue = [
            "vc": [
                "@context": ["https://www.w3.org/2018/credentials/v1"],
                "type": ["VerifiableCredential"],
                "credentialSubject": ["name": "Alice"],
            ],
            "iss": "did:key:zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP",
            "jti": "http://example.edu/credentials/3732",
            "sub": "did:example:ebfeb1f712ebc6f1c276e12ec21",
            "nbf": 1_262_304_000,
            "exp": 1_893_456_000,
        ]
        let jws = try CompactJWS.sign(
            payload: JSONWriter().bytes(claims), header: ["typ": "JWT", "kid": "#zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP"], key: key)
        let outcome = try VCJWT.verify(jws.compact, resolver: VerificationMethodResolver())
        #expect(outcome.isSignatureValid)
        let token = outcome.token
        #expect(token.form == .vcClaim)
        #expect(token.findings.isEmpty, "\(token.findings)")
        #expect(token.credential["issuer"] == claims["iss"])
        #expect(token.credential["id"] == claims["jti"])
        #expect(token.credential["credentialSubject"]?["id"] == claims["sub"])
        #expect(token.credential["issuanceDate"] == "2010-01-01T00:00:00Z")
        #expect(token.credential["expirationDate"] == "2030-01-01T00:00:00Z")
        #expect(outcome.verificationMethod.publicKey == key.publicKey)
    }

    /// The 1EdTech validator's JWT fixtures are VC 1.1 JWTs signed with RS256: `ob30/simple.jwt`
    /// (no `kid`, no `jwk`: the key is not published anywhere), `ob30/velocity.jwt` (a did:velocity
    /// `kid`) and `clr20/simple.jwt` (an RSA `jwk` in the header, which a verifier must not trust on
    /// its own word). Brevet does not implement RSA, so each is refused as unsupported with a reason
    /// that names the algorithm; the payload is still the VC 1.1 `vc` form with an `iss` claim.
    static let oneEdTechJWTs = [
        "standards/examples/ob-v3p0/validator/ob30/simple.jwt",
        "standards/examples/ob-v3p0/validator/ob30/velocity.jwt",
        "standards/examples/clr-v2p0/validator/clr20/simple.jwt",
    ]

    @Test(arguments: oneEdTechJWTs)
    func oneEdTechJWTIsRS256(path: String) throws {
        let compact = try SharedData.text(path).trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = compact.split(separator: ".").map(String.init)
        #expect(parts.count == 3)
        let header = try JSONValue(parsing: try Base64URL.decode(parts[0]))
        #expect(header["alg"] == "RS256")
        let payload = try JSONValue(parsing: try Base64URL.decode(parts[1]))
        #expect(payload["vc"]?.objectValue != nil)
        #expect(payload["iss"]?.stringValue != nil)
        do throws(JOSEError) {
            _ = try VCJWT(compact: compact)
            Issue.record("an RS256 token was accepted")
        } catch {
            #expect(error == JOSEError(.unsupportedAlgorithm, ""))
            #expect(error.reason.contains("RS256"))
        }
    }
}

@Suite struct EnvelopedVerifiableCredentialTests {
    @Test func wrapAndUnwrap() throws {
        let key = try JOSETestKeys.signingKey(JOSETestKeys.files[0].0)
        let compact = try VCJWT.issue(credential: JOSETestKeys.credential, key: key, kid: "k")
        let envelope = EnvelopedVerifiableCredential.wrap(compact)
        #expect(envelope["type"] == "EnvelopedVerifiableCredential")
        #expect(envelope["id"]?.stringValue?.hasPrefix("data:application/vc+jwt,ey") == true)
        #expect(try EnvelopedVerifiableCredential.unwrap(envelope) == compact)
    }

    static let notEnvelopes: [JSONValue] = [
        ["type": "VerifiableCredential", "id": "data:application/vc+jwt,abc"],
        ["type": "EnvelopedVerifiableCredential", "id": "data:application/vc+sd-jwt,abc"],
        ["type": "EnvelopedVerifiableCredential", "id": "data:application/vc+jwt;base64,abc"],
        ["type": "EnvelopedVerifiableCredential", "id": "https://example.com/vc"],
        ["type": "EnvelopedVerifiableCredential", "id": "data:application/vc+jwt,"],
        ["type": "EnvelopedVerifiableCredential"],
        "data:application/vc+jwt,abc",
    ]

    @Test(arguments: notEnvelopes)
    func notAnEnvelope(value: JSONValue) {
        #expect(throws: JOSEError(.invalidEnvelope, "")) { try EnvelopedVerifiableCredential.unwrap(value) }
    }
}
