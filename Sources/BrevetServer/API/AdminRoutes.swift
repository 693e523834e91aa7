import BrevetCore
import BrevetJSON
import BrevetServices
import BrevetStorage
import Foundation
import Hummingbird

/// The admin API under `/api`: issuers, achievements, issuing, revocation and suspension.
/// Every route needs an API key and sees only its organization's data.
struct AdminRoutes {
    let services: ServiceContainer
    let maxBodyBytes: Int

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("issuers") { request, context in try await createIssuer(request, context) }
        group.get("issuers") { _, context in try await listIssuers(context) }
        group.post("achievements") { request, context in try await createAchievement(request, context) }
        group.get("achievements") { _, context in try await listAchievements(context) }
        group.post("credentials") { request, context in try await issue(request, context) }
        group.get("credentials") { request, context in try await listCredentials(request, context) }
        for change in [StatusService.Change.revoke, .suspend, .unsuspend] {
            group.post("credentials/:credential/\(change.rawValue)") { request, context in
                try await changeStatus(change, request, context)
            }
        }
    }

    func organization(_ context: AppRequestContext) throws -> String {
        guard let id = context.organizationID else {
            throw APIError(status: .unauthorized, code: "unauthorized", message: "this endpoint needs an API key")
        }
        return id
    }

    func createIssuer(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let body = try await request.jsonObject(limit: maxBodyBytes)
        let draft = ProfileDraft(name: try body.requiredString("name"), url: try body.optionalString("url"),
                                 email: try body.optionalString("email"), description: try body.optionalString("description"),
                                 image: try body.optionalString("image"))
        let keyType = try body.optionalString("keyType") ?? "ed25519"
        guard let algorithm = KeyAlgorithm(name: keyType) else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "keyType must be ed25519, p256 or p384")
        }
        let issuer = try await services.issuers.create(organizationID: try organization(context), profile: draft, algorithm: algorithm,
                                                       cryptosuite: try body.optionalString("cryptosuite"))
        return jsonResponse(issuer.profile, status: .created)
    }

    func listIssuers(_ context: AppRequestContext) async throws -> Response {
        let issuers = try await services.environment.store.issuers(organizationID: try organization(context))
        return jsonResponse(.array(issuers.map(\.profile)))
    }

    func createAchievement(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let body = try await request.jsonObject(limit: maxBodyBytes)
        let typeText = try body.optionalString("achievementType") ?? body.optionalString("type") ?? "Badge"
        guard let type = AchievementType(typeText) else {
            throw APIError(status: .unprocessableContent, code: "invalidInput",
                           message: "achievementType \"\(typeText)\" is not in the Open Badges 3.0 vocabulary (e.g. Badge, MicroCredential, Certificate, Certification) and does not start with ext:")
        }
        var tags: [String] = []
        if let t = body["tags"] ?? body["tag"] {
            guard let array = t.arrayValue, array.allSatisfy({ $0.stringValue != nil }) else {
                throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"tags\" must be an array of strings")
            }
            tags = array.compactMap(\.stringValue)
        }
        var validityDays: Int?
        if let v = body["validityDays"], !v.isNull {
            guard let days = v.numberValue?.intValue else {
                throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"validityDays\" must be a whole number of days")
            }
            validityDays = days
        }
        let draft = AchievementDraft(name: try body.requiredString("name"), description: try body.optionalString("description"),
                                     criteriaNarrative: try body.requiredString("criteria"), achievementType: type,
                                     image: try body.optionalString("image"), tags: tags, validityDays: validityDays)
        let record = try await services.achievements.create(organizationID: try organization(context),
                                                            issuerID: try body.requiredString("issuer"), draft: draft)
        return jsonResponse(record.achievementJSON, status: .created)
    }

    func listAchievements(_ context: AppRequestContext) async throws -> Response {
        let records = try await services.environment.store.achievements(organizationID: try organization(context))
        return jsonResponse(.array(records.map(\.achievementJSON)))
    }

    func issue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let body = try await request.jsonObject(limit: maxBodyBytes)
        var evidence: [Evidence] = []
        if let e = body["evidence"], !e.isNull {
            guard let array = e.arrayValue else {
                throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"evidence\" must be an array of objects")
            }
            evidence = try array.map { try Evidence(json: $0) }
        }
        let issueRequest = IssuanceService.Request(
            achievementID: try body.requiredString("achievement"),
            recipient: try CredentialRecipient(parsing: try body.requiredString("recipient")),
            recipientName: try body.optionalString("recipientName") ?? body.optionalString("name"),
            evidence: evidence, cryptosuite: try body.optionalString("cryptosuite"))
        let record = try await services.issuance.issue(organizationID: try organization(context), issueRequest)
        var response = storedJSONResponse(record.document)
        response.status = .created
        response.headers[.location] = record.id
        return response
    }

    func listCredentials(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let q = request.uri.queryParameters
        let query = CredentialQuery(
            issuerID: q["issuer"].map(String.init), achievementID: q["achievement"].map(String.init),
            recipient: q["recipient"].map(String.init), limit: q["limit"].flatMap { Int($0) } ?? 100,
            offset: q["offset"].flatMap { Int($0) } ?? 0, newestFirst: true)
        let records = try await services.environment.store.credentials(organizationID: try organization(context), matching: query)
        return jsonResponse(.array(records.map(Self.summary)))
    }

    static func summary(_ r: CredentialRecord) -> JSONValue {
        var o: JSONObject = ["id": .string(r.id), "issuer": .string(r.issuerID), "achievement": .string(r.achievementID),
                             "recipient": .string(r.recipient), "issuedAt": .string(DateTimeStamp(date: r.issuedAt).description),
                             "revoked": .bool(r.isRevoked), "suspended": .bool(r.suspended)]
        if let u = r.validUntil { o["validUntil"] = .string(DateTimeStamp(date: u).description) }
        if let s = r.supersededBy { o["supersededBy"] = .string(s) }
        return .object(o)
    }

    func changeStatus(_ change: StatusService.Change, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let local = try context.parameters.require("credential")
        let urls = try await PublicURLs.load(from: services.environment.store)
        let id = local.contains(":") ? local : urls.credential(local)
        var reason: String?
        if change == .revoke, let bytes = try? await request.bodyBytes(limit: 64 << 10), !bytes.isEmpty,
           let body = try? JSONParser().parse(bytes).objectValue {
            reason = try body.optionalString("reason")
        }
        let outcome = try await services.status.apply(change, credentialID: id, organizationID: try organization(context), reason: reason)
        let state: String = switch change {
        case .revoke: "revoked"
        case .suspend: "suspended"
        case .unsuspend: "active"
        }
        return jsonResponse(["id": .string(id), "status": .string(state), "changed": .bool(outcome == .changed)])
    }
}
