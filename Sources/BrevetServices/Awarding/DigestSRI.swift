import Crypto
import Foundation

/// VC 2.0 `digestSRI` values: the algorithm, a dash, and the base64 digest of a resource's exact
/// bytes ([VC 2.0 §5.3](https://www.w3.org/TR/vc-data-model-2.0/#integrity-of-related-resources)).
/// Brevet writes SHA-384 and checks SHA-256, SHA-384 and SHA-512.
enum DigestSRI {
    /// The SHA-384 `digestSRI` Brevet writes for a part.
    static func sha384(_ bytes: some Sequence<UInt8>) -> String {
        "sha384-" + Data(SHA384.hash(data: Array(bytes))).base64EncodedString()
    }

    /// The `digestSRI` of `bytes` with the algorithm `expected` names, or `nil` for another algorithm.
    static func matching(_ bytes: [UInt8], algorithmOf expected: String) -> String? {
        if expected.hasPrefix("sha384-") { return sha384(bytes) }
        if expected.hasPrefix("sha256-") { return "sha256-" + Data(SHA256.hash(data: bytes)).base64EncodedString() }
        if expected.hasPrefix("sha512-") { return "sha512-" + Data(SHA512.hash(data: bytes)).base64EncodedString() }
        return nil
    }
}
