/// A decentralized identifier: `did:<method>:<method-specific-id>`.
///
/// [DID Core §3.1 DID Syntax](https://www.w3.org/TR/did-core/#did-syntax):
/// `did = "did:" method-name ":" method-specific-id`, `method-name = 1*method-char` (lower-case
/// letters and digits), `method-specific-id = *( *idchar ":" ) 1*idchar`, with `idchar` an ASCII
/// letter, digit, `.`, `-`, `_` or a percent-encoded octet.
public struct DID: Sendable, Hashable, CustomStringConvertible {
    /// The whole DID, e.g. `did:web:example.com`.
    public let string: String
    /// The method name, e.g. `web`.
    public let method: String
    /// Everything after the method name's colon.
    public let methodSpecificId: String

    /// Parses a DID (not a DID URL: no path, query or fragment).
    public init(_ text: String) throws(DIDError) {
        let bytes = Array(text.utf8)
        guard bytes.count <= 8_192 else { throw DIDError(.invalidDID, "a DID longer than 8 KiB is not accepted") }
        guard text.hasPrefix("did:") else {
            throw DIDError(.invalidDID, "\"\(text.prefix(60))\" is not a DID: it does not start with \"did:\"")
        }
        var i = 4
        let methodStart = i
        while i < bytes.count, Self.isMethodChar(bytes[i]) { i += 1 }
        guard i > methodStart, i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
            throw DIDError(.invalidDID, "\"\(text.prefix(60))\" has no method name of lower-case letters and digits followed by ':'")
        }
        let method = String(decoding: bytes[methodStart..<i], as: UTF8.self)
        i += 1
        let idStart = i
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, Self.isHex(bytes[i + 1]), Self.isHex(bytes[i + 2]) else {
                    throw DIDError(.invalidDID, "\"\(text.prefix(60))\" has a '%' not followed by two hexadecimal digits")
                }
                i += 3
            } else if Self.isIdChar(c) || c == UInt8(ascii: ":") {
                i += 1
            } else {
                throw DIDError(.invalidDID, "\"\(text.prefix(60))\" has the character \(Self.describe(c)), which a DID may not contain")
            }
        }
        guard i > idStart, bytes[bytes.count - 1] != UInt8(ascii: ":") else {
            throw DIDError(.invalidDID, "\"\(text.prefix(60))\" has an empty method-specific id or ends with ':'")
        }
        self.string = text
        self.method = method
        self.methodSpecificId = String(decoding: bytes[idStart...], as: UTF8.self)
    }

    public var description: String { string }

    static func isMethodChar(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) }
    static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }
    static func isIdChar(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
            || c == UInt8(ascii: ".") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
    }
    static func describe(_ c: UInt8) -> String {
        c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x\(String(c, radix: 16))"
    }
}
