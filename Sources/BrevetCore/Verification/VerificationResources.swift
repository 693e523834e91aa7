/// How a verifier obtains what a credential points to: status list credentials and DID documents.
///
/// The core never does network I/O itself; the caller hands it this requester (a local store, an
/// HTTP client, or both). Implementations bound sizes and time and say plainly why a fetch failed.
public protocol VerificationResources: Sendable {
    /// The bytes published at `url`. Throws a `ResourceError` naming the URL and the reason.
    func fetch(_ url: String) async throws -> [UInt8]
}

/// Why a resource could not be fetched.
public struct ResourceError: Error, Sendable, CustomStringConvertible {
    public let url: String
    public let reason: String

    public init(url: String, reason: String) {
        self.url = url
        self.reason = reason
    }

    public var description: String { "could not fetch \(url): \(reason)" }
}

/// Resources that are never available: verification then reports status as "could not check".
public struct NoVerificationResources: VerificationResources {
    public init() {}
    public func fetch(_ url: String) async throws -> [UInt8] {
        throw ResourceError(url: url, reason: "no way to fetch documents was given (offline)")
    }
}
