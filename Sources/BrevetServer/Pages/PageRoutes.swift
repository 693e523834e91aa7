import BrevetServices
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
