import BrevetCore
import Testing

@Suite struct SigningKeyTests {
    /// RFC 8032 §7.1 TEST 1: the empty message.
    @Test func rfc8032Test1() throws {
        let key = try SigningKey(algorithm: .ed25519, secretBytes: Base16.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
        #expect(key.publicKey.rawBytes == (try Base16.decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")))
        let expected = try Base16.decode(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
        #expect(try key.sign([UInt8]()) == expected)
        #expect(key.publicKey.verify(signature: expected, for: [UInt8]()))
        #expect(!key.publicKey.verify(signature: expected, for: [0]))
    }

    @Test(arguments: VectorKeyPair.all)
    func signThenVerify(pair: VectorKeyPair) throws {
        let key = try pair.signingKey()
        let message = Array("Brevet".utf8)
        var signature = try key.sign(message)
        #expect(signature.count == key.algorithm.signatureLength)
        #expect(key.publicKey.verify(signature: signature, for: message))
        #expect(!key.publicKey.verify(signature: signature, for: Array("brevet".utf8)))
        #expect(!key.publicKey.verify(signature: signature.dropLast(), for: message))
        signature[5] ^= 0x40
        #expect(!key.publicKey.verify(signature: signature, for: message))
        // A different key of the same algorithm does not verify.
        let other = VectorKeyPair.all.first { $0.name != pair.name && (try? $0.publicKey().algorithm) == key.algorithm }
        if let other {
            signature[5] ^= 0x40
            #expect(!(try other.publicKey()).verify(signature: signature, for: message))
        }
    }

    @Test func rejectsBadSecrets() {
        #expect(throws: CoreError(.invalidKey, "")) { try SigningKey(algorithm: .p256, secretBytes: [UInt8](repeating: 0, count: 32)) }
        #expect(throws: CoreError(.invalidKey, "")) { try SigningKey(algorithm: .p384, secretBytes: [UInt8](repeating: 1, count: 32)) }
        #expect(throws: CoreError(.invalidKey, "")) { try SigningKey(algorithm: .ed25519, secretBytes: [UInt8](repeating: 1, count: 31)) }
    }
}
