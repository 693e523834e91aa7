/// A multicodec code: an unsigned-varint header that says what the bytes after it are.
///
/// [Controlled Identifiers §2.2.2 Multikey](https://www.w3.org/TR/cid-1.0/#Multikey) encodes a key as
/// multibase(multicodec header ‖ raw key). The header is an
/// [unsigned varint](https://github.com/multiformats/unsigned-varint): seven bits per byte, least
/// significant group first, high bit set on every byte but the last; the specification requires
/// the minimal encoding and at most nine bytes, and both are enforced here.
public struct Multicodec: Sendable, Hashable, CustomStringConvertible {
    /// The code from the [multicodec table](https://github.com/multiformats/multicodec/blob/master/table.csv).
    public let code: UInt64
    /// The table's name, for messages.
    public let name: String

    public init(code: UInt64, name: String) {
        self.code = code
        self.name = name
    }

    public static let ed25519Pub = Multicodec(code: 0xED, name: "ed25519-pub")
    public static let x25519Pub = Multicodec(code: 0xEC, name: "x25519-pub")
    public static let secp256k1Pub = Multicodec(code: 0xE7, name: "secp256k1-pub")
    public static let p256Pub = Multicodec(code: 0x1200, name: "p256-pub")
    public static let p384Pub = Multicodec(code: 0x1201, name: "p384-pub")
    public static let ed25519Priv = Multicodec(code: 0x1300, name: "ed25519-priv")
    public static let p256Priv = Multicodec(code: 0x1306, name: "p256-priv")
    public static let p384Priv = Multicodec(code: 0x1307, name: "p384-priv")
    public static let jwkJCSPub = Multicodec(code: 0xEB51, name: "jwk_jcs-pub")

    static let known: [Multicodec] = [
        .ed25519Pub, .x25519Pub, .secp256k1Pub, .p256Pub, .p384Pub, .ed25519Priv, .p256Priv, .p384Priv, .jwkJCSPub,
    ]

    /// The codec with this code: a named one when Brevet knows it, otherwise one named by its hex code.
    public static func named(_ code: UInt64) -> Multicodec {
        known.first { $0.code == code } ?? Multicodec(code: code, name: "0x" + String(code, radix: 16))
    }

    public var description: String { "\(name) (0x\(String(code, radix: 16)))" }

    public static func == (lhs: Multicodec, rhs: Multicodec) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    // MARK: Varint header

    /// The unsigned-varint bytes of ``code``, e.g. `[0xED, 0x01]` for ed25519-pub.
    public var header: [UInt8] {
        var out: [UInt8] = []
        var v = code
        repeat {
            var b = UInt8(v & 0x7F)
            v >>= 7
            if v != 0 { b |= 0x80 }
            out.append(b)
        } while v != 0
        return out
    }

    /// `header ‖ body`.
    public func prefixing<Bytes: Collection<UInt8>>(_ body: Bytes) -> [UInt8] {
        header + Array(body)
    }

    /// Reads the varint header at the start of `bytes`: the codec and the bytes after the header.
    public static func split(_ bytes: [UInt8]) throws(CoreError) -> (codec: Multicodec, body: ArraySlice<UInt8>) {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for (i, b) in bytes.enumerated() {
            if i >= 9 {
                throw CoreError(.invalidMulticodec, "multicodec varint header is longer than 9 bytes")
            }
            value |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 {
                if b == 0, i > 0 {
                    throw CoreError(.invalidMulticodec, "multicodec varint header is not minimally encoded")
                }
                return (named(value), bytes[(i + 1)...])
            }
            shift += 7
        }
        throw CoreError(
            .invalidMulticodec,
            bytes.isEmpty ? "no bytes where a multicodec header was expected" : "multicodec varint header is truncated")
    }

    /// The body of `bytes` after a header that must be `expected`.
    public static func body(of bytes: [UInt8], expecting expected: Multicodec) throws(CoreError) -> ArraySlice<UInt8> {
        let (codec, body) = try split(bytes)
        guard codec == expected else {
            throw CoreError(.invalidMulticodec, "expected multicodec \(expected), found \(codec)")
        }
        return body
    }
}
