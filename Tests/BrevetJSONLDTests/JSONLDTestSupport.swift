import BrevetJSON
import BrevetJSONLD
import BrevetTestSupport
import Foundation

/// A document loader over the shared test data: the JSON-LD API suite's files under its base
/// IRI, and the pinned credential contexts of `standards/contexts/url-map.json`.
struct SharedDataDocumentLoader: DocumentLoader {
    static let suiteBase = "https://w3c.github.io/json-ld-api/tests/"

    func loadDocument(_ url: String) throws(JSONLDError) -> RemoteDocument {
        var path: String?
        if url.hasPrefix(Self.suiteBase) {
            path = "standards/jsonld-api-tests/" + url.dropFirst(Self.suiteBase.count)
        } else if let file = Self.contextFiles[url] {
            path = "standards/contexts/" + file
        }
        guard let path, let document = try? SharedData.json(path) else {
            throw JSONLDError(.loadingDocumentFailed, "no shared file for \(url)")
        }
        return RemoteDocument(documentURL: url, document: document, contentType: "application/ld+json")
    }

    /// URL → file name of the pinned contexts.
    static let contextFiles: [String: String] = {
        guard case .object(let map)? = try? SharedData.json("standards/contexts/url-map.json") else { return [:] }
        var files: [String: String] = [:]
        for (url, file) in map { if case .string(let f) = file { files[url] = f } }
        return files
    }()
}

/// Comparison helper: the JSON text of a value, for readable failure messages.
func jsonText(_ value: JSONValue) -> String { JSONWriter().string(value) }
