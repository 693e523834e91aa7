import Crypto

/// A public key that checks signatures: Ed25519, P-256 or P-384.
///
/// Build one from a Multikey (``init(publicKeyMultibase:)``), a JWK (``init(jwk:)``) or raw bytes
/// (``init(algorithm:rawBytes:)``). Equality compares the algorithm and the key, whatever form it
/// was read from.
public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
    enum Storage: Sendable {
        case ed25519(Curve25519.Signing.PublicKey)
        case p256(P256.Signing.PublicKey)
        case p384(P384.Signing.PublicKey)
    }

    let storage: Storage
    public let algorithm: KeyAlgorithm
    /// The key as Multikey stores it: 32 bytes for Ed25519, the compressed SEC 1 point for P-256
    /// (33 bytes) and P-384 (49 bytes).
    public let rawBytes: [UInt8]

    init(_ storage: Storage) {
        self.storage = storage
        switch storage {
        case .ed25519(let k):
            algorithm = .ed25519
            rawBytes = Array(k.rawRepresentation)
        case .p256(let k):
            algorithm = .p256
            rawBytes = Array(k.compressedRepresentation)
        case .p384(let k):
            algorithm = .p384
            rawBytes = Array(k.compressedRepresentation)
        }
    }

    /// A key from its raw bytes: 32 bytes for Ed25519; for P-256 and P-384 a SEC 1 point, compressed
    /// (`02`/`03` ‖ x) or uncompressed (`04` ‖ x ‖ y).
    public init<Bytes: Collection<UInt8>>(algorithm: KeyAlgorithm, rawBytes: Bytes) throws(CoreError) {
        let bytes = Array(rawBytes)
        do {
            switch algorithm {
            case .ed25519:
                guard bytes.count == 32 else {
                    throw CoreError(.invalidKey, "an Ed25519 public key has 32 bytes, not \(bytes.count)")
                }
                self.init(.ed25519(try Curve25519.Signing.PublicKey(rawRepresentation: bytes)))
            case .p256:
                self.init(.p256(try Self.point(bytes, algorithm, P256.Signing.PublicKey.init(compressedRepresentation:), P256.Signing.PublicKey.init(x963Representation:))))
            case .p384:
                self.init(.p384(try Self.point(bytes, algorithm, P384.Signing.PublicKey.init(compressedRepresentation:), P384.Signing.PublicKey.init(x963Representation:))))
            }
        } catch let error as CoreError {
            throw error
        } catch {
            throw CoreError(.invalidKey, "the bytes are not a valid \(algorithm) public key (\(error))")
        }
    }

    static func point<K>(
        _ bytes: [UInt8], _ algorithm: KeyAlgorithm,
        _ compressed: ([UInt8]) throws -> K, _ uncompressed: ([UInt8]) throws -> K
    ) throws -> K {
        let coordinate = algorithm.publicKeyLength - 1
        if bytes.count == coordinate + 1, bytes[0] == 2 || bytes[0] == 3 { return try compressed(bytes) }
        if bytes.count == 2 * coordinate + 1, bytes[0] == 4 { return try uncompressed(bytes) }
        throw CoreError(
            .invalidKey,
            "a \(algorithm) public key is a compressed point of \(coordinate + 1) bytes or an uncompressed one of \(2 * coordinate + 1) bytes; got \(bytes.count) bytes")
    }

    /// Whether `signature` is a valid signature of `message` by this key.
    ///
    /// Ed25519 signs the message itself; ECDSA hashes it first with SHA-256 (P-256) or SHA-384
    /// (P-384). ECDSA signatures are the raw `r ‖ s` form; DER is not accepted. A signature of the
    /// wrong length is simply invalid.
    public func verify<Signature: Collection<UInt8>, Message: Collection<UInt8>>(
        signature: Signature, for message: Message
    ) -> Bool {
        guard signature.count == algorithm.signatureLength else { return false }
        let sig = Array(signature)
        let msg = Array(message)
        switch storage {
        case .ed25519(let k):
            return k.isValidSignature(sig, for: msg)
        case .p256(let k):
            guard let s = try? P256.Signing.ECDSASignature(rawRepresentation: sig) else { return false }
            return k.isValidSignature(s, for: msg)
        case .p384(let k):
            guard let s = try? P384.Signing.ECDSASignature(rawRepresentation: sig) else { return false }
            return k.isValidSignature(s, for: msg)
        }
    }

    public var description: String { "\(algorithm) public key \(publicKeyMultibase)" }

    public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool {
        lhs.algorithm == rhs.algorithm && lhs.rawBytes == rhs.rawBytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(algorithm)
        hasher.combine(rawBytes)
    }
}
