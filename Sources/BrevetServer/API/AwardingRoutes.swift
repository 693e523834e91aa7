import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetServices
import BrevetStorage
import Foundation
import Hummingbird

/// The admin API for credential design, assessment, renewal and pathways (under `/api`, with an
/// API key; every route sees only its organization's data). See docs/api.md.
struct AwardingRoutes {
    let services: ServiceContainer
    let maxBodyBytes: Int
    /// Evidence uploads carry files as base64, so their bodies may be larger than other requests.
    var evidenceBodyBytes: Int { max(maxBodyBytes, EvidenceService.defaultMaximumFileSize * 4 / 3 + (1 << 20)) }
    var environment: ServiceEnvironment { services.environment }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("frameworks") { request, context in try await importFramework(request, context) }
        group.get("frameworks") { _, context in try await listFrameworks(context) }
        group.get("frameworks/:framework/items/:item/achievements") { request, context in try await coverage(request, context) }
        group.post("designs") { request, context in try await createDesign(request, context) }
        group.put("achievements/:achievement/design") { request, context in try await reviseDesign(request, context) }
        group.get("achievements/:achievement/versions") { _, context in try await versions(context) }
        group.post("achievements/:achievement/submissions") { request, context in try await submit(request, context) }
        group.post("achievements/:achievement/decisions") { request, context in try await decideWithoutSubmission(request, context) }
        group.post("submissions/:submission/decisions") { request, context in try await decide(request, context) }
        group.get("decisions") { request, context in try await listDecisions(request, context) }
        group.post("pathways") { request, context in try await createPathway(request, context) }
        group.get("pathways") { _, context in try await listPathways(context) }
        group.get("pathways/:pathway/progress") { request, context in try await progress(request, context) }
        group.post("learners/external-credentials") { request, context in try await presentExternal(request, context) }
        group.get("credentials/expiring") { request, context in try await expiring(request, context) }
        group.get("credentials/:credential/renewal") { _, context in try await renewalEligibility(context) }
        group.post("credentials/:credential/renew") { _, context in try await renew(context) }
    }

    func organization(_ context: AppRequestContext) throws -> String {
        guard let id = context.organizationID else {
            throw APIError(status: .unauthorized, code: "unauthorized", message: "this endpoint needs an API key")
        }
        return id
    }

    func urls() async throws -> PublicURLs { try await PublicURLs.load(from: environment.store) }

    /// A path parameter naming one of our resources: its full id, or the last segment of it.
    func resourceID(_ context: AppRequestContext, _ name: String, _ mint: (PublicURLs, String) -> String) async throws -> String {
        let local = try context.parameters.require(name)
        let decoded = local.removingPercentEncoding ?? local
        return decoded.contains(":") ? decoded : mint(try await urls(), decoded)
    }

    // MARK: frameworks

    func importFramework(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let org = try organization(context)
        let limit = FrameworkService.maximumFileSize + (1 << 20)
        let record: FrameworkRecord
        if request.headers[.contentType]?.lowercased().hasPrefix("text/csv") == true {
            let q = request.uri.queryParameters
            guard let id = q["id"].map(String.init), let title = q["title"].map(String.init) else {
                throw APIError(status: .unprocessableContent, code: "invalidInput", message: "a CSV framework needs ?id=...&title=... in the URL")
            }
            let text = String(decoding: try await request.bodyBytes(limit: limit), as: UTF8.self)
            record = try await services.frameworks.importCSV(organizationID: org, id: id, title: title, csv: text)
        } else {
            let body = try await request.jsonObject(limit: limit)
            var package: JSONValue? = body["package"]
            if package == nil, body["CFDocument"] != nil { package = .object(body) }
            if let package, !package.isNull {
                let text = package.stringValue ?? JSONWriter().string(package)
                record = try await services.frameworks.importCASE(organizationID: org, package: text)
            } else {
                record = try await services.frameworks.importCSV(organizationID: org, id: try body.requiredString("id"),
                                                                title: try body.requiredString("title"), csv: try body.requiredString("csv"))
            }
        }
        return jsonResponse(try await frameworkJSON(record), status: .created)
    }

    func frameworkJSON(_ record: FrameworkRecord) async throws -> JSONValue {
        var o = record.document.objectValue ?? [:]
        o["url"] = .string(try await urls().framework(organizationID: record.organizationID, id: record.id))
        o["importedFrom"] = .string(record.source)
        return .object(o)
    }

    func listFrameworks(_ context: AppRequestContext) async throws -> Response {
        let records = try await environment.store.frameworks(organizationID: try organization(context))
        var out: [JSONValue] = []
        for r in records {
            out.append(["id": .string(r.id), "title": .string(r.title), "importedFrom": .string(r.source),
                        "items": .number(JSONNumber(r.document["items"]?.arrayValue?.count ?? 0))])
        }
        return jsonResponse(.array(out))
    }

    func coverage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let framework = try context.parameters.require("framework")
        let item = try context.parameters.require("item")
        let narrower = request.uri.queryParameters["narrower"].map { $0 == "true" || $0 == "1" } ?? false
        let result = try await services.frameworks.coverage(organizationID: try organization(context), frameworkID: framework.removingPercentEncoding ?? framework,
                                                            item: item.removingPercentEncoding ?? item, includingNarrower: narrower)
        var itemJSON: JSONObject = ["id": .string(result.item.id), "name": .string(result.item.name), "uri": .string(result.item.uri)]
        if let code = result.item.code { itemJSON["code"] = .string(code) }
        return jsonResponse(["item": .object(itemJSON),
                             "achievements": .array(result.achievements.map { a in
                                 ["id": .string(a.id), "name": a.achievementJSON["name"] ?? .null, "version": .number(JSONNumber(a.version))]
                             })])
    }

    // MARK: designs and versions

    func alignTo(_ body: JSONObject) throws -> [DesignService.AlignmentRequest] {
        guard let list = body["alignTo"], !list.isNull else { return [] }
        guard let array = list.arrayValue else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"alignTo\" must be an array of {\"framework\", \"item\"}")
        }
        return try array.map { entry in
            guard let f = entry["framework"]?.stringValue, let i = entry["item"]?.stringValue else {
                throw APIError(status: .unprocessableContent, code: "invalidInput", message: "each \"alignTo\" entry needs \"framework\" and \"item\" strings")
            }
            return .init(frameworkID: f, item: i)
        }
    }

    func createDesign(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let body = try await request.jsonObject(limit: maxBodyBytes)
        guard let design = body["design"] else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"design\" is required: an OB 3.0 Achievement with the brevetDesign member")
        }
        let record = try await services.designs.create(organizationID: try organization(context), issuerID: try body.requiredString("issuer"),
                                                       design: design, alignTo: try alignTo(body))
        var response = jsonResponse(record.achievementJSON, status: .created)
        response.headers[.location] = record.id
        return response
    }

    func reviseDesign(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try await resourceID(context, "achievement") { $0.achievement($1) }
        let body = try await request.jsonObject(limit: maxBodyBytes)
        guard let design = body["design"] else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"design\" is required")
        }
        switch try await services.designs.revise(organizationID: try organization(context), achievementID: id, design: design, alignTo: try alignTo(body)) {
        case .edited(let record):
            return jsonResponse(["outcome": "edited", "achievement": record.achievementJSON])
        case .newVersion(let previous, let current, let changes):
            return jsonResponse(["outcome": "newVersion", "changes": .array(changes.map { .string($0) }),
                                 "achievement": current.achievementJSON, "previous": previous.achievementJSON], status: .created)
        }
    }

    func versions(_ context: AppRequestContext) async throws -> Response {
        let id = try await resourceID(context, "achievement") { $0.achievement($1) }
        _ = try await services.achievements.achievement(id: id, organizationID: try organization(context))
        let chain = try await services.designs.versions(of: id)
        return jsonResponse(.array(chain.map { r in
            var o: JSONObject = ["id": .string(r.id), "version": .number(JSONNumber(r.version)), "name": r.achievementJSON["name"] ?? .null,
                                 "createdAt": .string(DateTimeStamp(date: r.createdAt).description)]
            if let p = r.previousVersionID { o["previousVersion"] = .string(p) }
            return .object(o)
        }))
    }

    // MARK: evidence and decisions

    func submit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try await resourceID(context, "achievement") { $0.achievement($1) }
        let body = try await request.jsonObject(limit: evidenceBodyBytes)
        let recipient = try CredentialRecipient(parsing: try body.requiredString("learner"))
        var links: [String] = []
        if let l = body["links"], !l.isNull {
            guard let array = l.arrayValue, array.allSatisfy({ $0.stringValue != nil }) else {
                throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"links\" must be an array of URLs")
            }
            links = array.compactMap(\.stringValue)
        }
        var files: [EvidenceService.Upload] = []
        for (i, f) in (body["files"]?.arrayValue ?? []).enumerated() {
            guard let content = f["content"]?.stringValue, let bytes = Data(base64Encoded: content) else {
                throw APIError(status: .unprocessableContent, code: "invalidInput", message: "files[\(i)].content must be the file's bytes in base64")
            }
            files.append(.init(name: f["name"]?.stringValue ?? "evidence", mediaType: f["mediaType"]?.stringValue ?? "application/octet-stream",
                               content: Array(bytes)))
        }
        let submission = try await services.evidence.submit(organizationID: try organization(context), achievementID: id, learner: recipient,
                                                            text: try body.optionalString("text"), links: links, files: files)
        var o = submission.document.objectValue ?? [:]
        o["id"] = .string(submission.id)
        o["achievement"] = .string(submission.achievementID)
        o["learner"] = .string(submission.learner)
        o["submittedAt"] = .string(DateTimeStamp(date: submission.submittedAt).description)
        return jsonResponse(.object(o), status: .created)
    }

    /// Reads a rubric score (`"rubric": {"criterion": "level", ...}` or a list of
    /// `{"criterion", "level", "comment"}`) or exam results (`"exam": {"domain": percent, ...}`).
    func assessmentInput(_ body: JSONObject, design: AchievementDesign) throws -> AssessmentInput {
        if let rubric = body["rubric"] {
            guard let r = design.rubric else { throw APIError(status: .unprocessableContent, code: "invalidInput", message: "this achievement is not assessed by rubric") }
            var entries: [RubricScore.Entry] = []
            if let o = rubric.objectValue {
                for m in o {
                    guard let level = m.value.stringValue else {
                        throw APIError(status: .unprocessableContent, code: "invalidInput", message: "rubric.\(m.key) must be a level id")
                    }
                    entries.append(resolved(m.key, level, nil, design))
                }
            } else if let a = rubric.arrayValue {
                for e in a {
                    guard let c = e["criterion"]?.stringValue, let l = e["level"]?.stringValue else {
                        throw APIError(status: .unprocessableContent, code: "invalidInput", message: "each rubric entry needs \"criterion\" and \"level\"")
                    }
                    entries.append(resolved(c, l, e["comment"]?.stringValue, design))
                }
            } else {
                throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"rubric\" must map criterion ids to level ids")
            }
            return .rubric(RubricScore(rubricId: r.id, entries: entries))
        }
        if let exam = body["exam"]?.objectValue {
            guard let x = design.exam else { throw APIError(status: .unprocessableContent, code: "invalidInput", message: "this achievement is not assessed by exam") }
            var scores: [ExamResult.DomainScore] = []
            for m in exam {
                guard let p = m.value.numberValue?.doubleValue else {
                    throw APIError(status: .unprocessableContent, code: "invalidInput", message: "exam.\(m.key) must be a percentage")
                }
                scores.append(.init(domainId: design.resultDescriptionID(m.key) ?? m.key, percent: p))
            }
            return .exam(ExamResult(blueprintId: x.id, scores: scores))
        }
        throw APIError(status: .unprocessableContent, code: "invalidInput", message: "a decision needs \"rubric\" (criterion → level) or \"exam\" (domain → percent)")
    }

    /// A rubric entry with criterion and level named by full or short id (unknown names are kept, so
    /// the rubric reports them).
    func resolved(_ criterion: String, _ level: String, _ comment: String?, _ design: AchievementDesign) -> RubricScore.Entry {
        let c = design.resultDescriptionID(criterion) ?? criterion
        return RubricScore.Entry(criterionId: c, levelId: design.levelID(level, criterion: c) ?? level, comment: comment)
    }

    func decide(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let org = try organization(context)
        let id = try await resourceID(context, "submission") { $0.submission($1) }
        let body = try await request.jsonObject(limit: maxBodyBytes)
        let submission = try await services.evidence.submission(id: id, organizationID: org)
        let design = try await services.achievements.achievement(id: submission.achievementID, organizationID: org).requireDesign()
        let outcome = try await services.assessments.decide(
            organizationID: org, submissionID: id, assessor: try body.requiredString("assessor"),
            rationale: try body.requiredString("rationale"), input: try assessmentInput(body, design: design))
        return jsonResponse(Self.json(outcome), status: .created)
    }

    func decideWithoutSubmission(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let org = try organization(context)
        let id = try await resourceID(context, "achievement") { $0.achievement($1) }
        let body = try await request.jsonObject(limit: maxBodyBytes)
        let design = try await services.achievements.achievement(id: id, organizationID: org).requireDesign()
        let outcome = try await services.assessments.decide(
            organizationID: org, achievementID: id, learner: try body.requiredString("learner"),
            assessor: try body.requiredString("assessor"), rationale: try body.requiredString("rationale"),
            input: try assessmentInput(body, design: design))
        return jsonResponse(Self.json(outcome), status: .created)
    }

    static func json(_ o: AssessmentService.Outcome) -> JSONValue {
        var d = o.record.document.objectValue ?? [:]
        if let c = o.credential { d["credential"] = .string(c.id) }
        if !o.pathwayCredentials.isEmpty { d["pathwayCredentials"] = .array(o.pathwayCredentials.map { .string($0.id) }) }
        if let r = o.renewalRefusal { d["renewalRefused"] = .string(r) }
        return .object(d)
    }

    func listDecisions(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let q = request.uri.queryParameters
        let records = try await environment.store.assessmentDecisions(
            organizationID: try organization(context), achievementID: q["achievement"].map(String.init), learner: q["learner"].map(String.init))
        return jsonResponse(.array(records.map(\.document)))
    }

    // MARK: pathways

    func createPathway(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let body = try await request.jsonObject(limit: maxBodyBytes)
        let record = try await services.pathways.create(organizationID: try organization(context), pathway: .object(body))
        var response = jsonResponse(record.document, status: .created)
        response.headers[.location] = record.id
        return response
    }

    func listPathways(_ context: AppRequestContext) async throws -> Response {
        let records = try await environment.store.pathways(organizationID: try organization(context))
        return jsonResponse(.array(records.map(\.document)))
    }

    func progress(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try await resourceID(context, "pathway") { $0.pathway($1) }
        guard let learner = request.uri.queryParameters["learner"].map(String.init) else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "?learner= (an email address or a DID) is required")
        }
        let p = try await services.pathways.progress(organizationID: try organization(context), pathwayID: id, learner: learner)
        return jsonResponse(PathwayProgressJSON.json(p))
    }

    func presentExternal(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let body = try await request.jsonObject(limit: maxBodyBytes)
        guard let credential = body["credential"] else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"credential\" is required (the credential JSON, or a JWT string)")
        }
        let text = credential.stringValue ?? JSONWriter().string(credential)
        let (record, issued) = try await services.pathways.presentExternalCredential(
            organizationID: try organization(context), learner: try body.requiredString("learner"), credential: text,
            verification: services.verification)
        return jsonResponse(["id": .string(record.id), "issuer": .string(record.issuerID), "achievement": .string(record.achievementID),
                             "learner": .string(record.learner), "digestSRI": .string(record.digest),
                             "pathwayCredentials": .array(issued.map { .string($0.id) })], status: .created)
    }

    // MARK: expiry and renewal

    func expiring(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let q = request.uri.queryParameters
        guard let days = Int(q["within"].map(String.init) ?? "30"), (0...3650).contains(days) else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "?within= must be a whole number of days (0 to 3650)")
        }
        let now = environment.now()
        let records = try await environment.store.credentialsExpiring(
            organizationID: try organization(context), from: now, to: now.addingTimeInterval(Double(days) * 86400),
            limit: Int(q["limit"].map(String.init) ?? "1000") ?? 1000)
        return jsonResponse(.array(records.map(AdminRoutes.summary)))
    }

    func renewalEligibility(_ context: AppRequestContext) async throws -> Response {
        let id = try await resourceID(context, "credential") { $0.credential($1) }
        let e = try await services.renewals.eligibility(organizationID: try organization(context), credentialID: id)
        var o: JSONObject = ["eligible": .bool(e.eligible), "reasons": .array(e.reasons.map { .string($0) }),
                             "creditsEarned": .number(JSONNumber(e.creditsEarned)),
                             "countedCredentials": .array(e.countedCredentialIds.map { .string($0) })]
        if let r = e.creditsRequired { o["creditsRequired"] = .number(JSONNumber(r)) }
        if let w = e.window {
            o["window"] = ["opens": .string(DateTimeStamp(date: w.lowerBound).description), "closes": .string(DateTimeStamp(date: w.upperBound).description)]
        }
        return jsonResponse(.object(o))
    }

    func renew(_ context: AppRequestContext) async throws -> Response {
        let id = try await resourceID(context, "credential") { $0.credential($1) }
        let result = try await services.renewals.renew(organizationID: try organization(context), credentialID: id)
        var response = storedJSONResponse(result.renewed.document)
        response.status = .created
        response.headers[.location] = result.renewed.id
        return response
    }
}
