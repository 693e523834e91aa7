import BrevetAwarding
import Foundation

/// Shared builders for the awarding tests: fixed instants, a small rubric, an exam, a design.
enum Fixtures {
    /// 2025-01-01T00:00:00Z.
    static let t0 = Date(timeIntervalSince1970: 1_735_689_600)

    /// `t0` moved by a number of days (negative to go back).
    static func day(_ n: Int) -> Date { Period.days(n).added(to: t0) }

    static func level(_ id: String, _ points: Int) -> RubricLevel {
        RubricLevel(id: id, name: id.capitalized, points: points)
    }

    /// Two criteria × three levels (0, 2, 4 points); "design" requires at least "proficient".
    static func criteria() -> [RubricCriterion] {
        [
            RubricCriterion(id: "urn:c:design", name: "Design", levels: [
                level("urn:c:design:novice", 0), level("urn:c:design:proficient", 2), level("urn:c:design:expert", 4),
            ], requiredLevelId: "urn:c:design:proficient"),
            RubricCriterion(id: "urn:c:tests", name: "Tests", levels: [
                level("urn:c:tests:novice", 0), level("urn:c:tests:proficient", 2), level("urn:c:tests:expert", 4),
            ]),
        ]
    }

    static func rubric(minimumTotal: Int? = 5) throws -> Rubric {
        try Rubric(id: "urn:rubric:1", name: "Project rubric", criteria: criteria(), passRule: .init(minimumTotal: minimumTotal))
    }

    static func exam() throws -> ExamBlueprint {
        try ExamBlueprint(id: "urn:exam:1", name: "Operator exam", domains: [
            ExamDomain(id: "urn:d:net", name: "Networking", weight: 3),
            ExamDomain(id: "urn:d:sec", name: "Security", weight: 1, minimumPercent: 50),
        ], passMark: 70)
    }

    static func design(id: String = "https://brevet.example/achievements/tls") throws -> AchievementDesign {
        var d = AchievementDesign(
            id: id, name: "TLS on the edge", description: "Configures TLS termination on a reverse proxy.",
            kind: .microCredential,
            competencies: [
                Competency(id: "c1", statement: "Configures certificates and protocol versions",
                           alignment: [Alignment(targetName: "Transport security", targetUrl: "https://skills.example/sec/tls", targetCode: "SEC.TLS",
                                                 targetFramework: "Ops skills")]),
                Competency(id: "c2", statement: "Automates certificate renewal"),
            ])
        d.ladderStep = .operator
        d.eqfLevel = 5
        d.studyHours = 12
        d.creditsAvailable = 1.5
        d.fieldOfStudy = "Operations"
        d.specialization = "Web security"
        d.humanCode = "OPS-TLS"
        d.tags = ["tls", "nginx"]
        d.rubric = try rubric()
        d.retakePolicy = try RetakePolicy(maxAttempts: 3, waitingPeriod: .days(14))
        d.evidenceRequirements = ["A repository with the proxy configuration", "A screen recording of a renewal"]
        d.sampleEvidence = [EvidenceItem(id: "https://brevet.example/samples/tls", name: "Sample configuration", genre: "Project")]
        d.price = Price(payer: .fee, amountMinorUnits: 4900, currency: "EUR")
        d.validity = ValidityPolicy(validFor: .years(2))
        d.renewal = RenewalPolicy(
            routes: [.continuingEducation(requiredCredits: 3, acceptedAchievementIds: ["urn:ce:a", "urn:ce:b"]), .reassessment],
            opensBefore: .months(6), gracePeriod: .days(30))
        return d
    }
}

/// The error `body` throws, or nil when it returns.
func awardingError<T>(_ body: () throws(AwardingError) -> T) -> AwardingError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
