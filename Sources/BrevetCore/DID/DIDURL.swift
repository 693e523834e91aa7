/// A DID URL: a DID followed by an optional path, query and fragment.
///
/// [DID Core §3.2 DID URL Syntax](https://www.w3.org/TR/did-core/#did-url-syntax):
/// `did-url = did path-abempty [ "?" query ] [ "#" fragment ]`. A verification method id is usually
/// `<did>#<fragment>`.
public struct DIDURL: Sendable, Hashable, CustomStringConvertible {
    public let did: DID
    /// The path, starting with `/`, or empty.
    public let path: String
    public let query: String?
    public let fragment: String?

    public init(_ text: String) throws(DIDError) {
        var rest = Substring(text)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        var query: String?
        if let q = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: q)...])
            rest = rest[..<q]
        }
        var path = ""
        // The method-specific id has no '/', so the first '/' after "did:" starts the path.
        if let slash = rest.firstIndex(of: "/") {
            path = String(rest[slash...])
            rest = rest[..<slash]
        }
        self.did = try DID(String(rest))
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    public var description: String {
        did.string + path + (query.map { "?" + $0 } ?? "") + (fragment.map { "#" + $0 } ?? "")
    }
}
