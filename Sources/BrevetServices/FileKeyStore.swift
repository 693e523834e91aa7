import BrevetCore
import BrevetJSON
import Foundation
import Synchronization

/// Keeps each private key in its own file `keys/<reference>.json` (mode 0600), as a Multikey
/// `secretKeyMultibase`. Keys are read once and then held in memory.
public final class FileKeyStore: KeyStore {
    let directory: URL
    let randomBytes: @Sendable (Int) -> [UInt8]
    let cache = Mutex<[String: SigningKey]>([:])

    /// - Parameter randomBytes: the source of key material (a CSPRNG in production; tests may pass
    ///   a seeded one).
    public init(directory: URL, randomBytes: @escaping @Sendable (Int) -> [UInt8]) {
        self.directory = directory
        self.randomBytes = randomBytes
    }

    func path(_ reference: String) throws(ServiceError) -> URL {
        guard !reference.isEmpty, reference.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw ServiceError(.invalidInput, "a key reference may hold only letters, digits, '-' and '_'")
        }
        return directory.appendingPathComponent(reference + ".json")
    }

    public func createKey(algorithm: KeyAlgorithm, reference: String) async throws -> SigningKey {
        let file = try path(reference)
        let key = try SigningKey(algorithm: algorithm, secretBytes: randomBytes(algorithm.secretKeyLength))
        let json: JSONValue = [
            "type": "Multikey", "algorithm": .string(algorithm.rawValue),
            "publicKeyMultibase": .string(key.publicKey.publicKeyMultibase),
            "secretKeyMultibase": .string(key.secretKeyMultibase),
        ]
        let fm = FileManager.default
        guard !fm.fileExists(atPath: file.path) else {
            throw ServiceError(.conflict, "a key named \(reference) already exists")
        }
        guard fm.createFile(atPath: file.path, contents: Data(JSONWriter(style: .pretty).bytes(json)), attributes: [.posixPermissions: 0o600]) else {
            throw ServiceError(.configuration, "cannot write the key file \(file.path)")
        }
        cache.withLock { $0[reference] = key }
        return key
    }

    public func key(reference: String) async throws -> SigningKey {
        if let key = cache.withLock({ $0[reference] }) { return key }
        let file = try path(reference)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw ServiceError(.notFound, "the private key \(reference) is missing from \(directory.path)")
        }
        let json = try JSONValue(parsing: data)
        guard let secret = json["secretKeyMultibase"]?.stringValue else {
            throw ServiceError(.configuration, "the key file \(file.path) has no secretKeyMultibase")
        }
        let key = try SigningKey(secretKeyMultibase: secret)
        cache.withLock { $0[reference] = key }
        return key
    }
}
