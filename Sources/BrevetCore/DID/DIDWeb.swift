import BrevetJSON

/// The `did:web` method: a DID whose document is served over HTTPS at a URL derived from the DID.
///
/// [did:web §3.2 Create/Read](https://w3c-ccg.github.io/did-method-web/#read-resolve): "Replace ':' with
/// '/' in the method specific identifier to obtain the fully qualified domain name and optional path.
/// If the domain contains a port percent decode the colon. Generate an HTTPS URL ... by prepending
/// https://. If no path has been specified in the URL, append /.well-known. Append /did.json".
/// The host "MUST NOT include IP addresses", and a port "MUST be percent encoded". This type only maps
/// identifiers and builds documents; fetching is the services layer's job (see ``DIDDocumentSource``).
public enum DIDWeb {
    /// The HTTPS URL of the DID document, e.g. `did:web:example.com%3A8080:issuers:42` →
    /// `https://example.com:8080/issuers/42/did.json`, `did:web:example.com` →
    /// `https://example.com/.well-known/did.json`.
    public static func documentURL(for did: DID) throws(DIDError) -> String {
        guard did.method == "web" else { throw DIDError(.unsupportedMethod, "\(did) is not a did:web") }
        let parts = did.methodSpecificId.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let host = try hostAndPort(decoding: parts[0])
        let path = Array(parts.dropFirst())
        for segment in path where segment.isEmpty || segment == "." || segment == ".." {
            throw DIDError(.invalidDID, "\(did) has an empty, '.' or '..' path segment")
        }
        let pathText = path.isEmpty ? "/.well-known" : "/" + path.joined(separator: "/")
        return "https://" + host + pathText + "/did.json"
    }

    /// The did:web for a document served under `baseURL` (`https://host[:port][/prefix]`) at `path`
    /// (`issuers/42`); an empty path gives the bare-domain DID served from `/.well-known/did.json`.
    /// A trailing `/did.json` (or `/.well-known/did.json`) on the path is dropped.
    public static func did(baseURL: String, path: String = "") throws(DIDError) -> DID {
        guard baseURL.lowercased().hasPrefix("https://") else {
            throw DIDError(.invalidDID, "a did:web document is served over https, not from \(baseURL.prefix(60))")
        }
        var rest = Substring(baseURL.dropFirst(8))
        guard rest.firstIndex(where: { $0 == "?" || $0 == "#" || $0 == "@" }) == nil else {
            throw DIDError(.invalidDID, "the base URL may not hold a query, fragment or user info")
        }
        var basePath = ""
        if let slash = rest.firstIndex(of: "/") {
            basePath = String(rest[slash...])
            rest = rest[..<slash]
        }
        let authority = rest.lowercased()
        let encodedAuthority = authority.split(separator: ":", omittingEmptySubsequences: false).joined(separator: "%3A")
        _ = try hostAndPort(decoding: encodedAuthority)
        var segments = (basePath + "/" + path).split(separator: "/").map(String.init)
        if segments.last == "did.json" { segments.removeLast() }
        if segments == [".well-known"] { segments.removeAll() }
        for segment in segments where segment == "." || segment == ".." {
            throw DIDError(.invalidDID, "the path may not hold '.' or '..' segments")
        }
        let encodedSegments = segments.map(encodeSegment)
        let id = ([encodedAuthority] + encodedSegments).joined(separator: ":")
        return try DID("did:web:" + id)
    }

    /// The DID document an issuer serves for `did`: the DID Core and Multikey contexts, one `Multikey`
    /// verification method per key (`<did>#<fragment>`, controlled by the DID), each listed under
    /// `relationships` (by default `assertionMethod`, the relationship credential proofs use).
    public static func document(
        for did: DID, keys: [(fragment: String, key: PublicKey)],
        relationships: [String] = ["assertionMethod"]
    ) -> JSONValue {
        var o = JSONObject()
        o["@context"] = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"]
        o["id"] = .string(did.string)
        var methods: [JSONValue] = []
        var ids: [JSONValue] = []
        for (fragment, key) in keys {
            let id = did.string + "#" + fragment
            methods.append([
                "id": .string(id), "type": "Multikey", "controller": .string(did.string),
                "publicKeyMultibase": .string(key.publicKeyMultibase),
            ])
            ids.append(.string(id))
        }
        o["verificationMethod"] = .array(methods)
        for r in relationships { o[r] = .array(ids) }
        return .object(o)
    }

    /// `host[:port]` from the first part of the method-specific id, with `%3A` decoded; refuses IP
    /// addresses, other percent-escapes, and characters a host name may not hold.
    static func hostAndPort(decoding part: String) throws(DIDError) -> String {
        var host = part
        var port: String?
        let bytes = Array(part.utf8)
        if let i = bytes.indices.first(where: {
            bytes[$0] == UInt8(ascii: "%") && $0 + 2 < bytes.count && bytes[$0 + 1] == UInt8(ascii: "3")
                && (bytes[$0 + 2] | 0x20) == UInt8(ascii: "a")
        }) {
            host = String(decoding: bytes[..<i], as: UTF8.self)
            port = String(decoding: bytes[(i + 3)...], as: UTF8.self)
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !host.isEmpty, host.utf8.count <= 253,
            labels.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 63 && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
            host.utf8.allSatisfy({ isLowerAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || ($0 >= 0x41 && $0 <= 0x5A) })
        else {
            throw DIDError(.invalidDID, "\"\(host.prefix(60))\" is not a domain name")
        }
        if labels.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) {
            throw DIDError(.invalidDID, "a did:web host MUST NOT be an IP address (\(host))")
        }
        if let port {
            guard !port.isEmpty, port.utf8.count <= 5, port.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let n = Int(port), n > 0, n <= 65_535
            else {
                throw DIDError(.invalidDID, "\"\(port.prefix(20))\" is not a port number")
            }
            return host.lowercased() + ":" + port
        }
        return host.lowercased()
    }

    static func isLowerAlnum(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) }

    /// A URL path segment as a DID method-specific id segment: idchars and existing `%XX` escapes
    /// kept, every other byte percent-encoded.
    static func encodeSegment(_ segment: String) -> String {
        let bytes = Array(segment.utf8)
        var out = ""
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "%"), i + 2 < bytes.count, DID.isHex(bytes[i + 1]), DID.isHex(bytes[i + 2]) {
                out += String(decoding: bytes[i...(i + 2)], as: UTF8.self)
                i += 3
                continue
            }
            if DID.isIdChar(c) {
                out.unicodeScalars.append(Unicode.Scalar(c))
            } else {
                out += "%" + (c < 16 ? "0" : "") + String(c, radix: 16, uppercase: true)
            }
            i += 1
        }
        return out
    }
}
