import BrevetJSON
import BrevetRDF
import BrevetTestSupport
import Testing

/// One entry of the W3C RDFC-1.0 test manifest (the public half in ../shared).
struct RDFCTestCase: Sendable, CustomTestStringConvertible {
    enum Kind: String, Sendable {
        case eval = "rdfc:RDFC10EvalTest"
        case map = "rdfc:RDFC10MapTest"
        case negative = "rdfc:RDFC10NegativeEvalTest"
    }

    let id: String
    let kind: Kind
    let name: String
    /// Paths relative to the shared folder.
    let action: String
    let result: String?
    let hashAlgorithm: RDFCanonicalizer.HashAlgorithm

    var testDescription: String { "\(id.dropFirst()) \(name)" }
}

enum RDFCTestManifest {
    static let folder = "standards/vectors/w3c/rdf-canon/tests/"

    /// Every manifest entry; empty when the shared data is missing (the `manifestIsPresent` test then fails).
    static let cases: [RDFCTestCase] = (try? load()) ?? []

    static func load() throws -> [RDFCTestCase] {
        let manifest = try SharedData.json(folder + "manifest.jsonld")
        return try (manifest["entries"]?.arrayValue ?? []).map { entry in
            guard let id = entry["id"]?.stringValue, let type = entry["type"]?.stringValue,
                  let kind = RDFCTestCase.Kind(rawValue: type), let action = entry["action"]?.stringValue
            else { throw ManifestError(entry: entry) }
            let algorithm: RDFCanonicalizer.HashAlgorithm
            switch entry["hashAlgorithm"]?.stringValue {
            case nil: algorithm = .sha256
            case let name?:
                guard let known = RDFCanonicalizer.HashAlgorithm(rawValue: name) else { throw ManifestError(entry: entry) }
                algorithm = known
            }
            return RDFCTestCase(
                id: id, kind: kind, name: entry["name"]?.stringValue ?? "", action: folder + action,
                result: entry["result"]?.stringValue.map { folder + $0 }, hashAlgorithm: algorithm)
        }
    }

    struct ManifestError: Error, CustomStringConvertible {
        let entry: JSONValue
        var description: String { "unexpected manifest entry: \(entry)" }
    }
}
