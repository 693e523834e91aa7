import BrevetJSON
import BrevetTestSupport
import Testing

@testable import BrevetCore

@Suite struct DIDWebTests {
    @Test(arguments: [
        ("did:web:w3c-ccg.github.io", "https://w3c-ccg.github.io/.well-known/did.json"),
        ("did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json"),
        ("did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json"),
        ("did:web:example.com%3A8080:issuers:42", "https://example.com:8080/issuers/42/did.json"),
        ("did:web:example.com", "https://example.com/.well-known/did.json"),
        ("did:web:Example.COM", "https://example.com/.well-known/did.json"),
    ])
    func documentURL(did: String, url: String) throws {
        #expect(try DIDWeb.documentURL(for: try DID(did)) == url)
    }

    @Test(arguments: [
        "did:web:127.0.0.1", "did:web:10.0.0.1%3A8080", "did:web:example.com%3A", "did:web:example.com%3A99999",
        "did:web:example.com%3Aab", "did:web:example.com::x", "did:web:example.com:..:x", "did:web:-bad.com",
        "did:web:exa%20mple.com",
    ])
    func invalidDIDWeb(did: String) {
        #expect(throws: DIDError(.invalidDID, "")) { try DIDWeb.documentURL(for: try DID(did)) }
    }

    @Test(arguments: [
        ("https://example.com:8080", "issuers/42", "did:web:example.com%3A8080:issuers:42"),
        ("https://example.com", "", "did:web:example.com"),
        ("https://example.com/", "/.well-known/did.json", "did:web:example.com"),
        ("https://Example.com/base", "/issuers/42/did.json", "did:web:example.com:base:issuers:42"),
        ("https://example.com", "a:b/c d", "did:web:example.com:a%3Ab:c%20d"),
    ])
    func didFromBaseURL(base: String, path: String, did: String) throws {
        let made = try DIDWeb.did(baseURL: base, path: path)
        #expect(made.string == did)
    }

    @Test func mappingRoundTrips() throws {
        let did = try DIDWeb.did(baseURL: "https://issuer.example:8443", path: "orgs/7")
        #expect(try DIDWeb.documentURL(for: did) == "https://issuer.example:8443/orgs/7/did.json")
    }

    @Test func refusesPlainHTTPAndIPs() {
        #expect(throws: DIDError(.invalidDID, "")) { try DIDWeb.did(baseURL: "http://example.com") }
        #expect(throws: DIDError(.invalidDID, "")) { try DIDWeb.did(baseURL: "https://192.168.1.1") }
        #expect(throws: DIDError(.invalidDID, "")) { try DIDWeb.did(baseURL: "https://example.com", path: "../x") }
    }

