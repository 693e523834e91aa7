import Foundation

/// Evaluates learners' credentials against pathways.
///
/// A credential counts for a step when it is neither revoked nor suspended, was issued no later than the evaluation time,
/// falls inside the pathway's time window, is current when the pathway requires it, and matches the step:
/// `.achievement` needs the pathway's issuer (and accepts any version of the achievement when a lineage
/// is given); `.external` needs one of the accepted issuers **and** `verified == true`. In an `.ordered`
/// group each step only counts credentials issued at or after the previous step's completion.
public struct PathwayEvaluator: Sendable {
    public let graph: PathwayGraph
    public let lineage: AchievementLineage?

    /// Throws the errors of ``PathwayGraph`` (cycles, unknown sub-pathways).
    public init(pathways: [Pathway], lineage: AchievementLineage? = nil) throws(AwardingError) {
        graph = try PathwayGraph(pathways: pathways)
        self.lineage = lineage
    }

    /// The progress of the learner holding `credentials` on pathway `pathwayId` at `at`.
    public func progress(of pathwayId: String, credentials: [HeldCredential], at: Date) throws(AwardingError) -> PathwayProgress {
        guard let p = graph.pathways[pathwayId] else {
            throw AwardingError(.unknownPathway, "no pathway \"\(pathwayId)\"")
        }
        var run = PathwayRun(evaluator: self, credentials: credentials, at: at)
        return run.progress(p)
    }

    /// Achievement ids that satisfy a step for `achievementId`: itself and, with a lineage, its other versions.
    func accepted(_ achievementId: String) -> Set<String> {
        var ids: Set<String> = [achievementId]
        for d in lineage?.versions(of: achievementId) ?? [] { ids.insert(d.id) }
        return ids
    }
}
