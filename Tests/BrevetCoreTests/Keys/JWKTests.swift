import BrevetCore
import BrevetJSON
import Testing

@Suite struct JWKTests {
    /// RFC 8037 Appendix A.2: the public part of the example Ed25519 key.
    @Test func rfc8037Example() throws {
        let jwk: JSONObject = ["kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"]
        let key = try PublicKey(jwk: jwk)
        #expect(key.algorithm == .ed25519)
        #expect(key.rawBytes == (try Base16.decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")))
        #expect(key.jwk == jwk)
    }

    /// The JWK form and the Multikey form of each vector key are the same key.
    @Test(arguments: VectorKeyPair.all)
    func jwkRoundTrip(pair: VectorKeyPair) throws {
        let key = try pair.publicKey()
        let jwk = key.jwk
        #expect(jwk["kty"]?.stringValue == (key.algorithm == .ed25519 ? "OKP" : "EC"))
        #expect(jwk["crv"]?.stringValue == key.algorithm.rawValue)
        #expect(try PublicKey(jwk: jwk) == key)
        let x = try Base64URL.decode(jwk["x"]!.stringValue!)
        // x is the Ed25519 key, or the x coordinate that follows the compressed point's prefix byte.
        #expect(x == (key.algorithm == .ed25519 ? key.rawBytes : Array(key.rawBytes.dropFirst())))
    }

    @Test func rejectsBadJWKs() throws {
        let x = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
        #expect(throws: CoreError(.invalidJWK, "")) { try PublicKey(jwk: ["crv": "Ed25519", "x": .string(x)]) }
        #expect(throws: CoreError(.invalidJWK, "")) { try PublicKey(jwk: ["kty": "EC", "crv": "Ed25519", "x": .string(x)]) }
        #expect(throws: CoreError(.invalidJWK, "")) {
            try PublicKey(jwk: ["kty": "OKP", "crv": "Ed25519", "x": .string(x), "d": "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"])
        }
        #expect(throws: CoreError(.invalidJWK, "")) { try PublicKey(jwk: ["kty": "OKP", "crv": "Ed25519", "x": "11qY"]) }
        #expect(throws: CoreError(.invalidJWK, "")) { try PublicKey(jwk: ["kty": "OKP", "crv": "Ed25519", "x": "11qY+AYK"]) }
        #expect(throws: CoreError(.unsupportedKeyType, "")) { try PublicKey(jwk: ["kty": "EC", "crv": "secp256k1", "x": .string(x)]) }
        #expect(throws: CoreError(.invalidJWK, "")) { try PublicKey(jwk: ["kty": "EC", "crv": "P-256", "x": .string(x)]) }
    }
}