    static func vectorKey(_ path: String) throws -> PublicKey {
        try PublicKey(publicKeyMultibase: try #require(try SharedData.json(path)["publicKeyMultibase"]?.stringValue))
    }

    @Test func issuerDocumentResolvesThroughSource() throws {
        let did = try DID("did:web:issuer.example:orgs:7")
        let ed = try Self.vectorKey(DIDKeyTests.keyFiles[0])
        let p256 = try Self.vectorKey(DIDKeyTests.keyFiles[1])
        let document = DIDWeb.document(for: did, keys: [("key-1", ed), ("key-2", p256)])
        #expect(document["@context"] == ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"])
        #expect(document["assertionMethod"] == ["did:web:issuer.example:orgs:7#key-1", "did:web:issuer.example:orgs:7#key-2"])
        let parsed = try DIDDocument(json: document, retrievedFor: did.string)
        #expect(parsed.verificationMethods.map(\.publicKey) == [ed, p256])

        let resolver = VerificationMethodResolver(documentSource: StaticDIDDocumentSource([did.string: document]))
        #expect(try resolver.resolve(did.string + "#key-2").publicKey == p256)
        #expect(throws: DIDError(.verificationMethodNotFound, "")) { try resolver.resolve(did.string + "#key-3") }
        #expect(throws: DIDError(.notAuthorized, "")) { try resolver.resolve(did.string + "#key-1", relationship: "authentication") }
    }

    @Test func documentIdMustMatchTheDID() throws {
        let key = try Self.vectorKey(DIDKeyTests.keyFiles[0])
        let document = DIDWeb.document(for: try DID("did:web:attacker.example"), keys: [("key-1", key)])
        let resolver = VerificationMethodResolver(documentSource: StaticDIDDocumentSource(["did:web:victim.example": document]))
        #expect(throws: DIDError(.invalidDocument, "")) { try resolver.resolve("did:web:victim.example#key-1") }
    }

    @Test func relativeReferencesAndEmbeddedMethods() throws {
        let key = try Self.vectorKey(DIDKeyTests.keyFiles[0])
        let did = "did:web:example.com"
        let mb = JSONValue.string(key.publicKeyMultibase)
        let controller = JSONValue.string(did)
        let k1: JSONValue = ["id": "#k1", "type": "Ed25519VerificationKey2020", "controller": controller, "publicKeyMultibase": mb]
        let jwk: JSONValue = ["id": "#jwk", "type": "JsonWebKey", "controller": controller, "publicKeyJwk": .object(key.jwk)]
        let x: JSONValue = ["id": "#x", "type": "X25519KeyAgreementKey2020", "controller": controller, "publicKeyMultibase": "z6LS"]
        let embedded: JSONValue = ["id": "#emb", "type": "Multikey", "controller": controller, "publicKeyMultibase": mb]
        let assertion: [JSONValue] = ["#k1", .string(did + "#jwk"), "#x", embedded]
        let document: JSONValue = [
            "id": controller, "verificationMethod": .array([k1, jwk, x]), "assertionMethod": .array(assertion),
        ]
        let resolver = VerificationMethodResolver(documentSource: StaticDIDDocumentSource([did: document]))
        #expect(try resolver.resolve(did + "#k1").publicKey == key)
        #expect(try resolver.resolve(did + "#jwk").publicKey == key)
        #expect(try resolver.resolve(did + "#emb").publicKey == key)
        #expect(throws: DIDError(.keyTypeNotAllowed, "")) { try resolver.resolve(did + "#x") }
    }

    @Test func httpsControllerDocument() throws {
        // The 1EdTech fixtures name https://example.edu/issuers/565049#z6Mk…; a source maps it locally.
        let pair = try SharedData.json("standards/vectors/1EdTech/openbadges-specification/obv3p0-eddsa-rdfc-2022/keyPair.json")
        let methodId = try #require(pair["id"]?.stringValue)
        let controller = try #require(pair["controller"]?.stringValue)
        let multibase = try #require(pair["publicKeyMultibase"]?.stringValue)
        let method: JSONValue = [
            "id": .string(methodId), "type": "Multikey", "controller": .string(controller), "publicKeyMultibase": .string(multibase),
        ]
        let document: JSONValue = ["id": .string(controller), "verificationMethod": [method], "assertionMethod": [.string(methodId)]]
        let resolver = VerificationMethodResolver(documentSource: StaticDIDDocumentSource([controller: document]))
        #expect(try resolver.resolve(methodId).publicKey.publicKeyMultibase == multibase)
        let strict = VerificationMethodResolver(documentSource: StaticDIDDocumentSource([controller: document]), allowsHTTPSControllers: false)
        #expect(throws: DIDError(.unsupportedMethod, "")) { try strict.resolve(methodId) }
    }
}

@Suite struct VerificationMethodLookupTests {
    @Test func lookupAnswersDataIntegrityMethods() throws {
        let key = try DIDWebTests.vectorKey(DIDKeyTests.keyFiles[1])
        let id = DIDKey.verificationMethodId(for: key)
        let lookup = VerificationMethodResolver().lookup()
        let method = try lookup(id)
        #expect(method.id == id)
        #expect(method.type == "Multikey")
        #expect(method.publicKey == key)
        #expect(throws: DIDError(.unsupportedMethod, "")) { try lookup("did:example:1#k") }
    }
}
