import BrevetJSON
import Crypto

/// A recipient identifier that does not reveal the identifier itself
/// ([OB 3.0 §B.1.11 IdentityObject](https://www.imsglobal.org/spec/ob/v3p0/#identityobject)).
///
/// "If the recipient is hashed, this should contain the string returned from the hash function, in
/// the form `algorithm$hash`" and the salt is appended to the identity before hashing.
public struct IdentityObject: Sendable, Hashable {
    public enum IdentityType: String, Sendable { case emailAddress, did, url, phoneNumber }

    public var identityType: IdentityType
    /// `sha256$<hex>` when hashed, the plain identifier otherwise.
    public var identityHash: String
    public var hashed: Bool
    public var salt: String?

    public init(identityType: IdentityType, identityHash: String, hashed: Bool, salt: String?) {
        self.identityType = identityType
        self.identityHash = identityHash
        self.hashed = hashed
        self.salt = salt
    }

    /// A salted SHA-256 identity: `sha256$hex(sha256(identity + salt))`. Email addresses are
    /// compared case-insensitively, so they are lowercased first.
    public static func hashed(_ identity: String, type: IdentityType, salt: String) -> IdentityObject {
        let normalized = type == .emailAddress ? identity.lowercased() : identity
        let digest = SHA256.hash(data: Array((normalized + salt).utf8))
        return IdentityObject(identityType: type, identityHash: "sha256$" + Base16.encode(Array(digest)), hashed: true, salt: salt)
    }

    /// Whether `identity` is the one this object stands for.
    public func matches(_ identity: String) -> Bool {
        guard hashed else { return identity == identityHash }
        let candidate = IdentityObject.hashed(identity, type: identityType, salt: salt ?? "")
        return candidate.identityHash.lowercased() == identityHash.lowercased()
    }

    public var json: JSONValue {
        var o: JSONObject = ["type": "IdentityObject", "identityHash": .string(identityHash),
                             "identityType": .string(identityType.rawValue), "hashed": .bool(hashed)]
        if let salt { o["salt"] = .string(salt) }
        return .object(o)
    }
}
