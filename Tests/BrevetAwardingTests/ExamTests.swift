import BrevetAwarding
import Testing

@Suite struct ExamTests {
    @Test func weightedScoreUsesRelativeWeights() throws {
        let exam = try Fixtures.exam()
        // (3 × 80 + 1 × 40) / 4 = 70
        let outcome = try exam.assess(ExamResult(blueprintId: exam.id, percents: ["urn:d:net": 80, "urn:d:sec": 40]))
        #expect(abs(outcome.score - 70) < 1e-9)
        // 70 reaches the pass mark, but Security is below its 50% floor.
        #expect(!outcome.passed)
        #expect(outcome.missing.map(\.subjectId) == ["urn:d:sec"])
    }

    @Test func passMarkIsInclusive() throws {
        let exam = try Fixtures.exam()
        // (3 × 70 + 1 × 70) / 4 = 70 exactly.
        #expect(try exam.assess(ExamResult(blueprintId: exam.id, percents: ["urn:d:net": 70, "urn:d:sec": 70])).passed)
        let below = try exam.assess(ExamResult(blueprintId: exam.id, percents: ["urn:d:net": 69, "urn:d:sec": 70]))
        #expect(!below.passed)
        #expect(below.missing.first?.message.contains("Networking") == true)
    }

    @Test func domainFloorIsInclusive() throws {
        let exam = try Fixtures.exam()
        #expect(try exam.assess(ExamResult(blueprintId: exam.id, percents: ["urn:d:net": 90, "urn:d:sec": 50])).passed)
    }

    @Test func passMarkAbove100IsUnreachable() {
        #expect(throws: AwardingError(.unreachablePassMark, "")) {
            try ExamBlueprint(id: "e", name: "E", domains: [ExamDomain(id: "d", name: "D", weight: 1)], passMark: 100.5)
        }
        #expect(throws: AwardingError(.unreachablePassMark, "")) {
            try ExamBlueprint(id: "e", name: "E", domains: [ExamDomain(id: "d", name: "D", weight: 1, minimumPercent: 101)], passMark: 50)
        }
    }

    @Test(arguments: [
        [ExamDomain](),
        [ExamDomain(id: "d", name: "D", weight: 0)],
        [ExamDomain(id: "d", name: "D", weight: -1)],
        [ExamDomain(id: "d", name: "D", weight: .nan)],
        [ExamDomain(id: "d", name: "D", weight: 1), ExamDomain(id: "d", name: "D2", weight: 1)],
    ])
    func malformedBlueprintsAreRejected(domains: [ExamDomain]) {
        #expect(throws: AwardingError(.invalidBlueprint, "")) { try ExamBlueprint(id: "e", name: "E", domains: domains, passMark: 50) }
    }

    @Test(arguments: [
        ExamResult(blueprintId: "urn:exam:1", percents: ["urn:d:net": 80]),
        ExamResult(blueprintId: "urn:exam:1", percents: ["urn:d:net": 80, "urn:d:sec": 101]),
        ExamResult(blueprintId: "urn:exam:1", percents: ["urn:d:net": 80, "urn:d:sec": -1]),
        ExamResult(blueprintId: "urn:exam:1", percents: ["urn:d:net": 80, "urn:d:sec": 50, "urn:d:x": 50]),
        ExamResult(blueprintId: "urn:exam:2", percents: ["urn:d:net": 80, "urn:d:sec": 50]),
    ])
    func malformedResultsAreRejected(result: ExamResult) throws {
        let exam = try Fixtures.exam()
        #expect(throws: AwardingError(.invalidExamResult, "")) { try exam.assess(result) }
    }
}
