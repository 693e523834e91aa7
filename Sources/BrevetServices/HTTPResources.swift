import BrevetCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches status lists, DID documents and credentials over HTTP(S) for verification, with a time
/// limit and a size limit, and says plainly why a fetch failed.
public struct HTTPResources: VerificationResources {
    public var timeout: TimeInterval
    public var maxBytes: Int

    public init(timeout: TimeInterval = 10, maxBytes: Int = 4 << 20) {
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    public func fetch(_ url: String) async throws -> [UInt8] {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), scheme == "https" || scheme == "http" else {
            throw ResourceError(url: url, reason: "only http and https URLs can be fetched")
        }
        var request = URLRequest(url: u, timeoutInterval: timeout)
        request.setValue("application/json, application/ld+json, application/vc+ld+json, application/did+json, */*;q=0.1", forHTTPHeaderField: "Accept")
        let (data, response): (Data, URLResponse)
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw ResourceError(url: url, reason: error.localizedDescription)
        }
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            throw ResourceError(url: url, reason: "the server answered HTTP \(http.statusCode)")
        }
        guard data.count <= maxBytes else {
            throw ResourceError(url: url, reason: "the document is \(data.count) bytes, more than the \(maxBytes)-byte limit")
        }
        return Array(data)
    }
}
