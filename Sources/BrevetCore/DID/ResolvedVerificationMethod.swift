import BrevetJSON

/// A verification method found for an id, with its key read and ready to check signatures.
///
/// [Controlled Identifiers §2.2 Verification Methods](https://www.w3.org/TR/cid-1.0/#verification-methods):
/// a verification method has an `id`, a `type`, a `controller`, and key material
/// (`publicKeyMultibase` for `Multikey`, `publicKeyJwk` for `JsonWebKey`).
public struct ResolvedVerificationMethod: Sendable, Hashable {
    /// The absolute id, e.g. `did:key:z6Mk…#z6Mk…`.
    public var id: String
    /// `Multikey`, `JsonWebKey`, `JsonWebKey2020` or `Ed25519VerificationKey2020`.
    public var type: String
    public var controller: String
    public var publicKey: PublicKey
    /// The verification method object as the document gave it (or as the DID method generated it).
    public var json: JSONObject

    public init(id: String, type: String, controller: String, publicKey: PublicKey, json: JSONObject) {
        self.id = id
        self.type = type
        self.controller = controller
        self.publicKey = publicKey
        self.json = json
    }

    /// The verification method types whose key this reader understands.
    public static let supportedTypes: Set<String> = ["Multikey", "JsonWebKey", "JsonWebKey2020", "Ed25519VerificationKey2020"]

    /// Reads a verification method object. `id` and `controller` are resolved against `base` when
    /// relative (`#key-1`).
    public init(json: JSONObject, base: String) throws(DIDError) {
        guard let rawId = json["id"]?.stringValue else {
            throw DIDError(.invalidDocument, "a verification method has no string id")
        }
        guard let type = json["type"]?.stringValue else {
            throw DIDError(.invalidDocument, "verification method \(rawId) has no string type")
        }
        guard let controller = json["controller"]?.stringValue else {
            throw DIDError(.invalidDocument, "verification method \(rawId) has no string controller")
        }
        let key: PublicKey
        do {
            switch type {
            case "Multikey":
                guard let mb = json["publicKeyMultibase"]?.stringValue else {
                    throw DIDError(.invalidKey, "Multikey \(rawId) has no publicKeyMultibase")
                }
                key = try PublicKey(publicKeyMultibase: mb)
            case "Ed25519VerificationKey2020":
                guard let mb = json["publicKeyMultibase"]?.stringValue else {
                    throw DIDError(.invalidKey, "Ed25519VerificationKey2020 \(rawId) has no publicKeyMultibase")
                }
                key = try PublicKey(publicKeyMultibase: mb)
                guard key.algorithm == .ed25519 else {
                    throw DIDError(.invalidKey, "Ed25519VerificationKey2020 \(rawId) holds a \(key.algorithm) key")
                }
            case "JsonWebKey", "JsonWebKey2020":
                guard let jwk = json["publicKeyJwk"]?.objectValue else {
                    throw DIDError(.invalidKey, "\(type) \(rawId) has no publicKeyJwk object")
                }
                key = try PublicKey(jwk: jwk)
            default:
                throw DIDError(
                    .keyTypeNotAllowed,
                    "verification method \(rawId) has type \(type); supported are \(Self.supportedTypes.sorted().joined(separator: ", "))")
            }
        } catch let error as DIDError {
            throw error
        } catch let error as CoreError {
            let code: DIDError.Code = error.code == .unsupportedKeyType ? .keyTypeNotAllowed : .invalidKey
            throw DIDError(code, "the key of verification method \(rawId) cannot be read: \(error.reason)")
        } catch {
            throw DIDError(.invalidKey, "the key of verification method \(rawId) cannot be read: \(error)")
        }
        self.init(
            id: Self.absolute(rawId, base: base), type: type, controller: Self.absolute(controller, base: base),
            publicKey: key, json: json)
    }

    /// `reference` made absolute against `base` when it is a bare fragment (`#key-1`).
    static func absolute(_ reference: String, base: String) -> String {
        guard reference.hasPrefix("#") else { return reference }
        let root = base.firstIndex(of: "#").map { String(base[..<$0]) } ?? base
        return root + reference
    }
}
