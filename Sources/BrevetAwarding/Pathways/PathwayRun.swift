import Foundation

/// One evaluation of a learner's credentials; keeps the sub-pathways already evaluated.
struct PathwayRun {
    let evaluator: PathwayEvaluator
    let credentials: [HeldCredential]
    let byId: [String: HeldCredential]
    let at: Date
    private var visiting: [String] = []
    /// Progress of sub-pathways already evaluated: a pathway reached along many routes is evaluated once.
    private var evaluated: [String: PathwayProgress] = [:]

    init(evaluator: PathwayEvaluator, credentials: [HeldCredential], at: Date) {
        self.evaluator = evaluator
        self.credentials = credentials.sorted { ($0.issuedAt, $0.id) < ($1.issuedAt, $1.id) }
        byId = Dictionary(credentials.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.at = at
    }

    mutating func progress(_ p: Pathway) -> PathwayProgress {
        if let known = evaluated[p.id] { return known }
        visiting.append(p.id)
        defer { visiting.removeLast() }
        let pool = CredentialPool(credentials.filter { c in
            guard c.counts, c.issuedAt <= at else { return false }
            if p.requireCurrentCredentials, !c.isCurrent(at: at) { return false }
            if let w = p.timeWindow, !w.range(at: at).contains(c.issuedAt) { return false }
            return true
        })
        let root = evaluate(p.root, pathway: p, pool: pool, notBefore: nil)
        let result = PathwaySummary.make(pathway: p, root: root, byId: byId)
        evaluated[p.id] = result
        return result
    }

    private mutating func evaluate(_ s: PathwayStep, pathway p: Pathway, pool: CredentialPool, notBefore: Date?) -> StepProgress {
        var out = StepProgress(stepId: s.id, name: s.name)
        switch s.rule {
        case .achievement(let a):
            let ids = evaluator.accepted(a)
            leaf(&out, pool.first(for: ids, notBefore: notBefore) { $0.issuerId == p.issuerId },
                 missing: "needs a credential for \"\(a)\"" + (notBefore.map { " issued on or after \($0)" } ?? ""))
        case .external(let r):
            let fromIssuers: (HeldCredential) -> Bool = { r.issuerIds.contains($0.issuerId) }
            func find(_ accept: (HeldCredential) -> Bool) -> HeldCredential? {
                if let a = r.achievementId { return pool.first(for: [a], notBefore: notBefore, where: accept) }
                return pool.all(notBefore: notBefore, where: accept).first
            }
            let verified = find { fromIssuers($0) && $0.verified }
            var why = "needs a verified credential from \(r.issuerIds.joined(separator: " or "))"
            if verified == nil, let u = find(fromIssuers) { why = "credential \"\(u.id)\" from \(u.issuerId) is not verified" }
            leaf(&out, verified, missing: why)
        case .subPathway(let q):
            subPathway(&out, q, pool: pool, notBefore: notBefore)
        case .allOf(let steps):
            out.children = steps.map { evaluate($0, pathway: p, pool: pool, notBefore: notBefore) }
            let done = out.children.filter(\.satisfied)
            out.satisfied = done.count == steps.count
            out.completedAt = out.satisfied ? done.compactMap(\.completedAt).max() : nil
            out.detail = "\(done.count) of \(steps.count) done"
        case .nOf(let n, let steps):
            out.children = steps.map { evaluate($0, pathway: p, pool: pool, notBefore: notBefore) }
            let times = out.children.filter(\.satisfied).compactMap(\.completedAt).sorted()
            out.satisfied = times.count >= n
            out.completedAt = out.satisfied ? times[n - 1] : nil
            out.detail = "\(times.count) of \(steps.count) done, \(n) needed"
        case .minimumCredits(let m, let steps):
            out.children = steps.map { evaluate($0, pathway: p, pool: pool, notBefore: notBefore) }
            credits(&out, minimum: m)
        case .ordered(let steps):
            var after = notBefore
            var blocked = false
            for step in steps {
                var c = evaluate(step, pathway: p, pool: pool, notBefore: after)
                c.blocked = blocked
                if c.satisfied, !blocked { after = c.completedAt } else { blocked = true }
                out.children.append(c)
            }
            out.satisfied = !blocked
            out.completedAt = out.satisfied ? after : nil
            let inOrder = out.children.prefix { $0.satisfied && !$0.blocked }.count
            out.detail = "\(inOrder) of \(steps.count) done in order"
        }
        if !s.children.isEmpty {
            var seen = Set<String>()
            for c in out.children where c.satisfied && !c.blocked {
                for id in c.credentialIds where seen.insert(id).inserted { out.credentialIds.append(id) }
            }
        }
        return out
    }

    private func leaf(_ out: inout StepProgress, _ credential: HeldCredential?, missing: String) {
        if let c = credential {
            out.satisfied = true
            out.completedAt = c.issuedAt
            out.credentialIds = [c.id]
            out.detail = "satisfied by \"\(c.id)\""
        } else {
            out.detail = missing
        }
    }

    private mutating func subPathway(_ out: inout StepProgress, _ q: String, pool: CredentialPool, notBefore: Date?) {
        guard let sub = evaluator.graph.pathways[q], !visiting.contains(q) else {
            out.detail = "pathway \"\(q)\" cannot be evaluated"
            return
        }
        let held = pool.first(for: evaluator.accepted(sub.awardsAchievementId), notBefore: notBefore) { $0.issuerId == sub.issuerId }
        let nested = progress(sub)
        out.subPathway = nested
        if let held {
            leaf(&out, held, missing: "")
        } else if nested.complete, let done = nested.completedAt, notBefore.map({ done >= $0 }) ?? true {
            out.satisfied = true
            out.completedAt = nested.completedAt
            out.credentialIds = nested.components.map(\.id)
            out.detail = "pathway \"\(q)\" complete"
        } else {
            out.detail = "pathway \"\(q)\": \(nested.root.detail)"
        }
    }

    private func credits(_ out: inout StepProgress, minimum m: Double) {
        var seen = Set<String>()
        var earned = 0.0
        let counted = out.children.filter(\.satisfied).flatMap(\.credentialIds).compactMap { byId[$0] }
            .sorted { ($0.issuedAt, $0.id) < ($1.issuedAt, $1.id) }
        for c in counted where seen.insert(c.id).inserted {
            earned += c.credits ?? 0
            if out.completedAt == nil, earned + scoreTolerance >= m { out.completedAt = c.issuedAt }
        }
        out.satisfied = out.completedAt != nil
        out.detail = "\(format(earned)) of \(format(m)) credits"
    }
}
