/// Why a JWS or VC-JWT could not be read, built or checked.
///
/// A signature that does not verify is not an error: ``VCJWT/verifySignature(with:)`` answers false.
/// Errors are for tokens that cannot be read at all, algorithms that are never acceptable, and keys
/// that do not suit the algorithm. Equality compares the code only.
public struct JOSEError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case malformed, tooLarge, invalidHeader, algorithmNotAllowed, unsupportedAlgorithm
            case keyMismatch, invalidPayload, invalidCredential, keyResolution, signingFailed, invalidEnvelope
        }
        let base: Base
        /// Not three dot-separated parts of unpadded base64url, or a part is not JSON.
        public static let malformed = Code(base: .malformed)
        /// The token is longer than the reader's limit.
        public static let tooLarge = Code(base: .tooLarge)
        /// The protected header lacks `alg`, has members of the wrong type, or names a `crit` extension.
        public static let invalidHeader = Code(base: .invalidHeader)
        /// `alg` is `none` or a symmetric (HMAC) algorithm: never acceptable for a credential.
        public static let algorithmNotAllowed = Code(base: .algorithmNotAllowed)
        /// `alg` is an asymmetric algorithm Brevet does not implement (RS256, PS256, ES256K, ...).
        public static let unsupportedAlgorithm = Code(base: .unsupportedAlgorithm)
        /// `alg` does not match the key's type (ES256 with an Ed25519 key, ...).
        public static let keyMismatch = Code(base: .keyMismatch)
        /// The payload is not a JSON object, or holds neither a credential nor a `vc` claim.
        public static let invalidPayload = Code(base: .invalidPayload)
        /// The credential to sign cannot be turned into claims (not an object, unreadable dates, ...).
        public static let invalidCredential = Code(base: .invalidCredential)
        /// The `kid` could not be resolved to a key.
        public static let keyResolution = Code(base: .keyResolution)
        /// The signing key refused to sign.
        public static let signingFailed = Code(base: .signingFailed)
        /// Not an `EnvelopedVerifiableCredential` holding a `data:application/vc+jwt,` URL.
        public static let invalidEnvelope = Code(base: .invalidEnvelope)
        public var description: String { base.rawValue }
    }

    public let code: Code
    /// What is wrong, in words a person understands.
    public let reason: String

    public init(_ code: Code, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { "JOSE error (\(code)): \(reason)" }

    public static func == (lhs: JOSEError, rhs: JOSEError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
