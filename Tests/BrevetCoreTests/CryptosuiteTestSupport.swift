import BrevetCore
import BrevetJSON
import BrevetTestSupport
import Testing

/// Paths and readers for the Data Integrity test vectors under shared/standards/vectors.
enum Vectors {
    static let eddsa = "standards/vectors/w3c/vc-di-eddsa/TestVectors"
    static let ecdsa = "standards/vectors/w3c/vc-di-ecdsa/TestVectors"
    static let obv3 = "standards/vectors/1EdTech/openbadges-specification/obv3p0-eddsa-rdfc-2022"

    static func object(_ path: String) throws -> JSONObject {
        guard let o = try SharedData.json(path).objectValue else { throw VectorError("\(path) is not a JSON object") }
        return o
    }

    /// A text vector without its trailing newline (the files end with one or not at all).
    static func text(_ path: String) throws -> String {
        var t = try SharedData.text(path)
        while t.last == "\n" || t.last == "\r" { t.removeLast() }
        return t
    }

    /// N-Quads as the vector has them, with exactly one newline after each quad.
    static func nquads(_ path: String) throws -> String {
        try text(path) + "\n"
    }

    static func hex(_ path: String) throws -> [UInt8] {
        try Base16.decode(try text(path))
    }

    static func string(_ object: JSONObject, _ key: String) throws -> String {
        guard let s = object[key]?.stringValue else { throw VectorError("vector has no string '\(key)'") }
        return s
    }
}

struct VectorError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A key pair from a vector file: the public Multikey and the secret multibase.
struct VectorKeyPair: Sendable, CustomTestStringConvertible {
    let name: String
    let publicKeyMultibase: String
    let secretKeyMultibase: String

    var testDescription: String { name }

    static func load(_ name: String, _ path: String, member: String? = nil) throws -> VectorKeyPair {
        var o = try Vectors.object(path)
        if let member { o = o[member]?.objectValue ?? [:] }
        let secret = o["secretKeyMultibase"]?.stringValue ?? o["privateKeyMultibase"]?.stringValue
        guard let secret else { throw VectorError("\(path) has no secret key") }
        return VectorKeyPair(name: name, publicKeyMultibase: try Vectors.string(o, "publicKeyMultibase"), secretKeyMultibase: secret)
    }

    static let all: [VectorKeyPair] = {
        var pairs: [VectorKeyPair] = []
        let sources: [(String, String, String?)] = [
            ("eddsa keyPair", Vectors.eddsa + "/keyPair.json", nil),
            ("eddsa proof-set keyPair1", Vectors.eddsa + "/proof-set-chain/multiKeyPairs.json", "keyPair1"),
            ("eddsa proof-set keyPair2", Vectors.eddsa + "/proof-set-chain/multiKeyPairs.json", "keyPair2"),
            ("eddsa proof-set keyPair3", Vectors.eddsa + "/proof-set-chain/multiKeyPairs.json", "keyPair3"),
            ("eddsa proof-set keyPair4", Vectors.eddsa + "/proof-set-chain/multiKeyPairs.json", "keyPair4"),
            ("ecdsa p256KeyPair", Vectors.ecdsa + "/p256KeyPair.json", nil),
            ("ecdsa p384KeyPair", Vectors.ecdsa + "/p384KeyPair.json", nil),
            ("1EdTech OB 3.0 keyPair", Vectors.obv3 + "/keyPair.json", nil),
        ]
        for (name, path, member) in sources {
            if let p = try? load(name, path, member: member) { pairs.append(p) }
        }
        return pairs
    }()

    func signingKey() throws -> SigningKey { try SigningKey(secretKeyMultibase: secretKeyMultibase) }
    func publicKey() throws -> PublicKey { try PublicKey(publicKeyMultibase: publicKeyMultibase) }
}
