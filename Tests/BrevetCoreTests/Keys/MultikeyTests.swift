import BrevetCore
import BrevetTestSupport
import Testing

/// Multikey public and secret keys from every key pair in the vectors.
@Suite struct MultikeyTests {
    @Test func allKeyPairsLoad() {
        #expect(VectorKeyPair.all.count == 8)
    }

    @Test(arguments: VectorKeyPair.all)
    func secretKeyDerivesThePublishedPublicKey(pair: VectorKeyPair) throws {
        let signing = try pair.signingKey()
        #expect(signing.publicKey.publicKeyMultibase == pair.publicKeyMultibase)
        #expect(try pair.publicKey() == signing.publicKey)
    }

    @Test(arguments: VectorKeyPair.all)
    func multikeyRoundTrips(pair: VectorKeyPair) throws {
        let key = try pair.publicKey()
        #expect(key.publicKeyMultibase == pair.publicKeyMultibase)
        let prefix = String(pair.publicKeyMultibase.prefix(4))
        switch key.algorithm {
        case .ed25519: #expect(prefix == "z6Mk")
        case .p256: #expect(prefix == "zDna")
        case .p384: #expect(prefix == "z82L")
        }
        let secret = try pair.signingKey()
        #expect(try SigningKey(secretKeyMultibase: secret.secretKeyMultibase).publicKey == key)
    }

    /// The 1EdTech vector also gives the keys in hex: seed ‖ public (64 bytes) and public.
    @Test func oneEdTechHexKeysAgree() throws {
        let o = try Vectors.object(Vectors.obv3 + "/keyPair.json")
        let privateHex = try Base16.decode(try Vectors.string(o, "privateKeyHex"))
        let publicHex = try Base16.decode(try Vectors.string(o, "publicKeyHex"))
        let fromHex = try SigningKey(algorithm: .ed25519, secretBytes: privateHex)
        #expect(fromHex.publicKey.rawBytes == publicHex)
        #expect(fromHex.publicKey.publicKeyMultibase == (try Vectors.string(o, "publicKeyMultibase")))
        let fromMultibase = try SigningKey(secretKeyMultibase: try Vectors.string(o, "secretKeyMultibase"))
        #expect(fromMultibase.secretBytes == Array(privateHex[0..<32]))
    }

    @Test func rejectsBadKeys() throws {
        // Ed25519 header with 31 bytes.
        let short = Multibase.encode([0xED, 0x01] + [UInt8](repeating: 7, count: 31))
        #expect(throws: CoreError(.invalidKey, "")) { try PublicKey(publicKeyMultibase: short) }
        // P-256 header with an uncompressed point: Multikey requires compressed.
        let p256 = try VectorKeyPair.all.first { $0.name == "ecdsa p256KeyPair" }!.publicKey()
        let x = try Base64URL.decode(p256.jwk["x"]!.stringValue!)
        let y = try Base64URL.decode(p256.jwk["y"]!.stringValue!)
        let uncompressed = Multibase.encode([0x80, 0x24, 4] + x + y)
        #expect(throws: CoreError(.invalidKey, "")) { try PublicKey(publicKeyMultibase: uncompressed) }
        // A compressed P-256 point that is not on the curve (x = p - 1 does not give a square for every prefix; 0xFF.. is > p).
        let offCurve = Multibase.encode([0x80, 0x24, 0x02] + [UInt8](repeating: 0xFF, count: 32))
        #expect(throws: CoreError(.invalidKey, "")) { try PublicKey(publicKeyMultibase: offCurve) }
        // secp256k1 is not supported.
        let k1 = Multibase.encode([0xE7, 0x01] + [UInt8](repeating: 2, count: 33))
        #expect(throws: CoreError(.unsupportedKeyType, "")) { try PublicKey(publicKeyMultibase: k1) }
        // A public key given where a secret key is expected.
        #expect(throws: CoreError(.unsupportedKeyType, "")) { try SigningKey(secretKeyMultibase: p256.publicKeyMultibase) }
        // base64url multibase is not Multikey.
        #expect(throws: CoreError(.invalidMultibase, "")) { try PublicKey(publicKeyMultibase: "u7QE") }
        // Ed25519 seed ‖ public whose halves disagree.
        let o = try Vectors.object(Vectors.obv3 + "/keyPair.json")
        var privateHex = try Base16.decode(try Vectors.string(o, "privateKeyHex"))
        privateHex[63] ^= 1
        #expect(throws: CoreError(.invalidKey, "")) { try SigningKey(algorithm: .ed25519, secretBytes: privateHex) }
    }
}
