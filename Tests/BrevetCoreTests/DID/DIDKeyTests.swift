import BrevetJSON
import BrevetTestSupport
import Testing

@testable import BrevetCore

/// did:key over the W3C and 1EdTech vector keys (Ed25519, P-256, P-384), each file its own case.
@Suite struct DIDKeyTests {
    static let keyFiles = [
        "standards/vectors/w3c/vc-di-eddsa/TestVectors/keyPair.json",
        "standards/vectors/w3c/vc-di-ecdsa/TestVectors/p256KeyPair.json",
        "standards/vectors/w3c/vc-di-ecdsa/TestVectors/p384KeyPair.json",
        "standards/vectors/1EdTech/openbadges-specification/obv3p0-eddsa-rdfc-2022/keyPair.json",
    ]

    /// Signed vectors whose proof names a did:key verification method, and the key file it uses.
    static let signedVectors = [
        ("standards/vectors/w3c/vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json", keyFiles[0]),
        ("standards/vectors/w3c/vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p256/signedECDSAP256.json", keyFiles[1]),
        ("standards/vectors/w3c/vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p384/signedECDSAP384.json", keyFiles[2]),
    ]

    @Test(arguments: keyFiles)
    func documentListsTheKeyAsMultikey(path: String) throws {
        let multibase = try #require(try SharedData.json(path)["publicKeyMultibase"]?.stringValue)
        let key = try PublicKey(publicKeyMultibase: multibase)
        let did = DIDKey.did(for: key)
        #expect(did == "did:key:" + multibase)
        let document = try DIDKey.document(for: try DID(did))
        let vmId = did + "#" + multibase
        #expect(document["id"] == .string(did))
        #expect(document["@context"] == ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"])
        let methods = try #require(document["verificationMethod"]?.arrayValue)
        #expect(methods.count == 1)
        #expect(methods[0]["id"] == .string(vmId))
        #expect(methods[0]["type"] == "Multikey")
        #expect(methods[0]["controller"] == .string(did))
        #expect(methods[0]["publicKeyMultibase"] == .string(multibase))
        #expect(document["assertionMethod"] == [.string(vmId)])
        #expect(document["authentication"] == [.string(vmId)])
        let resolved = try VerificationMethodResolver().resolve(vmId)
        #expect(resolved.publicKey == key)
        #expect(resolved.id == vmId)
    }

    @Test(arguments: signedVectors)
    func signedVectorMethodResolvesToItsKey(signed: String, keyFile: String) throws {
        let methodId = try #require(try SharedData.json(signed)["proof"]?["verificationMethod"]?.stringValue)
        let expected = try PublicKey(publicKeyMultibase: try #require(try SharedData.json(keyFile)["publicKeyMultibase"]?.stringValue))
        #expect(try VerificationMethodResolver().resolve(methodId).publicKey == expected)
    }

    @Test func bareDIDKeyFromOneEdTechFixtureResolves() throws {
        let credential = try SharedData.json("standards/examples/ob-v3p0/validator/ob30/simple-did-key-method.json")
        let methodId = try #require(credential["proof"]?.asArray.first?["verificationMethod"]?.stringValue)
        let key = try VerificationMethodResolver().resolve(methodId).publicKey
        #expect(key.publicKeyMultibase == "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")
    }

    @Test func wrongFragmentIsNotFound() {
        let did = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
        #expect(throws: DIDError(.verificationMethodNotFound, "")) { try VerificationMethodResolver().resolve(did + "#key-1") }
    }

    @Test func keyAgreementIsNotAnAssertionRelationship() {
        let did = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
        let id = did + "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
        #expect(throws: DIDError(.notAuthorized, "")) { try VerificationMethodResolver().resolve(id, relationship: "keyAgreement") }
    }

    @Test func policyRefusesKeyType() {
        let p384 = "did:key:z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ"
        let id = p384 + "#z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ"
        let resolver = VerificationMethodResolver(allowedAlgorithms: [.ed25519, .p256])
        #expect(throws: DIDError(.keyTypeNotAllowed, "")) { try resolver.resolve(id) }
    }

    @Test(arguments: [
        ("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme", DIDError.Code.keyTypeNotAllowed),  // secp256k1
        ("did:key:" + Multibase.encode([0xED, 0x01] + [UInt8](repeating: 7, count: 31)), DIDError.Code.invalidDID),  // 31-byte key
        ("did:key:" + Multibase.encode([0x80, 0x24] + [UInt8](repeating: 7, count: 33)), DIDError.Code.invalidDID),  // not a P-256 point
        ("did:key:u7QFYWJj", DIDError.Code.invalidDID),  // not base58btc
        ("did:key:z0OIl", DIDError.Code.invalidDID),  // not base58 at all
    ])
    func badKeysAreRefused(did: String, code: DIDError.Code) {
        #expect(throws: DIDError(code, "")) { try DIDKey.publicKey(of: try DID(did)) }
    }

    @Test func unsupportedMethodsAndSchemes() {
        let resolver = VerificationMethodResolver()
        #expect(throws: DIDError(.unsupportedMethod, "")) { try resolver.resolve("did:example:123#key-1") }
        #expect(throws: DIDError(.unsupportedMethod, "")) { try resolver.resolve("urn:uuid:1234#key") }
        #expect(throws: DIDError(.documentNotFound, "")) { try resolver.resolve("did:web:example.com#key-1") }
        #expect(throws: DIDError(.verificationMethodNotFound, "")) { try resolver.resolve("did:web:example.com") }
    }
}

@Suite struct DIDSyntaxTests {
    @Test(arguments: [
        "did:web:example.com", "did:key:z6Mk", "did:web:example.com%3A8080:a:b", "did:example:123456789abcdefghi",
        "did:a1:x.y-z_w",
    ])
    func validDIDs(text: String) throws {
        let did = try DID(text)
        #expect(did.string == text)
    }

