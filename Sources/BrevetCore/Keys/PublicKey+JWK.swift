import BrevetJSON

/// Public keys as JSON Web Keys: `OKP`/`Ed25519` ([RFC 8037 §2](https://www.rfc-editor.org/rfc/rfc8037#section-2))
/// and `EC`/`P-256`, `P-384` ([RFC 7518 §6.2.1](https://www.rfc-editor.org/rfc/rfc7518#section-6.2.1)).
///
/// A JWK used as `publicKeyJwk` "MUST NOT contain any property marked as 'Private' or 'Secret' in
/// any registry" ([Controlled Identifiers §2.2.3](https://www.w3.org/TR/cid-1.0/#JsonWebKey)), so a
/// key with `d` is rejected rather than silently stripped.
extension PublicKey {
    /// Reads a public JWK.
    public init(jwk: JSONObject) throws(CoreError) {
        guard let kty = jwk["kty"]?.stringValue else {
            throw CoreError(.invalidJWK, "the JWK has no string member 'kty'")
        }
        guard let crv = jwk["crv"]?.stringValue else {
            throw CoreError(.invalidJWK, "the JWK has no string member 'crv'")
        }
        if jwk["d"] != nil {
            throw CoreError(.invalidJWK, "the JWK holds the private member 'd'; a public key MUST NOT contain private key material")
        }
        guard let algorithm = KeyAlgorithm(rawValue: crv) else {
            throw CoreError(.unsupportedKeyType, "JWK curve '\(crv)' is not Ed25519, P-256 or P-384")
        }
        guard kty == algorithm.jwkKeyType else {
            throw CoreError(.invalidJWK, "JWK curve \(crv) needs kty '\(algorithm.jwkKeyType)', not '\(kty)'")
        }
        let x = try Self.coordinate(jwk, "x", algorithm)
        if algorithm == .ed25519 {
            try self.init(algorithm: algorithm, rawBytes: x)
        } else {
            let y = try Self.coordinate(jwk, "y", algorithm)
            try self.init(algorithm: algorithm, rawBytes: [4] + x + y)
        }
    }

    static func coordinate(_ jwk: JSONObject, _ name: String, _ algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        guard let text = jwk[name]?.stringValue else {
            throw CoreError(.invalidJWK, "the \(algorithm) JWK has no string member '\(name)'")
        }
        let bytes: [UInt8]
        do { bytes = try Base64URL.decode(text) } catch {
            throw CoreError(.invalidJWK, "JWK member '\(name)' is not base64url: \(error.reason)")
        }
        let expected = algorithm == .ed25519 ? 32 : algorithm.publicKeyLength - 1
        guard bytes.count == expected else {
            throw CoreError(.invalidJWK, "JWK member '\(name)' of a \(algorithm) key has \(expected) bytes, not \(bytes.count)")
        }
        return bytes
    }

    /// The key as a public JWK, members in the order RFC 7638 thumbprints list them.
    public var jwk: JSONObject {
        switch storage {
        case .ed25519:
            return ["crv": "Ed25519", "kty": "OKP", "x": .string(Base64URL.encode(rawBytes))]
        case .p256(let k):
            return Self.ecJWK(algorithm, Array(k.x963Representation))
        case .p384(let k):
            return Self.ecJWK(algorithm, Array(k.x963Representation))
        }
    }

    static func ecJWK(_ algorithm: KeyAlgorithm, _ x963: [UInt8]) -> JSONObject {
        let n = algorithm.publicKeyLength - 1
        return [
            "crv": .string(algorithm.rawValue), "kty": "EC",
            "x": .string(Base64URL.encode(x963[1...n])),
            "y": .string(Base64URL.encode(x963[(n + 1)...])),
        ]
    }
}
