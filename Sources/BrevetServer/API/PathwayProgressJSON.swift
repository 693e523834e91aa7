import BrevetAwarding
import BrevetCore
import BrevetJSON

/// A learner's pathway progress as JSON: done, missing and the next step, with the step tree.
enum PathwayProgressJSON {
    static func json(_ p: PathwayProgress) -> JSONValue {
        var o: JSONObject = ["pathway": .string(p.pathwayId), "awards": .string(p.awardsAchievementId), "complete": .bool(p.complete)]
        if let at = p.completedAt { o["completedAt"] = .string(DateTimeStamp(date: at).description) }
        o["done"] = .array(p.done.map(step))
        o["missing"] = .array(p.missing.map(step))
        if let next = p.nextStep { o["nextStep"] = step(next) }
        o["components"] = .array(p.components.map { .string($0.id) })
        o["steps"] = tree(p.root)
        return .object(o)
    }

    static func step(_ s: StepProgress) -> JSONValue {
        var o: JSONObject = ["step": .string(s.stepId), "name": .string(s.name), "satisfied": .bool(s.satisfied), "detail": .string(s.detail)]
        if !s.credentialIds.isEmpty { o["credentials"] = .array(s.credentialIds.map { .string($0) }) }
        if s.blocked { o["blocked"] = true }
        return .object(o)
    }

    static func tree(_ s: StepProgress) -> JSONValue {
        var o = step(s).objectValue ?? [:]
        if !s.children.isEmpty { o["steps"] = .array(s.children.map(tree)) }
        if let sub = s.subPathway { o["subPathway"] = json(sub) }
        return .object(o)
    }
}
