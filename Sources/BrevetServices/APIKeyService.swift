import BrevetCore
import BrevetStorage
import Crypto
import Foundation

/// API keys for the admin API. The secret is shown once when created; only its SHA-256 is stored.
public struct APIKeyService: Sendable {
    public let environment: ServiceEnvironment
    static let secretPrefix = "brv_"

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The organization named `name`, created when it does not exist yet (the CLI's default is "default").
    public func organization(named name: String) async throws -> OrganizationRecord {
        let store = environment.store
        if let existing = try await store.organizations().first(where: { $0.name == name || $0.id == name }) { return existing }
        let record = OrganizationRecord(id: environment.newIdentifier(), name: name, createdAt: environment.now())
        try await store.createOrganization(record)
        return record
    }

    /// Creates a key; returns the record and the secret, which is not stored and cannot be shown again.
    public func create(organizationID: String, name: String) async throws -> (record: APIKeyRecord, secret: String) {
        let secret = Self.secretPrefix + Base16.encode(environment.randomBytes(24))
        let record = APIKeyRecord(id: environment.newIdentifier(), organizationID: organizationID, name: name,
                                  secretHash: Self.hash(secret), prefix: String(secret.prefix(10)),
                                  createdAt: environment.now(), revokedAt: nil)
        try await environment.store.createAPIKey(record)
        return (record, secret)
    }

    /// The organization a presented secret belongs to. Throws `unauthorized` with the reason.
    public func authenticate(secret: String?) async throws -> APIKeyRecord {
        guard let secret, !secret.isEmpty else {
            throw ServiceError(.unauthorized, "this endpoint needs an API key: send 'Authorization: Bearer <key>' (create one with 'brevet apikey create')")
        }
        guard let key = try await environment.store.activeAPIKey(secretHash: Self.hash(secret)) else {
            throw ServiceError(.unauthorized, "the API key is not valid (unknown or revoked)")
        }
        return key
    }

    static func hash(_ secret: String) -> String { Base16.encode(Array(SHA256.hash(data: Array(secret.utf8)))) }
}
