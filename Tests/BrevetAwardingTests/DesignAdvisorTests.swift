import BrevetAwarding
import Testing

@Suite struct DesignAdvisorTests {
    typealias A = DesignAnswers

    @Test(arguments: [
        (A.JobOutcome.Scope.task, A.Evidence.workSample, A.ChangeRate.fast, A.Shape.expandablePathway, DesignRecommendation.Kind.microCredential),
        (.role, .proctoredExam, .slow, .flagship, .certification),
        (.role, .proctoredExam, .moderate, .expandablePathway, .hybrid),
        (.task, .proctoredExam, .slow, .flagship, .certification),
        (.task, .workSample, .fast, .flagship, .microCredential),
        (.task, .observedPerformance, .moderate, .flagship, .certification),
        (.role, .workSample, .fast, .flagship, .certification),  // 3 against 4
        (.task, .proctoredExam, .fast, .flagship, .hybrid),  // 4 against 4: a tie
    ])
    func recommendsFromTheFourAnswers(scope: A.JobOutcome.Scope, evidence: A.Evidence, rate: A.ChangeRate, shape: A.Shape,
                                      expected: DesignRecommendation.Kind) throws {
        let r = try DesignAdvisor.recommend(A(jobOutcome: .init(statement: "Keeps the platform available", scope: scope),
                                              evidence: evidence, changeRate: rate, shape: shape))
        #expect(r.kind == expected)
        #expect(r.reasons.count >= 4)
        #expect(r.reasons[0].contains("Keeps the platform available"))
    }

    @Test func fastChangingSkillsExpireSoonerAndStableMicroCredentialsNeedNot() throws {
        let fast = try DesignAdvisor.recommend(A(jobOutcome: .init(statement: "x", scope: .task), evidence: .workSample, changeRate: .fast, shape: .expandablePathway))
        #expect(fast.suggestedValidity == .years(1))
        #expect(fast.achievementKind == .microCredential)
        let stable = try DesignAdvisor.recommend(A(jobOutcome: .init(statement: "x", scope: .task), evidence: .workSample, changeRate: .slow, shape: .expandablePathway))
        #expect(stable.kind == .microCredential)
        #expect(stable.suggestedValidity == nil)
        let cert = try DesignAdvisor.recommend(A(jobOutcome: .init(statement: "x", scope: .role), evidence: .proctoredExam, changeRate: .slow, shape: .flagship))
        #expect(cert.suggestedValidity == .years(3))
        #expect(cert.assessment.contains("exam"))
    }

    @Test func theFourQuestionsAreAsked() {
        #expect(DesignAdvisor.questions.count == 4)
        #expect(DesignAdvisor.questions[1].contains("skeptical outsider"))
    }

    @Test func aBlankJobOutcomeIsRejected() {
        #expect(throws: AwardingError(.invalidAdvisorInput, "")) {
            try DesignAdvisor.recommend(A(jobOutcome: .init(statement: " ", scope: .task), evidence: .workSample, changeRate: .fast, shape: .flagship))
        }
    }
}
