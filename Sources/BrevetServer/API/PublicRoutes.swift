import BrevetCore
import BrevetJSON
import BrevetServices
import BrevetStorage
import Foundation
import Hummingbird

/// What anyone may read without a key: credentials at their ids, status lists, DID documents,
/// achievements, and `POST /api/verify`.
struct PublicRoutes {
    let services: ServiceContainer
    let maxBodyBytes: Int
    let pages: Pages

    func register(on router: Router<AppRequestContext>) {
        router.get("health") { _, _ in jsonResponse(["status": "ok"]) }
        router.get("credentials/:id") { request, context in try await credential(request, context) }
        router.get("status/:id") { _, context in try await statusList(context) }
        router.get("issuers/:id/did.json") { _, context in try await didDocument(context) }
        router.get("issuers/:id") { _, context in try await issuerProfile(context) }
        router.get("achievements/:id") { _, context in try await achievement(context) }
        router.post("api/verify") { request, _ in try await verify(request) }
    }

    func urls() async throws -> PublicURLs { try await PublicURLs.load(from: services.environment.store) }

    func credential(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let local = try context.parameters.require("id")
        let id = try await urls().credential(local)
        let record: CredentialRecord
        do { record = try await services.environment.store.credential(id: id) } catch let e as StorageError where e.code == .notFound {
            throw APIError(status: .notFound, code: "notFound", message: "no credential \(id)")
        }
        if request.prefersHTML {
            let verdict = await services.verification.verify(Array(record.document.utf8))
            return pages.credential(record: record, verdict: verdict)
        }
        return storedJSONResponse(record.document)
    }

    func statusList(_ context: AppRequestContext) async throws -> Response {
        let id = try await urls().statusList(try context.parameters.require("id"))
        return storedJSONResponse(try await services.status.statusListCredential(listID: id))
    }

    func didDocument(_ context: AppRequestContext) async throws -> Response {
        let doc = try await services.issuers.didDocument(localID: try context.parameters.require("id"))
        return jsonResponse(doc, contentType: "application/did+json")
    }

    func issuerProfile(_ context: AppRequestContext) async throws -> Response {
        let local = try context.parameters.require("id")
        let u = try await urls()
        let candidates = [u.didWeb(issuer: local), u.issuerProfile(local)].compactMap { $0 }
        for id in candidates {
            if let issuer = try? await services.environment.store.issuer(id: id) { return jsonResponse(issuer.profile) }
        }
        throw APIError(status: .notFound, code: "notFound", message: "no issuer \(local)")
    }

    func achievement(_ context: AppRequestContext) async throws -> Response {
        let id = try await urls().achievement(try context.parameters.require("id"))
        do {
            return jsonResponse(try await services.environment.store.achievement(id: id).achievementJSON)
        } catch let e as StorageError where e.code == .notFound {
            throw APIError(status: .notFound, code: "notFound", message: "no achievement \(id)")
        }
    }

    /// The body is the credential itself: JSON, or a compact JWT as text.
    func verify(_ request: Request) async throws -> Response {
        let bytes = try await request.bodyBytes(limit: maxBodyBytes)
        let verdict = await services.verification.verify(bytes)
        return jsonResponse(verdict.json)
    }
}

extension Request {
    /// Whether the client asked for a page rather than JSON (a browser's Accept header).
    var prefersHTML: Bool {
        guard let accept = headers[.accept] else { return false }
        return accept.contains("text/html")
    }
}
