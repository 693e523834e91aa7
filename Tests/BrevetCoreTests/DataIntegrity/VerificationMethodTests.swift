import BrevetCore
import BrevetJSON
import Testing

/// Verification method objects of the three supported types, read into the same key.
@Suite struct VerificationMethodTests {
    static func pair(_ path: String) throws -> VectorKeyPair { try VectorKeyPair.load(path, path) }

    @Test func multikeyJsonWebKeyAndEd25519VerificationKey2020AgreeOnTheKey() throws {
        let key = try Self.pair(Vectors.eddsa + "/keyPair.json").publicKey()
        let controller = "did:key:" + key.publicKeyMultibase
        let id = controller + "#" + key.publicKeyMultibase
        let multikey: JSONObject = ["id": .string(id), "type": "Multikey", "controller": .string(controller), "publicKeyMultibase": .string(key.publicKeyMultibase)]
        let jwk: JSONObject = ["id": .string(id), "type": "JsonWebKey", "controller": .string(controller), "publicKeyJwk": .object(key.jwk)]
        let legacy: JSONObject = ["id": .string(id), "type": "Ed25519VerificationKey2020", "controller": .string(controller), "publicKeyMultibase": .string(key.publicKeyMultibase)]
        for object in [multikey, jwk, legacy] {
            let method = try VerificationMethod(object)
            #expect(method.id == id)
            #expect(method.controller == controller)
            #expect(method.type == object["type"]?.stringValue)
            #expect(method.publicKey == key)
        }
        #expect(try VerificationMethod(multikey: multikey).multikeyObject == multikey)
    }

    @Test func ecdsaKeysAsJsonWebKey() throws {
        for path in [Vectors.ecdsa + "/p256KeyPair.json", Vectors.ecdsa + "/p384KeyPair.json"] {
            let key = try Self.pair(path).publicKey()
            let method = try VerificationMethod(["id": "https://issuer.example/#k", "type": "JsonWebKey", "controller": "https://issuer.example/", "publicKeyJwk": .object(key.jwk)])
            #expect(method.publicKey == key)
        }
    }

    @Test func rejectsUnusableMethods() throws {
        let ed = try Self.pair(Vectors.eddsa + "/keyPair.json").publicKey()
        let p256 = try Self.pair(Vectors.ecdsa + "/p256KeyPair.json").publicKey()
        let base: JSONObject = ["id": "did:example:1#k", "controller": "did:example:1"]
        func with(_ extra: JSONObject) -> JSONObject {
            var o = base
            for m in extra { o[m.key] = m.value }
            return o
        }
        #expect(throws: CoreError(.invalidVerificationMethod, "")) { try VerificationMethod(with(["type": "RsaVerificationKey2018"])) }
        #expect(throws: CoreError(.invalidVerificationMethod, "")) { try VerificationMethod(with(["publicKeyMultibase": .string(ed.publicKeyMultibase)])) }
        #expect(throws: CoreError(.invalidVerificationMethod, "")) {
            try VerificationMethod(with(["type": "Multikey", "publicKeyMultibase": .string(ed.publicKeyMultibase), "secretKeyMultibase": "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"]))
        }
        #expect(throws: CoreError(.invalidVerificationMethod, "")) { try VerificationMethod(with(["type": "Multikey"])) }
        #expect(throws: CoreError(.invalidVerificationMethod, "")) {
            try VerificationMethod(["id": "did:example:1#k", "type": "Multikey", "publicKeyMultibase": .string(ed.publicKeyMultibase)])
        }
        #expect(throws: CoreError(.invalidVerificationMethod, "")) {
            try VerificationMethod(with(["type": "Ed25519VerificationKey2020", "publicKeyMultibase": .string(p256.publicKeyMultibase)]))
        }
        #expect(throws: CoreError(.invalidVerificationMethod, "")) { try VerificationMethod(with(["type": "JsonWebKey", "publicKeyJwk": "not an object"])) }
    }
}
