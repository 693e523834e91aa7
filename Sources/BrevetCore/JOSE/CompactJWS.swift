import BrevetJSON

/// A JWS in compact serialization: `BASE64URL(header) . BASE64URL(payload) . BASE64URL(signature)`.
///
/// [RFC 7515 §7.1](https://www.rfc-editor.org/rfc/rfc7515#section-7.1). Parsing is strict and bounded:
/// exactly three parts, unpadded base64url only, a header that is a JSON object of bounded depth with
/// no duplicate members, a string `alg`, and no `crit` extensions ("the JWS MUST be rejected" when a
/// critical extension is not understood, [§4.1.11](https://www.rfc-editor.org/rfc/rfc7515#section-4.1.11)).
/// The signature is checked over the exact bytes received (``signingInput``), never over a re-encoding.
public struct CompactJWS: Sendable, Hashable {
    /// Limits applied while reading a token.
    public struct Limits: Sendable, Hashable {
        /// Longest token accepted, in bytes.
        public var maxBytes: Int
        /// Deepest JSON nesting accepted in header and payload.
        public var maxDepth: Int
        public init(maxBytes: Int = 8 << 20, maxDepth: Int = 64) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
        }
        public static let `default` = Limits()
    }

    /// The protected header.
    public let header: JSONObject
    public let algorithm: JWSAlgorithm
    /// The decoded payload bytes.
    public let payload: [UInt8]
    public let signature: [UInt8]
    /// `ASCII(BASE64URL(header) . BASE64URL(payload))`, the bytes the signature covers.
    public let signingInput: [UInt8]

    /// Parses a compact JWS.
    public init(compact: String, limits: Limits = .default) throws(JOSEError) {
        let bytes = Array(compact.utf8)
        guard bytes.count <= limits.maxBytes else {
            throw JOSEError(.tooLarge, "the token has \(bytes.count) bytes; the limit is \(limits.maxBytes)")
        }
        var dots: [Int] = []
        for i in bytes.indices where bytes[i] == UInt8(ascii: ".") { dots.append(i) }
        guard dots.count == 2 else {
            throw JOSEError(.malformed, "a compact JWS has three parts separated by '.', found \(dots.count + 1)")
        }
        let headerText = bytes[..<dots[0]]
        let payloadText = bytes[(dots[0] + 1)..<dots[1]]
        let signatureText = bytes[(dots[1] + 1)...]
        guard !headerText.isEmpty else { throw JOSEError(.malformed, "the header part is empty") }
        let headerBytes = try Self.decodePart(headerText, "header")
        let parser = JSONParser(limits: .init(maxDepth: min(limits.maxDepth, 16), maxBytes: limits.maxBytes))
        let headerValue: JSONValue
        do throws(JSONError) { headerValue = try parser.parse(headerBytes) } catch {
            throw JOSEError(.malformed, "the header is not JSON: \(error.reason)")
        }
        guard let header = headerValue.objectValue else { throw JOSEError(.malformed, "the header is not a JSON object") }
        guard let alg = header["alg"]?.stringValue else {
            throw JOSEError(.invalidHeader, "the header has no string member 'alg'")
        }
        let algorithm = try JWSAlgorithm(headerValue: alg)
        if let crit = header["crit"] {
            throw JOSEError(.invalidHeader, "the header names critical extensions \(crit) that Brevet does not implement")
        }
        for name in ["kid", "typ", "cty"] {
            if let v = header[name], v.stringValue == nil {
                throw JOSEError(.invalidHeader, "header member '\(name)' must be a string, found \(v.typeName)")
            }
        }
        guard !signatureText.isEmpty else { throw JOSEError(.malformed, "the signature part is empty") }
        self.header = header
        self.algorithm = algorithm
        self.payload = try Self.decodePart(payloadText, "payload")
        self.signature = try Self.decodePart(signatureText, "signature")
        self.signingInput = Array(bytes[..<dots[1]])
    }

    private init(header: JSONObject, algorithm: JWSAlgorithm, payload: [UInt8], signature: [UInt8], signingInput: [UInt8]) {
        self.header = header
        self.algorithm = algorithm
        self.payload = payload
        self.signature = signature
        self.signingInput = signingInput
    }

    /// `kid`, when the header has one.
    public var keyID: String? { header["kid"]?.stringValue }
    /// `typ`, when the header has one.
    public var type: String? { header["typ"]?.stringValue }

    /// The compact serialization.
    public var compact: String {
        String(decoding: signingInput, as: UTF8.self) + "." + Base64URL.encode(signature)
    }

    /// Whether the signature is valid for `key`. Throws ``JOSEError/Code-swift.struct/keyMismatch`` when
    /// the header's `alg` does not belong to the key's type: an algorithm is never chosen by the token.
    public func verifySignature(with key: PublicKey) throws(JOSEError) -> Bool {
        guard algorithm.keyAlgorithm == key.algorithm else {
            throw JOSEError(.keyMismatch, "alg \(algorithm.rawValue) needs a \(algorithm.keyAlgorithm) key; the key is \(key.algorithm)")
        }
        return key.verify(signature: signature, for: signingInput)
    }

    /// Signs `payload` with `key`. `header` gives the members besides `alg`, which is set from the key
    /// and written first.
    public static func sign(payload: [UInt8], header extra: JSONObject, key: SigningKey) throws(JOSEError) -> CompactJWS {
        let algorithm = JWSAlgorithm(for: key.algorithm)
        var header: JSONObject = ["alg": .string(algorithm.rawValue)]
        for m in extra where m.key != "alg" { header[m.key] = m.value }
        let input = Array((Base64URL.encode(JSONWriter().bytes(.object(header))) + "." + Base64URL.encode(payload)).utf8)
        let signature: [UInt8]
        do throws(CoreError) { signature = try key.sign(input) } catch {
            throw JOSEError(.signingFailed, "the \(key.algorithm) key could not sign: \(error.reason)")
        }
        return CompactJWS(header: header, algorithm: algorithm, payload: payload, signature: signature, signingInput: input)
    }

    private static func decodePart(_ text: ArraySlice<UInt8>, _ name: String) throws(JOSEError) -> [UInt8] {
        do throws(CoreError) { return try Base64URL.decode(utf8: text) } catch {
            throw JOSEError(.malformed, "the \(name) is not unpadded base64url: \(error.reason)")
        }
    }
}
