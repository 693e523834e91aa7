import BrevetCore

/// Where issuers' private keys live. The database only names a key (`keyReference`); the key
/// itself stays in the data directory, is never logged and never appears in an API response.
public protocol KeyStore: Sendable {
    /// Creates and stores a new key; returns its reference.
    func createKey(algorithm: KeyAlgorithm, reference: String) async throws -> SigningKey
    /// The key with that reference. Throws `notFound` when it is missing.
    func key(reference: String) async throws -> SigningKey
}
