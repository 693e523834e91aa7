import Foundation

/// The folder that holds one Brevet installation: the SQLite database, the issuers' private keys
/// and the JSON-LD context store.
///
/// ```
/// DIR/brevet.sqlite     the embedded database (unless a PostgreSQL URL is configured)
/// DIR/keys/             one file per issuer key, mode 0600, never logged or served
/// DIR/contexts/         pinned JSON-LD context documents, checked against their SHA-256 digests
/// ```
public struct DataDirectory: Sendable, Hashable {
    public let url: URL

    public init(path: String) {
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    public var databasePath: String { url.appendingPathComponent("brevet.sqlite").path }
    public var keysDirectory: URL { url.appendingPathComponent("keys", isDirectory: true) }
    public var contextsDirectory: URL { url.appendingPathComponent("contexts", isDirectory: true) }

    /// Creates the folders when missing (keys with mode 0700). Fails with a message naming the path.
    public func prepare() throws(ServiceError) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: url, withIntermediateDirectories: true)
            try fm.createDirectory(at: keysDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try fm.createDirectory(at: contextsDirectory, withIntermediateDirectories: true)
        } catch {
            throw ServiceError(.configuration, "cannot use the data directory \(url.path): \(error.localizedDescription)")
        }
        guard fm.isWritableFile(atPath: url.path) else {
            throw ServiceError(.configuration, "the data directory \(url.path) is not writable")
        }
    }
}
