import BrevetJSON
import BrevetJSONLD
import BrevetTestSupport
import Foundation
import Testing

/// One entry of the W3C toRdf manifest (`standards/jsonld-api-tests/toRdf-manifest.jsonld`).
///
/// How the suite is run (the folder's MANIFEST.md): the base IRI of every input is
/// https://w3c.github.io/json-ld-api/tests/ followed by its path, and a remote document under that
/// prefix is the local file at the same relative path.
struct ToRDFCase: Sendable, CustomTestStringConvertible {
    enum Kind: Sendable { case positiveEvaluation, negativeEvaluation, positiveSyntax }

    static let folder = "standards/jsonld-api-tests"
    static let testsBase = "https://w3c.github.io/json-ld-api/tests/"

    /// The manifest's `@id`, e.g. `#t0001`.
    let id: String
    let name: String
    let kind: Kind
    let input: String
    let expect: String?
    let expectErrorCode: String?
    /// The entry's `option` object.
    let option: JSONObject

    var testDescription: String { "\(id) \(name)" }

    /// Tests that only a JSON-LD 1.0 processor runs: out of scope for a 1.1 processor.
    var isJSONLD10Only: Bool { option["specVersion"]?.stringValue == "json-ld-1.0" }

    /// Every entry of the manifest, in its order; empty when the shared data is missing (a separate
    /// test reports that).
    static let all: [ToRDFCase] = (try? load()) ?? []

    static func load() throws -> [ToRDFCase] {
        let manifest = try SharedData.json("\(folder)/toRdf-manifest.jsonld")
        return (manifest["sequence"]?.arrayValue ?? []).compactMap { entry in
            guard let id = entry["@id"]?.stringValue, let input = entry["input"]?.stringValue else { return nil }
            let types = entry["@type"]?.asArray.compactMap(\.stringValue) ?? []
            let kind: Kind =
                types.contains("jld:NegativeEvaluationTest")
                ? .negativeEvaluation : types.contains("jld:PositiveSyntaxTest") ? .positiveSyntax : .positiveEvaluation
            return ToRDFCase(
                id: id, name: entry["name"]?.stringValue ?? "", kind: kind, input: input,
                expect: entry["expect"]?.stringValue, expectErrorCode: entry["expectErrorCode"]?.stringValue,
                option: entry["option"]?.objectValue ?? JSONObject())
        }
    }

    /// The processor options the entry asks for.
    func options() throws -> JSONLDOptions {
        var options = JSONLDOptions(base: option["base"]?.stringValue ?? Self.testsBase + input)
        if let mode = option["processingMode"]?.stringValue { options.processingMode = mode }
        if let generalized = option["produceGeneralizedRdf"]?.boolValue { options.produceGeneralizedRdf = generalized }
        if let direction = option["rdfDirection"]?.stringValue { options.rdfDirection = direction }
        if let context = option["expandContext"]?.stringValue {
            options.expandContext = try SharedData.json("\(Self.folder)/\(context)")
        }
        return options
    }

    /// A processor whose loader serves the suite's files.
    static let processor = JSONLDProcessor(documentLoader: SuiteDocumentLoader())
}

/// Serves `https://w3c.github.io/json-ld-api/tests/...` from the shared copy of the suite.
struct SuiteDocumentLoader: DocumentLoader {
    func loadDocument(_ url: String) throws(JSONLDError) -> RemoteDocument {
        guard url.hasPrefix(ToRDFCase.testsBase) else {
            throw JSONLDError(.loadingDocumentFailed, "the test suite has no document \(url)")
        }
        let path = String(url.dropFirst(ToRDFCase.testsBase.count))
        do {
            let document = try SharedData.json("\(ToRDFCase.folder)/\(path)")
            return RemoteDocument(documentURL: url, document: document, contentType: "application/ld+json")
        } catch {
            throw JSONLDError(.loadingDocumentFailed, "cannot load \(url): \(error)")
        }
    }
}
