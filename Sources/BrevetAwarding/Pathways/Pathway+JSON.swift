import BrevetJSON
import Foundation

/// Pathways as JSON, so the catalog, the HTTP API and the CLI can store and accept them.
///
/// ```json
/// {"id": "ops-cert", "name": "Ops certification", "issuer": "https://…", "awards": "https://…/achievements/ops",
///  "timeWindow": {"within": "P3Y"}, "requireCurrentCredentials": true,
///  "root": {"id": "all", "type": "allOf", "steps": [
///     {"id": "tls", "type": "achievement", "achievement": "https://…/tls"},
///     {"id": "cloud", "type": "external", "issuers": ["https://partner"], "achievement": "urn:x"},
///     {"id": "el", "type": "nOf", "n": 2, "steps": […]},
///     {"id": "cr", "type": "minimumCredits", "credits": 3, "steps": […]},
///     {"id": "seq", "type": "ordered", "steps": […]},
///     {"id": "base", "type": "subPathway", "pathway": "ops-base"}]}}
/// ```
/// A fixed window is `{"from": "2025-01-01T00:00:00Z", "until": "2026-01-01T00:00:00Z"}`.
extension Pathway {
    /// Steps nest at most this deep; deeper input is ``AwardingError/Code/invalidPathway``.
    public static let maxDepth = 32

    public var json: JSONValue {
        var b = JSONBuilder()
        b.set("id", id)
        b.set("name", name)
        b.set("issuer", issuerId)
        b.set("awards", awardsAchievementId)
        switch timeWindow {
        case .between(let a, let z): b.set("timeWindow", ["from": .string(DateText.format(a)), "until": .string(DateText.format(z))])
        case .within(let p): b.set("timeWindow", ["within": .string(p.description)])
        case nil: break
        }
        b.set("requireCurrentCredentials", .bool(requireCurrentCredentials))
        b.set("root", root.json)
        return b.value
    }

    /// Reads a pathway written by ``json``; throws ``AwardingError/Code/invalidJSON`` for a wrong shape and
    /// the validation errors of ``init(id:name:issuerId:awardsAchievementId:root:timeWindow:requireCurrentCredentials:)``.
    public static func from(json: JSONValue) throws(AwardingError) -> Pathway {
        let r = try JSONReader(json, path: "pathway")
        var window: TimeWindow?
        if let w = try r.object("timeWindow") {
            if let p = try w.period("within") {
                window = .within(p)
            } else {
                window = .between(try w.date("from"), try w.date("until"))
            }
        }
        guard let root = try r.object("root") else { throw AwardingError(.invalidJSON, "a pathway needs a root step", location: r.path) }
        let id = try r.string("id")
        let name = try r.optionalString("name") ?? id
        return try Pathway(
            id: id, name: name, issuerId: try r.string("issuer"),
            awardsAchievementId: try r.string("awards"), root: try PathwayStep.from(root, depth: 1), timeWindow: window,
            requireCurrentCredentials: try r.optionalBool("requireCurrentCredentials") ?? true)
    }
}

extension PathwayStep {
    var json: JSONValue {
        var b = JSONBuilder()
        b.set("id", id)
        b.set("name", name)
        switch rule {
        case .achievement(let a):
            b.set("type", "achievement")
            b.set("achievement", a)
        case .external(let r):
            b.set("type", "external")
            b.set("issuers", .array(r.issuerIds.map { .string($0) }))
            b.set("achievement", r.achievementId)
        case .allOf(let s):
            b.set("type", "allOf")
            b.set("steps", .array(s.map(\.json)))
        case .nOf(let n, let s):
            b.set("type", "nOf")
            b.set("n", n)
            b.set("steps", .array(s.map(\.json)))
        case .minimumCredits(let c, let s):
            b.set("type", "minimumCredits")
            b.set("credits", c)
            b.set("steps", .array(s.map(\.json)))
        case .ordered(let s):
            b.set("type", "ordered")
            b.set("steps", .array(s.map(\.json)))
        case .subPathway(let p):
            b.set("type", "subPathway")
            b.set("pathway", p)
        }
        return b.value
    }

    static func from(_ r: JSONReader, depth: Int) throws(AwardingError) -> PathwayStep {
        guard depth <= Pathway.maxDepth else {
            throw AwardingError(.invalidPathway, "steps nest deeper than \(Pathway.maxDepth) levels", location: r.path)
        }
        func steps() throws(AwardingError) -> [PathwayStep] {
            var out: [PathwayStep] = []
            for s in try r.objects("steps") { out.append(try from(s, depth: depth + 1)) }
            return out
        }
        let id = try r.string("id")
        let rule: Rule
        switch try r.string("type") {
        case "achievement": rule = .achievement(try r.string("achievement"))
        case "external": rule = .external(ExternalRequirement(issuerIds: try r.strings("issuers"), achievementId: try r.optionalString("achievement")))
        case "allOf": rule = .allOf(try steps())
        case "nOf": rule = .nOf(try r.int("n"), try steps())
        case "minimumCredits": rule = .minimumCredits(try r.double("credits"), try steps())
        case "ordered": rule = .ordered(try steps())
        case "subPathway": rule = .subPathway(try r.string("pathway"))
        case let other: throw AwardingError(.invalidJSON, "unknown step type \"\(other)\"", location: r.path)
        }
        return PathwayStep(id: id, name: try r.optionalString("name") ?? id, rule: rule)
    }
}

extension JSONReader {
    func date(_ key: String) throws(AwardingError) -> Date {
        let text = try string(key)
        guard let d = DateText.parse(text) else {
            throw AwardingError(.invalidJSON, "member \"\(key)\" is not an ISO 8601 date-time: \(text)", location: path)
        }
        return d
    }
}
