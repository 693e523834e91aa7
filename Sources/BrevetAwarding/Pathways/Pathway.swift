/// A stackable pathway: the rule by which credentials add up to a larger achievement.
///
/// Construction validates the tree of steps: unique step ids, no empty group, `n` in 1...count for n-of,
/// positive finite credits, non-empty achievement and issuer ids (``AwardingError/Code/invalidPathway``).
/// Cycles between pathways are checked by ``PathwayGraph``.
public struct Pathway: Sendable, Hashable {
    public let id: String
    public let name: String
    /// The issuer whose own credentials satisfy `.achievement` steps.
    public let issuerId: String
    /// The achievement awarded when the pathway completes.
    public let awardsAchievementId: String
    public let root: PathwayStep
    public let timeWindow: TimeWindow?
    /// When true, only credentials current at evaluation time count (active and not expired);
    /// when false, superseded and expired ones count too. Revoked and suspended ones never count.
    public let requireCurrentCredentials: Bool

    public init(id: String, name: String, issuerId: String, awardsAchievementId: String, root: PathwayStep,
                timeWindow: TimeWindow? = nil, requireCurrentCredentials: Bool = true) throws(AwardingError) {
        self.id = id
        self.name = name
        self.issuerId = issuerId
        self.awardsAchievementId = awardsAchievementId
        self.root = root
        self.timeWindow = timeWindow
        self.requireCurrentCredentials = requireCurrentCredentials
        try validate()
    }

    /// The step with this id.
    public func step(_ id: String) -> PathwayStep? { root.allSteps.first { $0.id == id } }

    private func validate() throws(AwardingError) {
        func fail(_ reason: String, _ step: PathwayStep? = nil) -> AwardingError {
            AwardingError(.invalidPathway, reason, location: step.map { "pathway \"\(id)\", step \"\($0.id)\"" } ?? "pathway \"\(id)\"")
        }
        guard !id.isEmpty, !issuerId.isEmpty, !awardsAchievementId.isEmpty else {
            throw fail("a pathway needs an id, an issuer and the achievement it awards")
        }
        if case .between(let a, let b) = timeWindow, b < a { throw fail("the time window ends before it starts") }
        var seen = Set<String>()
        for s in root.allSteps {
            guard !s.id.isEmpty else { throw fail("a step has an empty id") }
            guard seen.insert(s.id).inserted else { throw fail("two steps share the id \"\(s.id)\"", s) }
            switch s.rule {
            case .achievement(let a), .subPathway(let a):
                guard !a.isEmpty else { throw fail("the step names no achievement or pathway", s) }
            case .external(let r):
                guard !r.issuerIds.isEmpty, !r.issuerIds.contains("") else { throw fail("an external step needs the accepted issuers", s) }
                guard !r.issuerIds.contains(issuerId) else { throw fail("an external step cannot accept the pathway's own issuer", s) }
            case .allOf(let c), .ordered(let c):
                guard !c.isEmpty else { throw fail("the group has no steps", s) }
            case .nOf(let n, let c):
                guard !c.isEmpty else { throw fail("the group has no steps", s) }
                guard n >= 1, n <= c.count else { throw fail("needs \(n) of \(c.count) steps; n must be in 1...\(c.count)", s) }
            case .minimumCredits(let m, let c):
                guard !c.isEmpty else { throw fail("the group has no steps", s) }
                guard m.isFinite, m > 0 else { throw fail("the minimum credits must be positive", s) }
            }
        }
    }
}
