import BrevetCore
import BrevetJSON
import BrevetStorage

/// The few calls from the use cases into the pure core's cryptography, DIDs and status lists,
/// gathered in one place.
enum CoreBridge {
    /// Status list credentials are secured with the JCS suite of the issuer's key type: it needs no
    /// contexts, so every verifier can check a list even without a JSON-LD context store.
    static func statusListCryptosuite(for key: SigningKey) -> String {
        key.algorithm == .ed25519 ? "eddsa-jcs-2022" : "ecdsa-jcs-2019"
    }

    static func didKey(_ key: PublicKey) -> String { DIDKey.did(for: key) }

    static func didKeyVerificationMethod(_ key: PublicKey) -> String { DIDKey.verificationMethodId(for: key) }

    static func didDocument(did: String, verificationMethodID: String, publicKey: PublicKey) throws -> JSONValue {
        let fragment = verificationMethodID.split(separator: "#").last.map(String.init) ?? "key-1"
        return DIDWeb.document(for: try DID(did), keys: [(fragment: fragment, key: publicKey)])
    }

    /// Whether this installation can issue with `suite` using a key of `algorithm`, with the choices
    /// that would work when it cannot.
    static func checkIssuable(suite: String, securer: CredentialSecurer, algorithm: KeyAlgorithm) throws(ServiceError) {
        guard securer.issuable.contains(suite), CredentialSecurer.algorithms(for: suite).contains(algorithm) else {
            let usable = securer.issuable.filter { CredentialSecurer.algorithms(for: $0).contains(algorithm) }
            let what = securer.issuable.contains(suite) ? "cannot be used with a \(algorithm) key" : "is an unknown cryptosuite"
            throw ServiceError(.invalidInput, "\"\(suite)\" \(what); with this key Brevet issues with \(usable.joined(separator: ", "))")
        }
    }

    static func statusEntry(list: String, index: Int, purpose: BrevetStorage.StatusPurpose) -> JSONValue {
        BitstringStatusListEntry(id: "\(list)#\(index)", statusPurpose: BrevetCore.StatusPurpose(rawValue: purpose.rawValue),
                                 statusListIndex: index, statusListCredential: list).json
    }

    static func statusListCredential(id: String, issuer: String, purpose: BrevetStorage.StatusPurpose, size: Int,
                                     setIndices: [Int], validFrom: DateTimeStamp) throws -> JSONValue {
        var bits = Bitstring(count: size)
        for i in setIndices { try bits.setStatus(1, at: i) }
        let list = BitstringStatusList(id: id + "#list", statusPurposes: [BrevetCore.StatusPurpose(rawValue: purpose.rawValue)], bitstring: bits)
        return try BitstringStatusListCredential.make(id: id, issuer: .string(issuer), list: list, validFrom: validFrom.description)
    }
}
