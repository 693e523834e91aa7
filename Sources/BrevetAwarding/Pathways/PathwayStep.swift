/// One step of a stackable pathway: a credential to hold, or a group of steps with a rule.
public struct PathwayStep: Sendable, Hashable {
    /// What satisfies the step.
    public indirect enum Rule: Sendable, Hashable {
        /// A credential for this achievement from the pathway's own issuer.
        case achievement(String)
        /// A credential from another issuer; counts only when the caller marked it verified.
        case external(ExternalRequirement)
        /// Every step.
        case allOf([PathwayStep])
        /// At least `n` of the steps.
        case nOf(Int, [PathwayStep])
        /// Credentials satisfying the steps that together carry at least this many credits (each credential once).
        case minimumCredits(Double, [PathwayStep])
        /// Every step, each completed no earlier than the one before it.
        case ordered([PathwayStep])
        /// Another pathway: complete, or its achievement held.
        case subPathway(String)
    }

    public var id: String
    public var name: String
    public var rule: Rule

    public init(id: String, name: String, rule: Rule) {
        self.id = id
        self.name = name
        self.rule = rule
    }

    public static func achievement(_ achievementId: String, id: String? = nil, name: String? = nil) -> PathwayStep {
        PathwayStep(id: id ?? achievementId, name: name ?? achievementId, rule: .achievement(achievementId))
    }

    public static func external(_ requirement: ExternalRequirement, id: String, name: String? = nil) -> PathwayStep {
        PathwayStep(id: id, name: name ?? id, rule: .external(requirement))
    }

    public static func allOf(_ id: String, name: String? = nil, _ steps: [PathwayStep]) -> PathwayStep {
        PathwayStep(id: id, name: name ?? id, rule: .allOf(steps))
    }

    public static func nOf(_ id: String, name: String? = nil, _ n: Int, _ steps: [PathwayStep]) -> PathwayStep {
        PathwayStep(id: id, name: name ?? id, rule: .nOf(n, steps))
    }

    public static func minimumCredits(_ id: String, name: String? = nil, _ credits: Double, _ steps: [PathwayStep]) -> PathwayStep {
        PathwayStep(id: id, name: name ?? id, rule: .minimumCredits(credits, steps))
    }

    public static func ordered(_ id: String, name: String? = nil, _ steps: [PathwayStep]) -> PathwayStep {
        PathwayStep(id: id, name: name ?? id, rule: .ordered(steps))
    }

    public static func subPathway(_ pathwayId: String, id: String? = nil, name: String? = nil) -> PathwayStep {
        PathwayStep(id: id ?? pathwayId, name: name ?? pathwayId, rule: .subPathway(pathwayId))
    }

    /// The child steps of a group; empty for a leaf.
    public var children: [PathwayStep] {
        switch rule {
        case .allOf(let s), .nOf(_, let s), .minimumCredits(_, let s), .ordered(let s): return s
        case .achievement, .external, .subPathway: return []
        }
    }

    /// This step and every step below it, depth first.
    public var allSteps: [PathwayStep] { [self] + children.flatMap(\.allSteps) }
}

/// A pathway step satisfied by another issuer's credential.
public struct ExternalRequirement: Sendable, Hashable {
    /// Issuers whose credentials are accepted.
    public var issuerIds: [String]
    /// The achievement id at that issuer; nil accepts any achievement of these issuers.
    public var achievementId: String?

    public init(issuerIds: [String], achievementId: String?) {
        self.issuerIds = issuerIds
        self.achievementId = achievementId
    }
}
