import BrevetJSON

/// The `did:jwk` method: a DID that is a base64url-encoded public JWK.
///
/// [did:jwk](https://github.com/quartzjer/did-jwk/blob/main/spec.md): `did:jwk:<base64url(JWK JSON)>`;
/// the document has one verification method `<did>#0` of type `JsonWebKey2020` holding the JWK.
/// "the JWK MUST NOT contain private key material" — a JWK with `d` is refused.
public enum DIDJWK {
    /// `did:jwk:…` for a public key; the JWK is serialised in canonical (RFC 8785) form.
    public static func did(for key: PublicKey) -> String {
        "did:jwk:" + Base64URL.encode(JSONCanonicalization.canonicalBytes(.object(key.jwk)))
    }

    /// The JWK a did:jwk carries.
    public static func jwk(of did: DID) throws(DIDError) -> JSONObject {
        guard did.method == "jwk" else { throw DIDError(.unsupportedMethod, "\(did) is not a did:jwk") }
        let bytes: [UInt8]
        do throws(CoreError) { bytes = try Base64URL.decode(did.methodSpecificId) } catch {
            throw DIDError(.invalidDID, "the did:jwk value is not base64url: \(error.reason)")
        }
        let value: JSONValue
        do throws(JSONError) { value = try JSONParser(limits: .init(maxDepth: 8, maxBytes: 16_384)).parse(bytes) } catch {
            throw DIDError(.invalidDID, "the did:jwk value is not a JSON object: \(error.reason)")
        }
        guard let jwk = value.objectValue else { throw DIDError(.invalidDID, "the did:jwk value is not a JSON object") }
        return jwk
    }

    /// The verification method `<did>#0`.
    public static func verificationMethod(of did: DID) throws(DIDError) -> ResolvedVerificationMethod {
        let jwk = try jwk(of: did)
        let json: JSONObject = [
            "id": .string(did.string + "#0"), "type": "JsonWebKey2020", "controller": .string(did.string),
            "publicKeyJwk": .object(jwk),
        ]
        return try ResolvedVerificationMethod(json: json, base: did.string)
    }

    /// The DID document of a did:jwk. A key marked `"use": "enc"` is listed only under
    /// `keyAgreement`, one marked `"use": "sig"` only under the signing relationships.
    public static func document(for did: DID) throws(DIDError) -> JSONValue {
        let method = try verificationMethod(of: did)
        let use = method.json["publicKeyJwk"]?["use"]?.stringValue
        var o = JSONObject()
        o["@context"] = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"]
        o["id"] = .string(did.string)
        o["verificationMethod"] = [.object(method.json)]
        let ref: JSONValue = [.string(method.id)]
        if use != "enc" {
            for r in DIDKey.relationships { o[r] = ref }
        }
        if use != "sig" { o["keyAgreement"] = ref }
        return .object(o)
    }
}
