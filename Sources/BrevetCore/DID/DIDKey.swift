import BrevetJSON

/// The `did:key` method: a DID that is a public key.
///
/// [did:key §3.1.2 Format](https://w3c-ccg.github.io/did-key-spec/#format):
/// `did:key:<mb-value>` where the value is a Multikey (multibase base58btc of multicodec header ‖ key).
/// [§3.1.4 Document Creation](https://w3c-ccg.github.io/did-key-spec/#document-creation-algorithm): the
/// document has one verification method whose id is the DID with the same value as its fragment,
/// referenced from `authentication`, `assertionMethod`, `capabilityInvocation` and
/// `capabilityDelegation`. Ed25519, P-256 and P-384 keys are supported. (The optional X25519
/// `keyAgreement` key derived from an Ed25519 key is not generated: credentials never use it.)
public enum DIDKey {
    /// The verification relationships a did:key document lists its key under.
    public static let relationships = ["authentication", "assertionMethod", "capabilityInvocation", "capabilityDelegation"]

    /// `did:key:z…` for a public key.
    public static func did(for key: PublicKey) -> String { "did:key:" + key.publicKeyMultibase }

    /// The id of the key's verification method, `did:key:z…#z…`.
    public static func verificationMethodId(for key: PublicKey) -> String {
        "did:key:\(key.publicKeyMultibase)#\(key.publicKeyMultibase)"
    }

    /// The key a did:key stands for. "The multibase value MUST be z" (base58btc); the header must be
    /// an Ed25519, P-256 or P-384 public key and the key bytes must be a valid key.
    public static func publicKey(of did: DID) throws(DIDError) -> PublicKey {
        try keyAndValue(of: did).key
    }

    /// The key and its Multikey text (the DID's value, already checked to be canonical).
    static func keyAndValue(of did: DID) throws(DIDError) -> (key: PublicKey, value: String) {
        guard did.method == "key" else { throw DIDError(.unsupportedMethod, "\(did) is not a did:key") }
        let parts = did.methodSpecificId.split(separator: ":", omittingEmptySubsequences: false)
        // An optional version prefix ("1:") precedes the value in older drafts; only version 1 exists.
        let value: Substring
        switch parts.count {
        case 1: value = parts[0]
        case 2 where parts[0] == "1": value = parts[1]
        default: throw DIDError(.invalidDID, "\(did) is not did:key:<multibase value>")
        }
        guard value.hasPrefix("z") else {
            throw DIDError(.invalidDID, "the did:key value must be multibase base58btc (prefix 'z')")
        }
        do {
            let bytes = try Multibase.decode(value, expecting: .base58btc)
            let key = try PublicKey(multikeyBytes: bytes)
            // Only the canonical text: a different text for the same key would be a different DID.
            guard isCanonical(key, decodedFrom: bytes) else {
                throw DIDError(.invalidDID, "\(did) is not the canonical encoding of its key")
            }
            return (key, String(value))
        } catch let error as DIDError {
            throw error
        } catch let error as CoreError {
            let code: DIDError.Code = error.code == .unsupportedKeyType ? .keyTypeNotAllowed : .invalidDID
            throw DIDError(code, "\(did.string.prefix(80)) does not hold a usable key: \(error.reason)")
        } catch {
            throw DIDError(.invalidDID, "\(did.string.prefix(80)) does not hold a usable key: \(error)")
        }
    }

    /// Whether `key.publicKeyMultibase` is the text that `bytes` (a multibase base58btc body, already
    /// decoded) came from, compared without re-encoding. Base58btc text and bytes correspond one to
    /// one: each leading `1` is one zero byte, and the digits after them start with a non-zero digit,
    /// which is exactly how the encoder writes the number again. So the text is canonical exactly when
    /// the decoded bytes are the Multikey bytes of the key (multicodec header ‖ key as stored).
    static func isCanonical(_ key: PublicKey, decodedFrom bytes: [UInt8]) -> Bool {
        let header = key.algorithm.publicKeyCodec.header
        let raw = key.rawBytes
        return bytes.count == header.count + raw.count && bytes.starts(with: header) && bytes[header.count...].elementsEqual(raw)
    }

    /// The verification method of a did:key (a `Multikey`).
    public static func verificationMethod(of did: DID) throws(DIDError) -> ResolvedVerificationMethod {
        let (key, value) = try keyAndValue(of: did)
        return method(did: did.string, value: value, id: did.string + "#" + value, key: key)
    }

    /// The `Multikey` method `id` (`<did>#<value>`) of the did:key `did` whose value is `value`.
    static func method(did: String, value: String, id: String, key: PublicKey) -> ResolvedVerificationMethod {
        let json = JSONObject(uniqueMembers: [
            (key: "id", value: .string(id)), (key: "type", value: "Multikey"), (key: "controller", value: .string(did)),
            (key: "publicKeyMultibase", value: .string(value)),
        ])
        return ResolvedVerificationMethod(id: id, type: "Multikey", controller: did, publicKey: key, json: json)
    }

    /// The DID document of a did:key.
    public static func document(for did: DID) throws(DIDError) -> JSONValue {
        let method = try verificationMethod(of: did)
        var o = JSONObject()
        o["@context"] = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"]
        o["id"] = .string(did.string)
        o["verificationMethod"] = [.object(method.json)]
        for r in relationships { o[r] = [.string(method.id)] }
        return .object(o)
    }
}
