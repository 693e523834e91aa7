import BrevetServices
import Foundation
import Hummingbird

/// The human pages: home, and the verification page that takes pasted JSON or an uploaded file
/// (a plain HTML form; no JavaScript needed).
struct PageRoutes {
    let services: ServiceContainer
    let pages: Pages
    let maxBodyBytes: Int

    func register(on router: Router<AppRequestContext>) {
        router.get("/") { _, _ in pages.home() }
        router.get("verify") { _, _ in pages.verifyForm() }
        router.post("verify") { request, _ in try await verify(request) }
        router.get("catalog") { request, _ in try await catalog(request) }
        router.get("advise") { request, _ in advise(request) }
    }

    func query(_ request: Request) -> [String: String] {
        var out: [String: String] = [:]
        // HTML forms sent with GET write spaces as "+" (application/x-www-form-urlencoded).
        for (k, v) in request.uri.queryParameters {
            let text = String(v).replacingOccurrences(of: "+", with: " ")
            out[String(k)] = text.removingPercentEncoding ?? text
        }
        return out
    }

    func catalog(_ request: Request) async throws -> Response {
        let store = services.environment.store
        guard let issuerID = query(request)["issuer"] else {
            var issuers: [[String: Any]] = []
            for org in try await store.organizations() {
                for issuer in try await store.issuers(organizationID: org.id) {
                    let count = try await store.achievements(organizationID: org.id, issuerID: issuer.id).count
                    guard count > 0 else { continue }
                    issuers.append(["name": issuer.profile["name"]?.stringValue ?? issuer.id, "count": count,
                                    "query": issuer.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? issuer.id])
                }
            }
            return pages.page("catalogIndex", title: "Catalogs", ["issuers": issuers])
        }
        guard let issuer = try? await store.issuer(id: issuerID) else {
            return pages.error("No such issuer", "No issuer \(issuerID) publishes a catalog here.", status: .notFound)
        }
        let achievements = try await store.achievements(organizationID: issuer.organizationID, issuerID: issuer.id)
        let name = issuer.profile["name"]?.stringValue ?? issuer.id
        return pages.page("catalog", title: "\(name) catalog", CatalogPage.data(issuerName: name, achievements: achievements))
    }

    func advise(_ request: Request) -> Response {
        pages.page("advisor", title: "Design advisor", AdvisorPage.data(query: query(request)))
    }

    func verify(_ request: Request) async throws -> Response {
        let bytes: [UInt8]
        do { bytes = try await request.bodyBytes(limit: maxBodyBytes) } catch {
            return pages.error("Too large", "The upload is larger than \(maxBodyBytes / 1024) KiB; a credential is much smaller.", status: .contentTooLarge)
        }
        let contentType = request.headers[.contentType] ?? ""
        var credential: [UInt8] = []
        if contentType.hasPrefix("multipart/form-data") {
            guard let form = MultipartFormData(body: bytes, contentType: contentType) else {
                return pages.error("Could not read the form", "The upload is not valid multipart/form-data.", status: .badRequest)
            }
            let file = form.parts.first { $0.name == "file" && !$0.body.isEmpty }
            let pasted = form.parts.first { $0.name == "credential" }
            credential = file?.body ?? pasted?.body ?? []
        } else if contentType.hasPrefix("application/x-www-form-urlencoded") {
            let form = URLEncodedFormFields(String(decoding: bytes, as: UTF8.self))
            credential = Array((form["credential"] ?? "").utf8)
        } else {
            credential = bytes
        }
        if credential.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return pages.error("Nothing to verify", "Paste a credential or choose a file, then press Verify.", status: .badRequest)
        }
        let verdict = await services.verification.verify(credential)
        return pages.verdict(verdict)
    }
}
