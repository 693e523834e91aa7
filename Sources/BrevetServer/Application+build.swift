import BrevetServices
import Foundation
import Hummingbird
import Logging
import NIOCore
import Prometheus

/// Builds the HTTP application for an opened installation. The one seam that `brevet serve` and
/// the tests both drive.
public func buildApplication(installation: Installation, configuration: ServerConfiguration, logger: Logger,
                             metrics: PrometheusCollectorRegistry? = nil) async throws -> some ApplicationProtocol {
    let services = installation.services
    let store = services.environment.store
    if let baseURL = configuration.baseURL {
        try await store.putSetting(PublicURLs.baseURLSetting, value: baseURL)
    }
    let pages = try Pages()
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: MetricsMiddleware())
    PublicRoutes(services: services, maxBodyBytes: configuration.maxBodyBytes, pages: pages).register(on: router)
    PageRoutes(services: services, pages: pages, maxBodyBytes: configuration.maxBodyBytes).register(on: router)
    let admin = router.group("api").add(middleware: APIKeyMiddleware(keys: services.apiKeys))
    AdminRoutes(services: services, maxBodyBytes: configuration.maxBodyBytes).register(on: admin)
    AwardingRoutes(services: services, maxBodyBytes: configuration.maxBodyBytes).register(on: admin)

    if let metrics {
        router.get("metrics") { _, _ in
            var buffer: [UInt8] = []
            metrics.emit(into: &buffer)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
        }
    }
    let explicitBase = configuration.baseURL
    let host = configuration.host
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Brevet"),
        onServerRunning: { channel in
            // Without a public base URL, ids are minted under the address the server listens on.
            if explicitBase == nil, let port = channel.localAddress?.port {
                let shown = host == "0.0.0.0" || host == "::" ? "localhost" : host
                try? await store.putSetting(PublicURLs.localBaseURLSetting, value: "http://\(shown):\(port)")
            }
        },
        logger: logger)
}