    @Test(arguments: [
        "", "did:", "did:web", "did:web:", "did:Web:example.com", "did:web:exa mple.com", "did:web:a:",
        "did:web:a%2", "did:web:a%zz", "http://example.com", "did::x",
    ])
    func invalidDIDs(text: String) {
        #expect(throws: DIDError(.invalidDID, "")) { try DID(text) }
    }

    @Test func didURLParts() throws {
        let url = try DIDURL("did:web:example.com:u:1/path/x?service=a#key-1")
        #expect(url.did.string == "did:web:example.com:u:1")
        #expect(url.path == "/path/x")
        #expect(url.query == "service=a")
        #expect(url.fragment == "key-1")
        #expect(url.description == "did:web:example.com:u:1/path/x?service=a#key-1")
    }
}

@Suite struct DIDJWKTests {
    @Test(arguments: DIDKeyTests.keyFiles)
    func roundTripThroughDIDJWK(path: String) throws {
        let key = try PublicKey(publicKeyMultibase: try #require(try SharedData.json(path)["publicKeyMultibase"]?.stringValue))
        let did = DIDJWK.did(for: key)
        #expect(did.hasPrefix("did:jwk:ey"))
        let document = try DIDJWK.document(for: try DID(did))
        #expect(document["verificationMethod"]?.arrayValue?.first?["id"] == .string(did + "#0"))
        #expect(document["assertionMethod"] == [.string(did + "#0")])
        #expect(try VerificationMethodResolver().resolve(did + "#0").publicKey == key)
        #expect(throws: DIDError(.verificationMethodNotFound, "")) { try VerificationMethodResolver().resolve(did + "#1") }
    }

    @Test func specExampleP256() throws {
        // did:jwk specification example (a P-256 key with "use": "sig").
        let did = try DID(
            "did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9")
        let jwk = try DIDJWK.jwk(of: did)
        #expect(jwk["crv"] == "P-256")
        let method = try DIDJWK.verificationMethod(of: did)
        #expect(method.publicKey.algorithm == .p256)
    }

    @Test func privateKeyMaterialIsRefused() throws {
        let jwk: JSONValue = ["kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo", "d": "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"]
        let did = try DID("did:jwk:" + Base64URL.encode(JSONWriter().bytes(jwk)))
        #expect(throws: DIDError(.invalidKey, "")) { try DIDJWK.verificationMethod(of: did) }
    }
}
