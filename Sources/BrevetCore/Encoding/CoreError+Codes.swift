// Codes for encodings, keys and Data Integrity proofs. Other areas of BrevetCore declare theirs in
// their own `CoreError+<Area>.swift` extension.

extension CoreError.Code {
    // MARK: Encoding

    /// A multibase string is empty or starts with a prefix other than the one expected.
    public static let invalidMultibase = Self("invalidMultibase")
    /// A base58btc string holds a character outside the Bitcoin alphabet.
    public static let invalidBase58 = Self("invalidBase58")
    /// A base64url string holds a character outside the URL-safe alphabet, padding, or a bad length.
    public static let invalidBase64URL = Self("invalidBase64URL")
    /// A hexadecimal string holds a non-hex character or has an odd length.
    public static let invalidHex = Self("invalidHex")
    /// A multicodec header is missing, truncated, over-long, or names a codec not expected here.
    public static let invalidMulticodec = Self("invalidMulticodec")

    // MARK: Keys

    /// Key bytes have the wrong length or are not a valid point or scalar for their curve.
    public static let invalidKey = Self("invalidKey")
    /// The key type, curve or algorithm is one Brevet does not support.
    public static let unsupportedKeyType = Self("unsupportedKeyType")
    /// A JSON Web Key lacks a member, or has one of the wrong type or value.
    public static let invalidJWK = Self("invalidJWK")
    /// A verification method object is not a Multikey, JsonWebKey or Ed25519VerificationKey2020,
    /// or lacks its key material.
    public static let invalidVerificationMethod = Self("invalidVerificationMethod")
    /// The signing library refused to sign.
    public static let signingFailed = Self("signingFailed")

    // MARK: Data Integrity

    /// A proof lacks a required member or has one of the wrong type or form.
    public static let invalidProof = Self("invalidProof")
    /// The document cannot be secured or verified as given (not an object, bad `@context`, ...).
    public static let invalidDocument = Self("invalidDocument")
    /// No cryptosuite of that name is registered.
    public static let unknownCryptosuite = Self("unknownCryptosuite")
    /// The key given does not suit the cryptosuite (an Ed25519 key for ecdsa-rdfc-2019, ...).
    public static let keyMismatch = Self("keyMismatch")
    /// Transformation to canonical form failed (JSON-LD expansion, RDF canonicalization, ...).
    public static let canonicalizationFailed = Self("canonicalizationFailed")
    /// A previousProof names a proof that is not in the document, or proofs form a cycle.
    public static let invalidProofChain = Self("invalidProofChain")
}
