import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// Creates and reads issuers: an OB 3.0 Profile with its own Ed25519 key.
///
/// The issuer's identifier is a did:web served by the server when the data directory has a public
/// base URL, and a did:key otherwise (the key's own DID needs nothing served).
public struct IssuerService: Sendable {
    public let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    public func create(organizationID: String, profile draft: ProfileDraft, algorithm: KeyAlgorithm = .ed25519,
                       cryptosuite: String? = nil) async throws -> IssuerRecord {
        try draft.validate()
        let suite = cryptosuite ?? environment.defaultCryptosuite(for: algorithm)
        try CoreBridge.checkIssuable(suite: suite, securer: environment.securer, algorithm: algorithm)
        let store = environment.store
        let urls = try await PublicURLs.load(from: store)
        let localID = environment.newIdentifier()
        let key = try await environment.keys.createKey(algorithm: algorithm, reference: "issuer-\(localID)")
        let issuerID: String
        let verificationMethodID: String
        if let didWeb = urls.didWeb(issuer: localID) {
            issuerID = didWeb
            verificationMethodID = didWeb + "#key-1"
        } else {
            issuerID = CoreBridge.didKey(key.publicKey)
            verificationMethodID = CoreBridge.didKeyVerificationMethod(key.publicKey)
        }
        let record = IssuerRecord(
            id: issuerID, organizationID: organizationID, profile: draft.json(id: issuerID),
            verificationMethodID: verificationMethodID, keyReference: "issuer-\(localID)",
            defaultCryptosuite: suite, createdAt: environment.now())
        try await store.createIssuer(record)
        environment.logger.info("created issuer", metadata: ["issuer": .string(issuerID), "organization": .string(organizationID)])
        return record
    }

    /// The DID document the server publishes for a did:web issuer at `/issuers/<localID>/did.json`.
    public func didDocument(localID: String) async throws -> JSONValue {
        let urls = try await PublicURLs.load(from: environment.store)
        guard let did = urls.didWeb(issuer: localID) else {
            throw ServiceError(.notFound, "this server has no public base URL, so its issuers use did:key and publish no DID document")
        }
        let issuer: IssuerRecord
        do { issuer = try await environment.store.issuer(id: did) } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no issuer \(did)")
        }
        let key = try await environment.keys.key(reference: issuer.keyReference)
        return try CoreBridge.didDocument(did: did, verificationMethodID: issuer.verificationMethodID, publicKey: key.publicKey)
    }

    /// Finds an issuer of the organization by its id (a DID).
    public func issuer(id: String, organizationID: String) async throws -> IssuerRecord {
        do {
            return try await environment.store.issuer(id: id, organizationID: organizationID)
        } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no issuer \(id) in this organization")
        }
    }
}
