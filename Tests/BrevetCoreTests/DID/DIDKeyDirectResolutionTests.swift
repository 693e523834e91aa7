import BrevetJSON
import BrevetTestSupport
import Testing

@testable import BrevetCore

/// The direct did:key path of the resolver (and its memo) must answer exactly as the general path:
/// the same method for ids it takes, and nothing for ids it leaves to the general path's errors.
@Suite struct DIDKeyDirectResolutionTests {
    static let keyFiles = DIDKeyTests.keyFiles

    @Test(arguments: keyFiles)
    func directPathReturnsTheGeneralPathsMethod(path: String) throws {
        let multibase = try #require(try SharedData.json(path)["publicKeyMultibase"]?.stringValue)
        let did = "did:key:" + multibase
        let resolver = VerificationMethodResolver()
        for id in [did, did + "#" + multibase] {
            let general = try DIDKey.verificationMethod(of: try DID(did))
            let direct = try #require(resolver.directDIDKeyMethod(id, relationship: "assertionMethod"))
            #expect(direct == general)
            // A second call is served by the memo and is the same value.
            #expect(resolver.directDIDKeyMethod(id, relationship: "assertionMethod") == general)
            #expect(try resolver.resolve(id) == general)
        }
    }

    @Test func unusualIdsAreLeftToTheGeneralPath() throws {
        let key = try SigningKey(algorithm: .ed25519, secretBytes: (0..<32).map { UInt8($0) }).publicKey
        let value = key.publicKeyMultibase
        let did = "did:key:" + value
        let resolver = VerificationMethodResolver()
        let leftAlone = [
            did + "#key-1", did + "#", did + "#" + value + "x", "did:key:1:" + value, did + "/path#" + value,
            did + "?q#" + value, "did:key:z" + String(value.dropFirst(2)), "did:key:z11" + value.dropFirst(1), did + "0",
        ]
        for id in leftAlone {
            #expect(resolver.directDIDKeyMethod(id, relationship: "assertionMethod") == nil, "\(id)")
        }
        #expect(resolver.directDIDKeyMethod(did, relationship: "keyAgreement") == nil)
        #expect(throws: DIDError.self) { try resolver.resolve(did + "#key-1") }
        #expect(throws: DIDError.self) { try resolver.resolve(did, relationship: "keyAgreement") }
        var noKey = resolver
        noKey.allowedDIDMethods = ["web"]
        #expect(noKey.directDIDKeyMethod(did, relationship: "assertionMethod") == nil)
        #expect(throws: DIDError.self) { try noKey.resolve(did) }
        var p256Only = resolver
        p256Only.allowedAlgorithms = [.p256]
        #expect(throws: DIDError.self) { try p256Only.resolve(did) }
    }

    @Test func memoIsBounded() throws {
        let memo = DIDKeyMethodCache(capacity: 4)
        let key = try SigningKey(algorithm: .ed25519, secretBytes: (0..<32).map { UInt8($0) }).publicKey
        let method = DIDKey.method(did: "did:key:" + key.publicKeyMultibase, value: key.publicKeyMultibase,
                                   id: "did:key:" + key.publicKeyMultibase, key: key)
        for i in 0..<10 { memo.store(method, for: "id\(i)") }
        #expect(memo.method(for: "id9") == method)
        #expect(memo.method(for: "id0") == nil)
    }
}
