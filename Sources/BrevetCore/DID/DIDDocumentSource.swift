import BrevetJSON

/// Documents already fetched, looked up by identifier.
///
/// The core does no I/O: the services layer fetches `did:web` documents (from ``DIDWeb/documentURL(for:)``)
/// or HTTPS controller documents, with its own timeouts, size limits and caching, and hands them in
/// through this protocol. A source answers `nil` when it has no document; the resolver then reports
/// ``DIDError/Code-swift.struct/documentNotFound``.
public protocol DIDDocumentSource: Sendable {
    /// The document for `identifier` (a DID such as `did:web:example.com`, or the URL of an HTTPS
    /// controller document, without fragment), or `nil` when none was fetched.
    func document(for identifier: String) -> JSONValue?
}

/// A fixed set of documents: for tests, and for issuers that know their own DID document.
public struct StaticDIDDocumentSource: DIDDocumentSource {
    public var documents: [String: JSONValue]
    public init(_ documents: [String: JSONValue] = [:]) { self.documents = documents }
    public func document(for identifier: String) -> JSONValue? { documents[identifier] }
}
