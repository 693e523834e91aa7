import Hummingbird
import Logging

/// The per-request context: Hummingbird's core storage plus the organization an API key opened.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``APIKeyMiddleware`` on admin routes; `nil` on public routes.
    public var organizationID: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        organizationID = nil
    }

    /// Bodies are read with an explicit limit in each handler; this bounds Hummingbird's own decoders.
    public var maxUploadSize: Int { 1 << 20 }
}
