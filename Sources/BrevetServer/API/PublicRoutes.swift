import BrevetCore
import BrevetJSON
import BrevetServices
import BrevetStorage
import Foundation
import Hummingbird
import NIOCore

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
        router.get("organizations/:org/evidence/:sha256") { _, context in try await evidenceFile(context) }
        router.get("organizations/:org/frameworks/:framework") { _, context in try await framework(context, item: nil) }
        router.get("organizations/:org/frameworks/:framework/items/:item") { _, context in
            try await framework(context, item: try context.parameters.require("item"))
        }
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

    /// An evidence file, by the SHA-256 of its bytes. Uploaded content is never rendered as a page of
    /// this site: it is sandboxed, not sniffed, and offered as a download unless it is an image.
    func evidenceFile(_ context: AppRequestContext) async throws -> Response {
        let org = try context.parameters.require("org")
        let sha = try context.parameters.require("sha256")
        guard let file = try? await services.environment.store.evidenceFile(organizationID: org.removingPercentEncoding ?? org, sha256: sha) else {
            throw APIError(status: .notFound, code: "notFound", message: "no evidence file \(sha)")
        }
        let image = file.mediaType.hasPrefix("image/") && !file.mediaType.contains("svg")
        let safeName = String(file.name.map { $0.isLetter || $0.isNumber || ".-_".contains($0) ? $0 : "_" })
        let headers: HTTPFields = [
            .contentType: file.mediaType, .contentSecurityPolicy: "sandbox; default-src 'none'", .xContentTypeOptions: "nosniff",
            .contentDisposition: (image ? "inline" : "attachment") + "; filename=\"\(safeName)\"",
        ]
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.content)))
    }

    /// A skills framework (or one of its items) that alignments point to.
    func framework(_ context: AppRequestContext, item: String?) async throws -> Response {
        let org = try context.parameters.require("org")
        let id = try context.parameters.require("framework")
        guard let record = try? await services.environment.store.framework(id: id.removingPercentEncoding ?? id, organizationID: org.removingPercentEncoding ?? org) else {
            throw APIError(status: .notFound, code: "notFound", message: "no framework \(id)")
        }
        guard let item else { return jsonResponse(record.document) }
        let wanted = item.removingPercentEncoding ?? item
        guard let found = record.document["items"]?.arrayValue?.first(where: { $0["id"]?.stringValue == wanted }) else {
            throw APIError(status: .notFound, code: "notFound", message: "framework \(id) has no item \(wanted)")
        }
        return jsonResponse(found)
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
