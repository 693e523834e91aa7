/// Multibase: a one-character prefix that names the base encoding of the text after it.
///
/// [Controlled Identifiers §2.4 Multibase](https://www.w3.org/TR/cid-1.0/#multibase-0) and
/// [draft-multiformats-multibase](https://datatracker.ietf.org/doc/html/draft-multiformats-multibase).
/// Data Integrity uses `z` (base58btc) for keys and most proof values and `u` (base64url, no
/// padding) for selective-disclosure proof values and status lists. Where a specification fixes the
/// encoding ("the proofValue MUST be a multibase base58btc-encoded value"), call
/// ``decode(_:expecting:)``, which names both prefixes in its error when they differ.
public enum Multibase {
    /// The multibase encodings Brevet reads and writes.
    public enum Encoding: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Prefix `z`: Bitcoin base58.
        case base58btc
        /// Prefix `u`: RFC 4648 §5 base64url without padding.
        case base64url
        /// Prefix `f`: lower-case hexadecimal.
        case base16

        /// The prefix character.
        public var prefix: Character {
            switch self {
            case .base58btc: "z"
            case .base64url: "u"
            case .base16: "f"
            }
        }

        var prefixByte: UInt8 {
            switch self {
            case .base58btc: UInt8(ascii: "z")
            case .base64url: UInt8(ascii: "u")
            case .base16: UInt8(ascii: "f")
            }
        }

        /// The name the multibase table gives it.
        public var description: String {
            switch self {
            case .base58btc: "base58btc"
            case .base64url: "base64url"
            case .base16: "base16"
            }
        }

        init?(prefixByte: UInt8) {
            guard let e = Self.allCases.first(where: { $0.prefixByte == prefixByte }) else { return nil }
            self = e
        }
    }

    /// `bytes` as multibase text with the given encoding (base58btc unless told otherwise).
    public static func encode<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ encoding: Encoding = .base58btc) -> String {
        switch encoding {
        case .base58btc: return "z" + Base58BTC.encode(bytes)
        case .base64url: return "u" + Base64URL.encode(bytes)
        case .base16: return "f" + Base16.encode(bytes)
        }
    }

    /// The encoding named by the prefix and the decoded bytes.
    public static func decode(_ text: some StringProtocol) throws(CoreError) -> (encoding: Encoding, bytes: [UInt8]) {
        guard let first = text.utf8.first else {
            throw CoreError(.invalidMultibase, "multibase text is empty; it needs a prefix such as 'z' (base58btc)")
        }
        guard let encoding = Encoding(prefixByte: first) else {
            throw CoreError(
                .invalidMultibase,
                "multibase prefix \(Base58BTC.describe(first)) is not one Brevet supports ('z' base58btc, 'u' base64url, 'f' base16)")
        }
        return (encoding, try decodeBody(text.dropFirst(), encoding))
    }

    /// The bytes of `text`, which must use `expected`; a different or missing prefix is an
    /// ``CoreError/Code/invalidMultibase`` error that names both.
    public static func decode(_ text: some StringProtocol, expecting expected: Encoding) throws(CoreError) -> [UInt8] {
        guard let first = text.utf8.first else {
            throw CoreError(.invalidMultibase, "multibase text is empty; expected \(expected) with prefix '\(expected.prefix)'")
        }
        guard first == expected.prefixByte else {
            let found = Encoding(prefixByte: first).map { "prefix '\($0.prefix)' (\($0))" } ?? "\(Base58BTC.describe(first)), which is not a supported multibase prefix"
            throw CoreError(.invalidMultibase, "expected multibase \(expected) (prefix '\(expected.prefix)'), found \(found)")
        }
        return try decodeBody(text.dropFirst(), expected)
    }

    static func decodeBody(_ body: some StringProtocol, _ encoding: Encoding) throws(CoreError) -> [UInt8] {
        switch encoding {
        case .base58btc: return try Base58BTC.decode(body)
        case .base64url: return try Base64URL.decode(body)
        case .base16: return try Base16.decode(body)
        }
    }
}
