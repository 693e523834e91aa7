import BrevetJSON

/// Loads remote documents and contexts for a ``JSONLDProcessor``.
///
/// [JSON-LD 1.1 API §9.4 LoadDocumentCallback](https://www.w3.org/TR/json-ld11-api/#loaddocumentcallback).
/// Loading is synchronous on purpose: the processor is pure, and a loader is an offline store of
/// known contexts (credentials are verified against pinned contexts, never fetched on the fly).
/// A loader that cannot give a document throws ``JSONLDError/Code/loadingDocumentFailed``; the
/// processor reports a failed context load as ``JSONLDError/Code/loadingRemoteContextFailed``.
public protocol DocumentLoader: Sendable {
    func loadDocument(_ url: String) throws(JSONLDError) -> RemoteDocument
}

/// A ``DocumentLoader`` over a fixed map from URL to parsed document.
public struct StaticDocumentLoader: DocumentLoader {
    /// The documents this loader knows, by URL.
    public var documents: [String: JSONValue]

    public init(_ documents: [String: JSONValue] = [:]) { self.documents = documents }

    public func loadDocument(_ url: String) throws(JSONLDError) -> RemoteDocument {
        guard let document = documents[url] else {
            throw JSONLDError(.loadingDocumentFailed, "no document is known for \(url)")
        }
        return RemoteDocument(documentURL: url, document: document, contentType: "application/ld+json")
    }
}
