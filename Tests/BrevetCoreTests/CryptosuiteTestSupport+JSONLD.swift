import BrevetCore
import BrevetJSON
import BrevetJSONLD
import BrevetTestSupport

/// A JSON-LD processor over the pinned contexts in shared/standards/contexts (offline).
enum TestContexts {
    static let processor: JSONLDProcessor = {
        var documents: [String: JSONValue] = [:]
        if let map = try? SharedData.json("standards/contexts/url-map.json").objectValue {
            for m in map {
                if let file = m.value.stringValue, let doc = try? SharedData.json("standards/contexts/" + file) {
                    documents[m.key] = doc
                }
            }
        }
        return JSONLDProcessor(documentLoader: StaticDocumentLoader(documents))
    }()
}

/// A resolver over fixed verification methods, as a test builds one from a vector's keys.
func pinnedResolver(_ methods: [VerificationMethod]) -> VerificationMethodLookup {
    { url in
        guard let m = methods.first(where: { $0.id == url }) else {
            throw CoreError(.invalidVerificationMethod, "no pinned method \(url)")
        }
        return m
    }
}

/// did:key verification method for a Multikey (`did:key:<mb>#<mb>`), built from the vector's key;
/// the did:key resolver itself is the DID area's.
func didKeyMethod(_ publicKeyMultibase: String) throws -> VerificationMethod {
    let did = "did:key:" + publicKeyMultibase
    return VerificationMethod(id: did + "#" + publicKeyMultibase, type: "Multikey", controller: did, publicKey: try PublicKey(publicKeyMultibase: publicKeyMultibase))
}

extension JSONObject {
    /// A copy with `key` removed.
    func removing(_ key: String) -> JSONObject {
        var o = self
        o.removeValue(forKey: key)
        return o
    }
}
