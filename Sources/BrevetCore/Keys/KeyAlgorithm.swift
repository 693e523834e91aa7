/// The signature algorithms Brevet's keys support, with the names each specification gives them.
///
/// - Ed25519: EdDSA over edwards25519 ([RFC 8032](https://www.rfc-editor.org/rfc/rfc8032)), used by
///   eddsa-rdfc-2022, eddsa-jcs-2022 and Ed25519Signature2020.
/// - P-256 and P-384: ECDSA ([FIPS 186-5](https://csrc.nist.gov/pubs/fips/186-5/final)) with SHA-256
///   and SHA-384, used by ecdsa-rdfc-2019 and ecdsa-jcs-2019. Signatures are IEEE P1363 `r ‖ s`,
///   as [vc-di-ecdsa §3.3](https://www.w3.org/TR/vc-di-ecdsa/#algorithms) and JOSE
///   ([RFC 7518 §3.4](https://www.rfc-editor.org/rfc/rfc7518#section-3.4)) both require.
public enum KeyAlgorithm: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case ed25519 = "Ed25519"
    case p256 = "P-256"
    case p384 = "P-384"

    /// The curve name, as JWK `crv` writes it.
    public var description: String { rawValue }

    /// Multicodec of a public key of this algorithm, the Multikey header.
    public var publicKeyCodec: Multicodec {
        switch self {
        case .ed25519: .ed25519Pub
        case .p256: .p256Pub
        case .p384: .p384Pub
        }
    }

    /// Multicodec of a secret key of this algorithm, the `secretKeyMultibase` header.
    public var secretKeyCodec: Multicodec {
        switch self {
        case .ed25519: .ed25519Priv
        case .p256: .p256Priv
        case .p384: .p384Priv
        }
    }

    /// Length of a public key as Multikey stores it: 32 bytes for Ed25519, a compressed point
    /// (`0x02`/`0x03` ‖ x) for the NIST curves.
    public var publicKeyLength: Int {
        switch self {
        case .ed25519: 32
        case .p256: 33
        case .p384: 49
        }
    }

    /// Length of a raw secret key: the Ed25519 seed, or the ECDSA private scalar.
    public var secretKeyLength: Int {
        switch self {
        case .ed25519: 32
        case .p256: 32
        case .p384: 48
        }
    }

    /// Length of a signature: 64 bytes for Ed25519 and P-256 (`r ‖ s`), 96 for P-384.
    public var signatureLength: Int {
        switch self {
        case .ed25519: 64
        case .p256: 64
        case .p384: 96
        }
    }

    /// The JWS `alg` ([RFC 7518 §3.1](https://www.rfc-editor.org/rfc/rfc7518#section-3.1),
    /// [RFC 8037 §3.1](https://www.rfc-editor.org/rfc/rfc8037#section-3.1)).
    public var joseAlgorithm: String {
        switch self {
        case .ed25519: "EdDSA"
        case .p256: "ES256"
        case .p384: "ES384"
        }
    }

    /// The JWK `kty`: `OKP` for Ed25519 (RFC 8037), `EC` for the NIST curves (RFC 7518 §6.2).
    public var jwkKeyType: String {
        self == .ed25519 ? "OKP" : "EC"
    }
}
