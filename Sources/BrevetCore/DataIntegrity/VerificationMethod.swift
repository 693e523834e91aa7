import BrevetJSON

/// A verification method: the public key a proof's `verificationMethod` URL names
/// ([Controlled Identifiers §2.2](https://www.w3.org/TR/cid-1.0/#verification-methods)).
///
/// Read one from its JSON object with ``init(_:)``, which accepts the three types Brevet meets:
/// `Multikey` (`publicKeyMultibase`), `JsonWebKey` (`publicKeyJwk`) and the legacy
/// `Ed25519VerificationKey2020` (`publicKeyMultibase`, Ed25519 only). Resolving a URL to this
/// value (did:key, did:web, an issuer profile) is the caller's job, through a
/// ``VerificationMethodLookup``.
public struct VerificationMethod: Sendable, Hashable {
    /// The method's URL, e.g. `did:key:z6Mk…#z6Mk…`.
    public var id: String
    /// `Multikey`, `JsonWebKey`, `Ed25519VerificationKey2020`, ...
    public var type: String
    /// The entity that controls the key (a DID or URL).
    public var controller: String
    public var publicKey: PublicKey

    public init(id: String, type: String, controller: String, publicKey: PublicKey) {
        self.id = id
        self.type = type
        self.controller = controller
        self.publicKey = publicKey
    }

    /// Reads a verification method object of any supported type.
    public init(_ object: JSONObject) throws(CoreError) {
        switch object["type"]?.stringValue {
        case "Multikey": try self.init(multikey: object)
        case "JsonWebKey", "JsonWebKey2020": try self.init(jsonWebKey: object)
        case "Ed25519VerificationKey2020": try self.init(ed25519VerificationKey2020: object)
        case let t?:
            throw CoreError(.invalidVerificationMethod, "verification method type '\(t)' is not Multikey, JsonWebKey or Ed25519VerificationKey2020")
        case nil:
            throw CoreError(.invalidVerificationMethod, "the verification method has no string 'type'")
        }
    }

    /// A `Multikey` ([CID §2.2.2](https://www.w3.org/TR/cid-1.0/#Multikey)): "The type property
    /// MUST contain the string Multikey"; the key is in `publicKeyMultibase`. A `secretKeyMultibase`
    /// member means secret material was published and is refused.
    public init(multikey object: JSONObject) throws(CoreError) {
        let (id, controller) = try Self.header(object, type: "Multikey")
        if object["secretKeyMultibase"] != nil {
            throw CoreError(.invalidVerificationMethod, "the Multikey publishes 'secretKeyMultibase'; a verification method MUST NOT hold secret key material")
        }
        guard let mb = object["publicKeyMultibase"]?.stringValue else {
            throw CoreError(.invalidVerificationMethod, "the Multikey \(id) has no string 'publicKeyMultibase'")
        }
        self.init(id: id, type: "Multikey", controller: controller, publicKey: try PublicKey(publicKeyMultibase: mb))
    }

    /// A `JsonWebKey` ([CID §2.2.3](https://www.w3.org/TR/cid-1.0/#JsonWebKey)) with its key in
    /// `publicKeyJwk`. The older `JsonWebKey2020` type is read the same way.
    public init(jsonWebKey object: JSONObject) throws(CoreError) {
        let type = object["type"]?.stringValue ?? "JsonWebKey"
        let (id, controller) = try Self.header(object, type: type)
        guard let jwk = object["publicKeyJwk"]?.objectValue else {
            throw CoreError(.invalidVerificationMethod, "the JsonWebKey \(id) has no object 'publicKeyJwk'")
        }
        self.init(id: id, type: type, controller: controller, publicKey: try PublicKey(jwk: jwk))
    }

    /// An `Ed25519VerificationKey2020` ([di-eddsa-2020 §2.1](https://w3c-ccg.github.io/di-eddsa-2020/#ed25519verificationkey2020)):
    /// `publicKeyMultibase` is a Multikey-style `z6Mk…` value and "MUST" hold an Ed25519 key.
    public init(ed25519VerificationKey2020 object: JSONObject) throws(CoreError) {
        let (id, controller) = try Self.header(object, type: "Ed25519VerificationKey2020")
        guard let mb = object["publicKeyMultibase"]?.stringValue else {
            throw CoreError(.invalidVerificationMethod, "the Ed25519VerificationKey2020 \(id) has no string 'publicKeyMultibase'")
        }
        let key = try PublicKey(publicKeyMultibase: mb)
        guard key.algorithm == .ed25519 else {
            throw CoreError(.invalidVerificationMethod, "an Ed25519VerificationKey2020 holds an Ed25519 key, not \(key.algorithm)")
        }
        self.init(id: id, type: "Ed25519VerificationKey2020", controller: controller, publicKey: key)
    }

    static func header(_ object: JSONObject, type: String) throws(CoreError) -> (id: String, controller: String) {
        guard object["type"]?.stringValue == type else {
            throw CoreError(.invalidVerificationMethod, "expected a verification method of type \(type)")
        }
        guard let id = object["id"]?.stringValue, !id.isEmpty else {
            throw CoreError(.invalidVerificationMethod, "the \(type) verification method has no string 'id'")
        }
        guard let controller = object["controller"]?.stringValue else {
            throw CoreError(.invalidVerificationMethod, "the \(type) verification method \(id) has no string 'controller'")
        }
        return (id, controller)
    }

    /// The method as a `Multikey` object.
    public var multikeyObject: JSONObject {
        ["id": .string(id), "type": "Multikey", "controller": .string(controller), "publicKeyMultibase": .string(publicKey.publicKeyMultibase)]
    }
}

/// Looks up the verification method a proof names, by its URL. Supplied by the caller (did:key,
/// did:web, a pinned issuer key, ...); it throws when the URL cannot be resolved, and must return a
/// method whose ``VerificationMethod/id`` is that URL.
public typealias VerificationMethodLookup = @Sendable (String) throws -> VerificationMethod
