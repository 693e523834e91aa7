import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation
import Synchronization

/// Revokes, suspends and reinstates credentials, and publishes the Bitstring Status List
/// credentials verifiers read ([Bitstring Status List](https://www.w3.org/TR/vc-bitstring-status-list/)).
///
/// A list's bits are derived from the credentials table on every fetch, so a change takes effect at
/// the next fetch. The signed list is cached per list version; any change bumps the version.
public final class StatusService: Sendable {
    public let environment: ServiceEnvironment
    let cache = Mutex<[String: (version: Int, document: String)]>([:])

    public init(environment: ServiceEnvironment) { self.environment = environment }

    public enum Change: String, Sendable { case revoke, suspend, unsuspend }

    /// Applies a change to the organization's credential. Returns whether anything changed
    /// (revoking twice is not an error, but says it was already revoked).
    public func apply(_ change: Change, credentialID: String, organizationID: String, reason: String? = nil) async throws -> ChangeOutcome {
        let store = environment.store
        let current: CredentialRecord
        do {
            current = try await store.credential(id: credentialID, organizationID: organizationID)
        } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no credential \(credentialID) in this organization")
        }
        if change != .revoke, current.isRevoked {
            throw ServiceError(.conflict, "the credential \(credentialID) is revoked; revocation is permanent, so it cannot be \(change == .suspend ? "suspended" : "unsuspended")")
        }
        let now = environment.now()
        switch change {
        case .revoke: return try await store.revokeCredential(id: credentialID, organizationID: organizationID, reason: reason, at: now)
        case .suspend: return try await store.suspendCredential(id: credentialID, organizationID: organizationID, at: now)
        case .unsuspend: return try await store.unsuspendCredential(id: credentialID, organizationID: organizationID)
        }
    }

    /// The signed BitstringStatusListCredential published at `listID`, as JSON text.
    public func statusListCredential(listID: String) async throws -> String {
        let store = environment.store
        let list: StatusListRecord
        do { list = try await store.statusList(id: listID) } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no status list \(listID)")
        }
        if let cached = cache.withLock({ $0[listID] }), cached.version == list.version { return cached.document }
        // Read the set bits, then re-read the version: if a change slipped in between, the version we
        // cache under is the older one, so the next fetch rebuilds.
        let indices = try await store.setIndices(statusListID: listID)
        let issuer = try await store.issuer(id: list.issuerID)
        let key = try await environment.keys.key(reference: issuer.keyReference)
        let unsigned = try CoreBridge.statusListCredential(
            id: listID, issuer: issuer.id, purpose: list.purpose, size: list.size, setIndices: indices,
            validFrom: DateTimeStamp(date: environment.now()))
        let signed = try environment.securer.secure(unsigned, suite: CoreBridge.statusListCryptosuite(for: key), key: key,
                                           verificationMethod: issuer.verificationMethodID,
                                           created: DateTimeStamp(date: environment.now()))
        cache.withLock { $0[listID] = (list.version, signed) }
        return signed
    }
}
