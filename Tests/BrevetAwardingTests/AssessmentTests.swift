import BrevetAwarding
import BrevetJSON
import BrevetTestSupport
import Testing

@Suite struct AssessmentTests {
    let evidence = [EvidenceItem(id: "https://repo.example/tls", name: "Proxy configuration", genre: "Project")]

    func decide(_ design: AchievementDesign, _ input: AssessmentInput, at day: Int = 0, previous: [AttemptRecord] = [],
                rationale: String = "Configuration reviewed line by line") throws(AwardingError) -> AssessmentDecision {
        try AssessmentDecision.decide(
            id: "dec:\(day)", design: design, input: input, learnerId: "did:example:learner", assessorId: "assessor:1",
            at: Fixtures.day(day), rationale: rationale, previousAttempts: previous, evidence: evidence)
    }

    var passing: AssessmentInput {
        .rubric(RubricScore(rubricId: "urn:rubric:1", levels: ["urn:c:design": "urn:c:design:expert", "urn:c:tests": "urn:c:tests:proficient"]))
    }
    var failing: AssessmentInput {
        .rubric(RubricScore(rubricId: "urn:rubric:1", levels: ["urn:c:design": "urn:c:design:novice", "urn:c:tests": "urn:c:tests:expert"]))
    }

    @Test func aDecisionKeepsWhoWhenWhyAndTheVersion() throws {
        let d = try decide(Fixtures.design(), passing, at: 3)
        #expect(d.assessorId == "assessor:1")
        #expect(d.decidedAt == Fixtures.day(3))
        #expect(d.rationale == "Configuration reviewed line by line")
        #expect(d.achievementVersion == 1)
        #expect(d.attemptNumber == 1)
        #expect(d.passed)
        #expect(d.missing.isEmpty)
    }

