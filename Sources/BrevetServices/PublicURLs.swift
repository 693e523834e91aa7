import Foundation
import BrevetStorage

/// The URLs under which the server publishes what Brevet issues, derived from the data directory's
/// settings so that the CLI and the server agree.
///
/// `baseURL` is the public base URL (`serve --base-url`, kept in the data directory). Without it,
/// the address the server last listened on (`localBaseURL`) is used, and issuers get did:key
/// identifiers instead of did:web.
public struct PublicURLs: Sendable, Hashable {
    public static let baseURLSetting = "baseURL"
    public static let localBaseURLSetting = "localBaseURL"
    public static let fallbackBaseURL = "http://localhost:8080"

    /// The configured public base URL, without a trailing slash.
    public var publicBaseURL: String?
    /// The base URL that ids are minted under (`publicBaseURL`, else the local server address).
    public var base: String

    public init(publicBaseURL: String?, localBaseURL: String?) {
        self.publicBaseURL = publicBaseURL.map(Self.trimmed)
        self.base = Self.trimmed(publicBaseURL ?? localBaseURL ?? Self.fallbackBaseURL)
    }

    static func trimmed(_ s: String) -> String {
        var s = s
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    /// Reads the settings of a data directory.
    public static func load(from store: any StoreOperations) async throws -> PublicURLs {
        PublicURLs(publicBaseURL: try await store.setting(baseURLSetting),
                   localBaseURL: try await store.setting(localBaseURLSetting))
    }

    public func credential(_ localID: String) -> String { "\(base)/credentials/\(localID)" }
    public func achievement(_ localID: String) -> String { "\(base)/achievements/\(localID)" }
    public func statusList(_ localID: String) -> String { "\(base)/status/\(localID)" }
    public func issuerProfile(_ localID: String) -> String { "\(base)/issuers/\(localID)" }
    public func pathway(_ localID: String) -> String { "\(base)/pathways/\(localID)" }
    public func submission(_ localID: String) -> String { "\(base)/submissions/\(localID)" }
    public func decision(_ localID: String) -> String { "\(base)/decisions/\(localID)" }
    /// A skills framework of an organization (ids are unique within one organization only).
    public func framework(organizationID: String, id: String) -> String {
        "\(base)/organizations/\(Self.pathSegment(organizationID))/frameworks/\(Self.pathSegment(id))"
    }
    /// An evidence file, by the SHA-256 of its bytes.
    public func evidenceFile(organizationID: String, sha256: String) -> String {
        "\(base)/organizations/\(Self.pathSegment(organizationID))/evidence/\(sha256)"
    }

    static func pathSegment(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? s
    }

    /// The did:web of an issuer served at `/issuers/<localID>/did.json`, when there is a public base URL
    /// whose host is a domain name (an IP address gives `nil`: such issuers get a did:key)
    /// ([did:web §3.2](https://w3c-ccg.github.io/did-method-web/#create-register): the host, a
    /// percent-encoded port, then path segments joined with ':').
    public func didWeb(issuer localID: String) -> String? {
        guard let publicBaseURL, let schemeEnd = publicBaseURL.range(of: "://") else { return nil }
        let rest = publicBaseURL[schemeEnd.upperBound...]
        let parts = rest.split(separator: "/", omittingEmptySubsequences: true)
        guard let host = parts.first else { return nil }
        // "The host MUST NOT include IP addresses" (did:web §3.1): such installations use did:key.
        let hostName = host.hasPrefix("[") ? host : host.split(separator: ":").first ?? host
        if hostName.hasPrefix("[") || hostName.allSatisfy({ $0.isNumber || $0 == "." }) { return nil }
        var segments = [host.replacingOccurrences(of: ":", with: "%3A")]
        segments += parts.dropFirst().map(String.init)
        segments += ["issuers", localID]
        return "did:web:" + segments.joined(separator: ":")
    }

    /// The last path segment of one of our URLs of the given kind, when `url` is one.
    public func localID(of url: String, kind: String) -> String? {
        let prefix = "\(base)/\(kind)/"
        guard url.hasPrefix(prefix) else { return nil }
        let id = url.dropFirst(prefix.count)
        guard !id.isEmpty, !id.contains("/"), !id.contains("#") else { return nil }
        return String(id)
    }
}
