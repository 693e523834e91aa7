import BrevetJSON

/// A document returned by a ``DocumentLoader``.
///
/// [JSON-LD 1.1 API §9.4.1 RemoteDocument](https://www.w3.org/TR/json-ld11-api/#remotedocument):
/// `documentUrl` is the final URL of the loaded document (after redirects), which becomes the base
/// IRI of the remote context it holds.
public struct RemoteDocument: Sendable {
    /// The final URL of the loaded document.
    public var documentURL: String
    /// The parsed document.
    public var document: JSONValue
    /// The URL of a context given by an HTTP Link header, if any.
    public var contextURL: String?
    /// The media type the document was served with, if known.
    public var contentType: String?

    public init(documentURL: String, document: JSONValue, contextURL: String? = nil, contentType: String? = nil) {
        self.documentURL = documentURL
        self.document = document
        self.contextURL = contextURL
        self.contentType = contentType
    }
}
