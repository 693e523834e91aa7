import Crypto

/// A private key that signs: Ed25519, P-256 or P-384.
///
/// The core creates no keys itself (randomness is a parameter): the caller supplies the secret bytes,
/// from a key store or a random source of its choice. Note that swift-crypto draws the ECDSA nonce
/// itself, so P-256 and P-384 signatures differ from run to run; Ed25519 signatures are
/// deterministic.
public struct SigningKey: Sendable {
    enum Storage: Sendable {
        case ed25519(Curve25519.Signing.PrivateKey)
        case p256(P256.Signing.PrivateKey)
        case p384(P384.Signing.PrivateKey)
    }

    let storage: Storage
    public var algorithm: KeyAlgorithm { publicKey.algorithm }
    /// The matching public key.
    public let publicKey: PublicKey

    /// A key from raw secret bytes: the 32-byte Ed25519 seed (or seed ‖ public key, 64 bytes, as
    /// RFC 8032 libraries store it; the public half must match), or the P-256 (32 bytes) or P-384
    /// (48 bytes) private scalar.
    public init<Bytes: Collection<UInt8>>(algorithm: KeyAlgorithm, secretBytes: Bytes) throws(CoreError) {
        let bytes = Array(secretBytes)
        do {
            switch algorithm {
            case .ed25519:
                guard bytes.count == 32 || bytes.count == 64 else {
                    throw CoreError(.invalidKey, "an Ed25519 secret key is a 32-byte seed or a 64-byte seed ‖ public key, not \(bytes.count) bytes")
                }
                let key = try Curve25519.Signing.PrivateKey(rawRepresentation: Array(bytes[0..<32]))
                if bytes.count == 64, Array(key.publicKey.rawRepresentation) != Array(bytes[32...]) {
                    throw CoreError(.invalidKey, "the Ed25519 secret key's public half does not match its seed")
                }
                storage = .ed25519(key)
                publicKey = PublicKey(.ed25519(key.publicKey))
            case .p256:
                guard bytes.count == 32 else {
                    throw CoreError(.invalidKey, "a P-256 secret key has 32 bytes, not \(bytes.count)")
                }
                let key = try P256.Signing.PrivateKey(rawRepresentation: bytes)
                storage = .p256(key)
                publicKey = PublicKey(.p256(key.publicKey))
            case .p384:
                guard bytes.count == 48 else {
                    throw CoreError(.invalidKey, "a P-384 secret key has 48 bytes, not \(bytes.count)")
                }
                let key = try P384.Signing.PrivateKey(rawRepresentation: bytes)
                storage = .p384(key)
                publicKey = PublicKey(.p384(key.publicKey))
            }
        } catch let error as CoreError {
            throw error
        } catch {
            throw CoreError(.invalidKey, "the bytes are not a valid \(algorithm) secret key (\(error))")
        }
    }

    /// The raw secret: the Ed25519 seed or the ECDSA private scalar.
    public var secretBytes: [UInt8] {
        switch storage {
        case .ed25519(let k): Array(k.rawRepresentation)
        case .p256(let k): Array(k.rawRepresentation)
        case .p384(let k): Array(k.rawRepresentation)
        }
    }

    /// Signs `message`: Ed25519 over the message itself, ECDSA over its SHA-256 (P-256) or SHA-384
    /// (P-384) digest, returning the raw `r ‖ s` form.
    public func sign<Message: Collection<UInt8>>(_ message: Message) throws(CoreError) -> [UInt8] {
        let msg = Array(message)
        do {
            switch storage {
            case .ed25519(let k): return Array(try k.signature(for: msg))
            case .p256(let k): return Array(try k.signature(for: msg).rawRepresentation)
            case .p384(let k): return Array(try k.signature(for: msg).rawRepresentation)
            }
        } catch {
            throw CoreError(.signingFailed, "\(algorithm) signing failed (\(error))")
        }
    }
}
