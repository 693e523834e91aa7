/// Turns an evaluated step tree into ``PathwayProgress``: done, missing, next step, satisfied-by, components.
enum PathwaySummary {
    static func make(pathway p: Pathway, root: StepProgress, byId: [String: HeldCredential]) -> PathwayProgress {
        var done: [StepProgress] = []
        var missing: [StepProgress] = []
        var satisfiedBy: [String: [String]] = [:]
        // A step under a blocked step of an ordered group is not done, whatever it holds: its prerequisite is missing.
        func walk(_ s: StepProgress, insideUnsatisfied: Bool, blocked: Bool) {
            let blocked = blocked || s.blocked
            if s.satisfied, !blocked, !s.credentialIds.isEmpty { satisfiedBy[s.stepId] = s.credentialIds }
            if s.isLeaf {
                if s.satisfied, !blocked { done.append(s) } else if insideUnsatisfied { missing.append(s) }
                return
            }
            for c in s.children { walk(c, insideUnsatisfied: insideUnsatisfied && !s.satisfied, blocked: blocked) }
        }
        walk(root, insideUnsatisfied: !root.satisfied, blocked: false)
        return PathwayProgress(
            pathwayId: p.id, awardsAchievementId: p.awardsAchievementId, complete: root.satisfied,
            completedAt: root.satisfied ? root.completedAt : nil, root: root, done: done, missing: missing,
            nextStep: next(root), satisfiedBy: satisfiedBy,
            components: root.satisfied ? root.credentialIds.compactMap { byId[$0] } : [])
    }

    /// The first unsatisfied, unblocked leaf below an unsatisfied step; for a sub-pathway, its own next step.
    private static func next(_ s: StepProgress) -> StepProgress? {
        guard !s.satisfied, !s.blocked else { return nil }
        if s.isLeaf { return s.subPathway?.nextStep ?? s }
        for c in s.children {
            if let n = next(c) { return n }
        }
        return nil
    }
}
