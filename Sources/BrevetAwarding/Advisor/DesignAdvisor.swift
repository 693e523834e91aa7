/// Recommends a micro-credential, a certification or a hybrid from the four questions of credential design.
///
/// Each answer leans one way: a task-sized outcome, work-sample evidence, a fast-changing skill and an
/// expandable shape lean to micro-credentials; a role-sized outcome, a proctored exam or observed
/// performance, a slow-changing skill and a flagship shape lean to a certification. A role-sized outcome
/// wanted as an expandable pathway is a hybrid (micro-credentials stacking into a certification), as is a tie.
public enum DesignAdvisor {
    /// The four questions, in the order ``DesignAnswers`` answers them.
    public static let questions = [
        "Which job outcome must the learner be able to influence, and is it one task or a whole role?",
        "What evidence would convince a skeptical outsider that the learner can do it?",
        "How fast does the skill change: within a year, over a few years, or slowly?",
        "Should this be one flagship credential, or an expandable pathway learners stack over time?",
    ]

    public static func recommend(_ a: DesignAnswers) throws(AwardingError) -> DesignRecommendation {
        guard !a.jobOutcome.statement.isBlank else {
            throw AwardingError(.invalidAdvisorInput, "name the job outcome the learner must influence")
        }
        var micro = 0
        var cert = 0
        var reasons: [String] = []
        switch a.jobOutcome.scope {
        case .task:
            micro += 2
            reasons.append("The outcome \"\(a.jobOutcome.statement)\" is one task: a small credential can prove it directly.")
        case .role:
            cert += 2
            reasons.append("The outcome \"\(a.jobOutcome.statement)\" spans a role: buyers expect a credential that covers the whole of it.")
        }
        switch a.evidence {
        case .workSample:
            micro += 1
            reasons.append("A work sample scored against a published rubric convinces an outsider for a focused skill.")
        case .employerAttestation:
            micro += 1
            reasons.append("Employer attestation is strong for one practice, weak as the only proof for a whole role.")
        case .proctoredExam:
            cert += 2
            reasons.append("A proctored exam over weighted domains is the evidence certifications are trusted for.")
        case .observedPerformance:
            cert += 1
            reasons.append("Observed performance is convincing but costly; it suits a credential earned once and renewed.")
        }
        switch a.changeRate {
        case .fast:
            micro += 2
            reasons.append("The skill changes within a year: small credentials can be versioned and re-earned quickly.")
        case .moderate:
            cert += 1
            reasons.append("The skill changes over a few years: a renewal cycle keeps holders current.")
        case .slow:
            cert += 2
            reasons.append("The skill is stable: a flagship credential keeps its value for years.")
        }
        switch a.shape {
        case .flagship:
            cert += 2
            reasons.append("One flagship credential is easier to recognise and to defend to employers.")
        case .expandablePathway:
            micro += 2
            reasons.append("An expandable pathway lets learners start small and stack credentials as they grow.")
        }
        let kind: DesignRecommendation.Kind
        if a.jobOutcome.scope == .role, a.shape == .expandablePathway {
            kind = .hybrid
            reasons.append("A role-sized outcome built up step by step: micro-credentials that stack into a certification.")
        } else if micro == cert {
            kind = .hybrid
            reasons.append("The answers pull both ways equally: a hybrid keeps both options open.")
        } else {
            kind = micro > cert ? .microCredential : .certification
        }
        return DesignRecommendation(
            kind: kind, achievementKind: kind == .microCredential ? .microCredential : .certification,
            assessment: assessment(a.evidence), suggestedValidity: validity(kind, a.changeRate), reasons: reasons)
    }

    private static func assessment(_ e: DesignAnswers.Evidence) -> String {
        switch e {
        case .workSample: return "rubric-scored work sample"
        case .observedPerformance: return "rubric-scored observed performance"
        case .proctoredExam: return "proctored exam with weighted domains"
        case .employerAttestation: return "employer attestation checked against a rubric"
        }
    }

    private static func validity(_ k: DesignRecommendation.Kind, _ r: DesignAnswers.ChangeRate) -> Period? {
        switch (k, r) {
        case (_, .fast): return .years(1)
        case (.microCredential, .slow): return nil
        case (_, .moderate): return .years(2)
        case (_, .slow): return .years(3)
        }
    }
}
