/// The JWS `alg` values Brevet signs and verifies with: `EdDSA` (Ed25519), `ES256` (P-256) and `ES384`
/// (P-384).
///
/// Everything else is refused before any key is touched. `none` and the HMAC family are refused with
/// ``JOSEError/Code-swift.struct/algorithmNotAllowed``: a credential is checked with a public key, and
/// accepting `HS256` would let anyone who knows that public key forge a MAC "keyed" with it
/// ([RFC 8725 §2.1, §3.1](https://www.rfc-editor.org/rfc/rfc8725#section-3.1): "libraries MUST enable the
/// caller to specify a supported set of algorithms and MUST NOT use any other algorithms").
public enum JWSAlgorithm: String, Sendable, Hashable, CaseIterable {
    case edDSA = "EdDSA"
    case es256 = "ES256"
    case es384 = "ES384"

    /// The key algorithm this `alg` needs.
    public var keyAlgorithm: KeyAlgorithm {
        switch self {
        case .edDSA: .ed25519
        case .es256: .p256
        case .es384: .p384
        }
    }

    /// The `alg` Brevet writes for a key: `EdDSA` (not the newer `Ed25519`) for interoperability.
    public init(for key: KeyAlgorithm) {
        switch key {
        case .ed25519: self = .edDSA
        case .p256: self = .es256
        case .p384: self = .es384
        }
    }

    /// Reads a header's `alg`. `Ed25519` (the fully-specified name of RFC 9864) is read as `EdDSA`.
    public init(headerValue alg: String) throws(JOSEError) {
        if let known = JWSAlgorithm(rawValue: alg) {
            self = known
            return
        }
        if alg == "Ed25519" {
            self = .edDSA
            return
        }
        if alg.lowercased() == "none" {
            throw JOSEError(.algorithmNotAllowed, "alg \"\(alg)\" (an unsecured JWS) is never accepted")
        }
        if alg.hasPrefix("HS") {
            throw JOSEError(.algorithmNotAllowed, "alg \(alg) is a symmetric MAC; credentials are verified with public keys only")
        }
        throw JOSEError(.unsupportedAlgorithm, "alg \"\(alg.prefix(40))\" is not supported (supported: EdDSA, ES256, ES384)")
    }
}
