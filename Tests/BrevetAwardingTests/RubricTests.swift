import BrevetAwarding
import Testing

@Suite struct RubricTests {
    @Test func maxTotalSumsTheBestLevelOfEachCriterion() throws {
        #expect(try Fixtures.rubric().maxTotal == 8)
    }

    @Test(arguments: [
        // (design level, tests level, passes, number of unmet feedback lines)
        ("urn:c:design:expert", "urn:c:tests:expert", true, 0),
        ("urn:c:design:proficient", "urn:c:tests:proficient", false, 1),  // total 4 < 5
        ("urn:c:design:novice", "urn:c:tests:expert", false, 2),  // design below required, total 4 < 5
        ("urn:c:design:proficient", "urn:c:tests:expert", true, 0),  // total 6, design at required level
        ("urn:c:design:novice", "urn:c:tests:novice", false, 2),
    ])
    func passRuleCombinesTotalAndRequiredLevels(design: String, tests: String, passes: Bool, unmet: Int) throws {
        let rubric = try Fixtures.rubric()
        let outcome = try rubric.assess(RubricScore(rubricId: rubric.id, levels: ["urn:c:design": design, "urn:c:tests": tests]))
        #expect(outcome.passed == passes)
        #expect(outcome.missing.count == unmet)
        #expect(outcome.maxScore == 8)
    }

    @Test func totalExactlyAtTheMinimumPasses() throws {
        let rubric = try Rubric(id: "r", name: "R", criteria: Fixtures.criteria(), passRule: .init(minimumTotal: 6))
        let at = try rubric.assess(RubricScore(rubricId: "r", levels: ["urn:c:design": "urn:c:design:proficient", "urn:c:tests": "urn:c:tests:expert"]))
        #expect(at.score == 6)
        #expect(at.passed)
        let below = try rubric.assess(RubricScore(rubricId: "r", levels: ["urn:c:design": "urn:c:design:proficient", "urn:c:tests": "urn:c:tests:proficient"]))
        #expect(!below.passed)
    }

    @Test func failFeedbackSaysWhatIsMissing() throws {
        let rubric = try Fixtures.rubric()
        let outcome = try rubric.assess(RubricScore(rubricId: rubric.id, levels: ["urn:c:design": "urn:c:design:novice", "urn:c:tests": "urn:c:tests:proficient"]))
        let design = try #require(outcome.missing.first { $0.subjectId == "urn:c:design" })
        #expect(design.required == "urn:c:design:proficient")
        #expect(design.message.contains("Proficient"))
        let total = try #require(outcome.missing.first { $0.subjectId == rubric.id })
        #expect(total.message.contains("3 short"))
    }

    @Test func requiredLevelsAloneArePassRule() throws {
        let rubric = try Rubric(id: "r", name: "R", criteria: Fixtures.criteria(), passRule: .init(minimumTotal: nil))
        #expect(try rubric.assess(RubricScore(rubricId: "r", levels: ["urn:c:design": "urn:c:design:proficient", "urn:c:tests": "urn:c:tests:novice"])).passed)
        #expect(try !rubric.assess(RubricScore(rubricId: "r", levels: ["urn:c:design": "urn:c:design:novice", "urn:c:tests": "urn:c:tests:expert"])).passed)
    }

    @Test func unreachablePassMarkIsRejected() {
        #expect(throws: AwardingError(.unreachablePassMark, "")) { try Fixtures.rubric(minimumTotal: 9) }
        #expect((try? Fixtures.rubric(minimumTotal: 8)) != nil)
    }

    @Test(arguments: [
        ("no criteria", [RubricCriterion]()),
        ("no levels", [RubricCriterion(id: "a", name: "A", levels: [])]),
        ("duplicate criterion", [RubricCriterion(id: "a", name: "A", levels: [Fixtures.level("l", 1)]),
                                 RubricCriterion(id: "a", name: "A", levels: [Fixtures.level("l", 1)])]),
        ("duplicate level", [RubricCriterion(id: "a", name: "A", levels: [Fixtures.level("l", 1), Fixtures.level("l", 2)])]),
        ("negative points", [RubricCriterion(id: "a", name: "A", levels: [Fixtures.level("l", -1)])]),
        ("unknown required level", [RubricCriterion(id: "a", name: "A", levels: [Fixtures.level("l", 1)], requiredLevelId: "x")]),
    ])
    func malformedRubricsAreRejected(label: String, criteria: [RubricCriterion]) {
        #expect(throws: AwardingError(.invalidRubric, ""), "\(label)") {
            try Rubric(id: "r", name: "R", criteria: criteria, passRule: .init(minimumTotal: 1))
        }
    }

    @Test func aRubricWithoutAnyPassRuleIsRejected() {
        let criteria = [RubricCriterion(id: "a", name: "A", levels: [Fixtures.level("l", 1)])]
        #expect(throws: AwardingError(.invalidRubric, "")) { try Rubric(id: "r", name: "R", criteria: criteria, passRule: .init()) }
    }

    @Test(arguments: [
        RubricScore(rubricId: "other", levels: ["urn:c:design": "urn:c:design:expert", "urn:c:tests": "urn:c:tests:expert"]),
        RubricScore(rubricId: "urn:rubric:1", levels: ["urn:c:design": "urn:c:design:expert"]),
        RubricScore(rubricId: "urn:rubric:1", levels: ["urn:c:design": "urn:c:tests:expert", "urn:c:tests": "urn:c:tests:expert"]),
        RubricScore(rubricId: "urn:rubric:1", levels: ["urn:c:x": "urn:c:design:expert", "urn:c:tests": "urn:c:tests:expert"]),
        RubricScore(rubricId: "urn:rubric:1", levels: ["urn:c:tests": "urn:c:tests:expert", "urn:c:tests": "urn:c:tests:novice",
                                                        "urn:c:design": "urn:c:design:expert"]),
    ])
    func malformedScoresAreRejected(score: RubricScore) throws {
        let rubric = try Fixtures.rubric()
        #expect(throws: AwardingError(.invalidScore, "")) { try rubric.assess(score) }
    }

    @Test func rubricIsPublishedAsResultDescriptions() throws {
        let rds = try Fixtures.rubric().resultDescriptions
        #expect(rds.map(\.resultType) == ["RubricCriterionLevel", "RubricCriterionLevel", "RubricScore"])
        #expect(rds[0].requiredLevel == "urn:c:design:proficient")
        #expect(rds[0].rubricCriterionLevel.map(\.points) == [0, 2, 4])
        #expect(rds[2].requiredValue == "5")
        #expect(rds[2].valueMax == "8")
        let json = rds[0].json
        #expect(json["rubricCriterionLevel"]?.arrayValue?[1]["points"]?.stringValue == "2")
        #expect(json["type"]?.arrayValue?.first?.stringValue == "ResultDescription")
    }
}
