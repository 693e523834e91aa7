import Foundation

extension AwardedCredential {
    /// The credential a passing decision earns: `result` entries for each rubric level achieved (with
    /// `achievedLevel`) or each exam domain (with `value`), one for the total, and the decision's evidence.
    ///
    /// Throws ``AwardingError/Code/invalidDecision`` when the decision failed or is for another achievement
    /// or version than `design`.
    public static func issue(for decision: AssessmentDecision, design: AchievementDesign, credentialId: String,
                             issuerId: String, issuedAt: Date) throws(AwardingError) -> AwardedCredential {
        guard decision.passed else {
            throw AwardingError(.invalidDecision, "decision \"\(decision.id)\" is a fail; it issues no credential: "
                                + decision.missing.joined(separator: "; "))
        }
        guard decision.achievementId == design.id, decision.achievementVersion == design.version else {
            throw AwardingError(.invalidDecision, "decision \"\(decision.id)\" is for \"\(decision.achievementId)\" version "
                                + "\(decision.achievementVersion), not \"\(design.id)\" version \(design.version)")
        }
        return AwardedCredential(
            id: credentialId, learnerId: decision.learnerId, issuerId: issuerId, achievementId: design.id,
            achievementVersion: design.version, validFrom: issuedAt, validUntil: design.validity.validUntil(issuedAt: issuedAt),
            creditsEarned: design.creditsAvailable, results: results(of: decision.outcome), evidence: decision.evidence,
            components: [], decisionId: decision.id, replaces: nil)
    }

    /// OB 3.0 `Result` entries for an outcome.
    public static func results(of outcome: AssessmentOutcome) -> [ResultEntry] {
        switch outcome.kind {
        case .rubric(let score):
            var out = score.entries.map { e in ResultEntry(resultDescription: e.criterionId, achievedLevel: e.levelId) }
            if outcome.passMark != nil {
                out.append(ResultEntry(resultDescription: score.rubricId, value: format(outcome.score)))
            }
            return out
        case .exam(let result):
            return result.scores.map { s in ResultEntry(resultDescription: s.domainId, value: format(s.percent)) }
                + [ResultEntry(resultDescription: result.blueprintId, value: format((outcome.score * 100).rounded() / 100))]
        }
    }

    /// The credential a completed pathway earns: its components as `relatedResource` (id + digest) and as
    /// `evidence` entries, and a `Completed` status result.
    ///
    /// Throws ``AwardingError/Code/invalidPathway`` when the progress is incomplete or a component has no digest.
    public static func issue(for progress: PathwayProgress, learnerId: String, credentialId: String, issuerId: String,
                             validity: ValidityPolicy, achievementVersion: Int = 1, creditsEarned: Double? = nil,
                             issuedAt: Date) throws(AwardingError) -> AwardedCredential {
        guard progress.complete else {
            throw AwardingError(.invalidPathway, "pathway \"\(progress.pathwayId)\" is not complete: "
                                + progress.missing.map(\.name).joined(separator: ", "))
        }
        var components: [RelatedResource] = []
        for c in progress.components {
            guard let digest = c.digest else {
                throw AwardingError(.invalidPathway, "component credential \"\(c.id)\" has no digest to list it by")
            }
            components.append(RelatedResource(id: c.id, digest: digest))
        }
        let evidence = progress.components.map {
            EvidenceItem(id: $0.id, name: "Component credential", description: "Credential for \($0.achievementId) from \($0.issuerId)",
                         genre: "Credential")
        }
        return AwardedCredential(
            id: credentialId, learnerId: learnerId, issuerId: issuerId, achievementId: progress.awardsAchievementId,
            achievementVersion: achievementVersion, validFrom: issuedAt, validUntil: validity.validUntil(issuedAt: issuedAt),
            creditsEarned: creditsEarned, results: [ResultEntry(status: .completed)], evidence: evidence,
            components: components, decisionId: nil, replaces: nil)
    }

    /// The credential a renewal issues: valid from the renewal, naming the credential it replaces. A renewal by
    /// re-assessment passes the decision (its results and evidence are carried over).
    public static func issue(for renewal: CredentialRenewal, learnerId: String, decision: AssessmentDecision? = nil) -> AwardedCredential {
        let r = renewal.renewed
        return AwardedCredential(
            id: r.id, learnerId: learnerId, issuerId: r.issuerId, achievementId: r.achievementId,
            achievementVersion: decision?.achievementVersion ?? r.achievementVersion ?? 1, validFrom: r.issuedAt,
            validUntil: r.validUntil, creditsEarned: r.credits, results: decision.map { results(of: $0.outcome) } ?? [],
            evidence: decision?.evidence ?? [], components: [], decisionId: decision?.id, replaces: r.replaces)
    }
}