    @Test func aFailTellsTheLearnerWhatWasMissing() throws {
        let d = try decide(Fixtures.design(), failing)
        #expect(!d.passed)
        #expect(d.missing.count == 2)
        #expect(d.missing[0].contains("Design"))
        #expect(throws: AwardingError(.invalidDecision, "")) {
            try AwardedCredential.issue(for: d, design: Fixtures.design(), credentialId: "c", issuerId: "i", issuedAt: Fixtures.t0)
        }
    }

    @Test func decisionsNeedWhoAndWhy() throws {
        let design = try Fixtures.design()
        #expect(throws: AwardingError(.invalidDecision, "")) { try decide(design, passing, rationale: " ") }
        #expect(throws: AwardingError(.invalidDecision, "")) {
            try AssessmentDecision.decide(id: "d", design: design, input: passing, learnerId: "l", assessorId: "", at: Fixtures.t0, rationale: "r")
        }
    }

    @Test func retakePolicyIsEnforcedOnDecisions() throws {
        let design = try Fixtures.design()
        let first = try decide(design, failing, at: 0)
        #expect(throws: AwardingError(.retakeTooSoon, "")) { try decide(design, passing, at: 13, previous: [first.attempt]) }
        let second = try decide(design, failing, at: 14, previous: [first.attempt])
        #expect(second.attemptNumber == 2)
        let third = try decide(design, failing, at: 28, previous: [first.attempt, second.attempt])
        #expect(throws: AwardingError(.attemptsExhausted, "")) {
            try decide(design, passing, at: 90, previous: [first.attempt, second.attempt, third.attempt])
        }
    }

    @Test func inputMustMatchTheAssessmentMethod() throws {
        let design = try Fixtures.design()
        #expect(throws: AwardingError(.invalidScore, "")) {
            try decide(design, .exam(ExamResult(blueprintId: "urn:exam:1", percents: ["urn:d:net": 90, "urn:d:sec": 90])))
        }
    }

    @Test func aPassIssuesACredentialWithResultsAndEvidence() throws {
        let design = try Fixtures.design()
        let d = try decide(design, passing, at: 5)
        let c = try AwardedCredential.issue(for: d, design: design, credentialId: "urn:cred:1", issuerId: "iss", issuedAt: Fixtures.day(5))
        #expect(c.achievementVersion == 1)
        #expect(c.validUntil == Period.years(2).added(to: Fixtures.day(5)))
        #expect(c.creditsEarned == 1.5)
        #expect(c.results.map(\.resultDescription) == ["urn:c:design", "urn:c:tests", "urn:rubric:1"])
        #expect(c.results[0].achievedLevel == "urn:c:design:expert")
        #expect(c.results[2].value == "6")
        #expect(c.evidenceJSON.first?["id"] == "https://repo.example/tls")
        // Every result points at a ResultDescription the achievement publishes, and every achievedLevel at one of its levels.
        let rds = try design.achievementJSON()["resultDescription"]?.arrayValue ?? []
        for r in c.resultJSON {
            let rd = try #require(rds.first { $0["id"] == r["resultDescription"] })
            if let level = r["achievedLevel"] {
                #expect(rd["rubricCriterionLevel"]?.arrayValue?.contains { $0["id"] == level } == true)
            }
        }
        #expect(c.held.achievementVersion == 1)
    }

    @Test func examPassIssuesDomainScores() throws {
        var design = try Fixtures.design()
        design.rubric = nil
        design.renewal = nil
        design.exam = try Fixtures.exam()
        let d = try decide(design, .exam(ExamResult(blueprintId: "urn:exam:1", percents: ["urn:d:net": 80, "urn:d:sec": 60])))
        let c = try AwardedCredential.issue(for: d, design: design, credentialId: "c", issuerId: "i", issuedAt: Fixtures.t0)
        #expect(c.results.map(\.value) == ["80", "60", "75"])
        #expect(c.results.map(\.resultDescription) == ["urn:d:net", "urn:d:sec", "urn:exam:1"])
    }

    @Test func aDecisionUnderAnOlderVersionDoesNotIssueTheNewOne() throws {
        let v1 = try Fixtures.design(id: "urn:a:v1")
        var edit = v1
        edit.evidenceRequirements = ["x"]
        let (_, v2) = try AchievementVersioning.newVersion(of: v1, with: edit, newVersionId: "urn:a:v2")
        let d = try decide(v1, passing)
        #expect(throws: AwardingError(.invalidDecision, "")) {
            try AwardedCredential.issue(for: d, design: v2, credentialId: "c", issuerId: "i", issuedAt: Fixtures.t0)
        }
    }

    /// `Result` and `Evidence` entries carry the members the OB 3.0 formal schema requires.
    @Test func resultAndEvidenceEntriesMeetTheSchema() throws {
        let schema = try SharedData.json("standards/schemas/ob-v3p0/formal/achievementcredential.json")
        let design = try Fixtures.design()
        let c = try AwardedCredential.issue(for: try decide(design, passing), design: design, credentialId: "c", issuerId: "i", issuedAt: Fixtures.t0)
        let statuses = Set(schema["$defs"]?["Result"]?["properties"]?["status"]?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        #expect(statuses.contains(ResultEntry.Status.completed.rawValue))
        for (def, entries) in [("Result", c.resultJSON), ("Evidence", c.evidenceJSON)] {
            let required = schema["$defs"]?[def]?["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(!required.isEmpty)
            for e in entries {
                for key in required { #expect(e[key] != nil, "\(def).\(key)") }
                #expect(e["type"]?.arrayValue?.contains(.string(def)) == true)
            }
        }
    }

    @Test func membersForTheCredentialDraftCarryResultsEvidenceAndVersion() throws {
        let design = try Fixtures.design()
        let c = try AwardedCredential.issue(for: try decide(design, passing), design: design, credentialId: "c", issuerId: "i", issuedAt: Fixtures.t0)
        #expect(c.subjectMembers["result"]?.arrayValue?.count == 3)
        #expect(c.subjectMembers["creditsEarned"] == 1.5)
        #expect(c.credentialMembers["evidence"]?.arrayValue?.count == 1)
        #expect(c.credentialMembers["relatedResource"] == nil)
        #expect(c.credentialMembers[AwardedCredential.extensionMember]?["achievementVersion"] == 1)
        #expect(c.credentialMembers[AwardedCredential.extensionMember]?["assessmentDecision"] == "dec:0")
    }

    @Test func aRenewalByReassessmentIssuesACredentialNamingTheOneItReplaces() throws {
        let design = try Fixtures.design()
        let first = try AwardedCredential.issue(for: try decide(design, passing), design: design, credentialId: "c1", issuerId: "i", issuedAt: Fixtures.t0)
        // A re-assessment 700 days later: a new assessment, so earlier attempts do not block it.
        let re = try decide(design, passing, at: 700)
        let renewal = try CredentialRenewal.renew(first.held, as: "c2", policy: try #require(design.renewal), validity: design.validity,
                                                  held: [], reassessments: [re.attempt], at: Fixtures.day(700))
        let c2 = AwardedCredential.issue(for: renewal, learnerId: "did:example:learner", decision: re)
        #expect(c2.replaces == "c1")
        #expect(c2.decisionId == re.id)
        #expect(c2.results.count == 3)
        #expect(c2.credentialMembers[AwardedCredential.extensionMember]?["replaces"] == "c1")
        #expect(c2.held.replaces == "c1")
        #expect(renewal.superseded.state == .superseded(by: "c2"))
    }

    @Test func decisionRecordsRoundTripThroughJSON() throws {
        var design = try Fixtures.design()
        let failed = try decide(design, failing, at: 2)
        #expect(try AssessmentDecision.from(json: JSONValue(parsing: JSONWriter().string(failed.json))) == failed)
        #expect(failed.json["decidedAt"] == "2025-01-03T00:00:00Z")
        #expect(failed.json["feedback"]?.arrayValue?.contains { $0["met"] == false } == true)
        design.rubric = nil
        design.renewal = nil
        design.exam = try Fixtures.exam()
        let exam = try decide(design, .exam(ExamResult(blueprintId: "urn:exam:1", percents: ["urn:d:net": 72.5, "urn:d:sec": 60])))
        #expect(try AssessmentDecision.from(json: exam.json) == exam)
        #expect(throws: AwardingError(.invalidJSON, "")) { try AssessmentDecision.from(json: ["type": "Other"]) }
    }
}
