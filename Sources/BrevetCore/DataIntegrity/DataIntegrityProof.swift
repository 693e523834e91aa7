import BrevetJSON

/// A read-only view over one proof object of a secured document
/// ([VC Data Integrity §2.1 Proofs](https://www.w3.org/TR/vc-data-integrity/#proofs)).
///
/// The view keeps the object as it came (``object``): cryptosuites hash the proof configuration
/// from those members, never from a re-encoded model. Creating the view checks what the
/// specification requires of every proof and throws ``CoreError/Code/invalidProof`` otherwise:
///
/// - `type` "MUST be specified"; for `DataIntegrityProof`, `cryptosuite` "MUST be" a string.
/// - `proofPurpose` "MUST be specified" and `verificationMethod` is required for verification
///   ("If one or more of proof.type, proof.verificationMethod, and proof.proofPurpose does not
///   exist, an error MUST be raised", [§4.3 Verify Proof](https://www.w3.org/TR/vc-data-integrity/#verify-proof)).
/// - `created` and `expires`, when present, are `xsd:dateTime` strings (see ``XSDDateTime``).
/// - `domain` is a string or a set of strings; `previousProof` a string or a list of strings;
///   `challenge`, `nonce`, `proofValue` and `id` are strings.
public struct DataIntegrityProof: Sendable, Hashable {
    /// The proof object exactly as it appears in the document.
    public let object: JSONObject

    public init(_ object: JSONObject) throws(CoreError) {
        self.object = object
        guard let type = object["type"] else { throw Self.missing("type") }
        guard type.stringValue != nil || (type.arrayValue?.allSatisfy { $0.stringValue != nil } ?? false) else {
            throw Self.wrongType("type", "a string", type)
        }
        for key in ["verificationMethod", "proofPurpose"] {
            guard let v = object[key] else { throw Self.missing(key) }
            guard v.stringValue != nil else { throw Self.wrongType(key, "a string", v) }
        }
        if types.contains("DataIntegrityProof") {
            guard let c = object["cryptosuite"] else {
                throw CoreError(.invalidProof, "a DataIntegrityProof MUST have a 'cryptosuite' member")
            }
            guard c.stringValue != nil else { throw Self.wrongType("cryptosuite", "a string", c) }
        }
        for key in ["id", "cryptosuite", "challenge", "nonce", "proofValue", "created", "expires"] {
            if let v = object[key], v.stringValue == nil { throw Self.wrongType(key, "a string", v) }
        }
        for key in ["created", "expires"] {
            if let v = object[key]?.stringValue, !XSDDateTime.isValid(v) {
                throw CoreError(.invalidProof, "proof '\(key)' value \"\(v)\" is not an XML Schema dateTime such as 2024-01-01T00:00:00Z")
            }
        }
        for key in ["domain", "previousProof"] {
            if let v = object[key], v.stringValue == nil, !(v.arrayValue?.allSatisfy { $0.stringValue != nil } ?? false) {
                throw Self.wrongType(key, "a string or an array of strings", v)
            }
        }
    }

    static func missing(_ key: String) -> CoreError {
        CoreError(.invalidProof, "the proof has no '\(key)' member, which every proof MUST have")
    }

    static func wrongType(_ key: String, _ expected: String, _ value: JSONValue) -> CoreError {
        CoreError(.invalidProof, "proof member '\(key)' MUST be \(expected), not \(value.typeName)")
    }

    /// `type`: the proof type, e.g. `DataIntegrityProof` or `Ed25519Signature2020`. When the
    /// value is an array, its first element.
    public var type: String { types.first ?? "" }
    /// All values of `type`.
    public var types: [String] { object["type"].map { $0.asArray.compactMap(\.stringValue) } ?? [] }
    /// `cryptosuite`, e.g. `eddsa-rdfc-2022`.
    public var cryptosuite: String? { object["cryptosuite"]?.stringValue }
    /// `verificationMethod`: the URL of the key that checks the proof.
    public var verificationMethod: String { object["verificationMethod"]?.stringValue ?? "" }
    /// `proofPurpose`, e.g. `assertionMethod` or `authentication`.
    public var proofPurpose: String { object["proofPurpose"]?.stringValue ?? "" }
    public var id: String? { object["id"]?.stringValue }
    /// `created` as written (an `xsd:dateTime`).
    public var created: String? { object["created"]?.stringValue }
    /// `expires` as written (an `xsd:dateTime`).
    public var expires: String? { object["expires"]?.stringValue }
    public var challenge: String? { object["challenge"]?.stringValue }
    /// `domain`, one string or several.
    public var domain: [String] { object["domain"].map { $0.asArray.compactMap(\.stringValue) } ?? [] }
    public var nonce: String? { object["nonce"]?.stringValue }
    /// `previousProof`: ids of the proofs this one chains to.
    public var previousProof: [String] { object["previousProof"].map { $0.asArray.compactMap(\.stringValue) } ?? [] }
    /// `proofValue`: the multibase-encoded signature.
    public var proofValue: String? { object["proofValue"]?.stringValue }
    /// `@context`, when the proof carries its own (jcs suites, legacy proofs).
    public var context: JSONValue? { object["@context"] }

    /// The name a ``CryptosuiteRegistry`` files this proof's suite under: the `cryptosuite` of a
    /// `DataIntegrityProof`, otherwise the proof `type` (legacy suites such as `Ed25519Signature2020`).
    public var suiteName: String {
        if types.contains("DataIntegrityProof"), let c = cryptosuite { return c }
        return type
    }

    /// The proof without `proofValue`: the proof options a verifier hashes.
    public var options: JSONObject {
        var o = object
        o.removeValue(forKey: "proofValue")
        return o
    }
}
