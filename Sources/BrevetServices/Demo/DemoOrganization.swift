import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// Builds a realistic demo organization through the same services real use goes through: a skills
/// framework, three micro-credentials that stack into a certification, evidence assessed against
/// rubrics, the certification issued by its pathway, one credential renewed by re-assessment, one
/// revoked. Returns a JSON summary of what it made.
///
/// The story starts 700 days before `environment.now()`, so that the renewal happens "today", in the
/// renewal window of credentials that are about to expire.
public struct DemoOrganization: Sendable {
    public let environment: ServiceEnvironment
    public let verification: VerificationService
    public static let organizationName = "Northwind Academy (demo)"

    public init(environment: ServiceEnvironment, verification: VerificationService) {
        self.environment = environment
        self.verification = verification
    }

    public func build(progress: @Sendable (String) -> Void = { _ in }) async throws -> JSONValue {
        let today = environment.now()
        let clock = DemoClock(today.addingTimeInterval(-700 * 86_400))
        var env = environment
        env.now = { clock.now }
        let store = env.store
        if try await store.organizations().contains(where: { $0.name == Self.organizationName }) {
            throw ServiceError(.conflict, "this data directory already has the demo organization \"\(Self.organizationName)\"; use a fresh --data folder")
        }
        let org = try await APIKeyService(environment: env).organization(named: Self.organizationName)
        let (_, apiKey) = try await APIKeyService(environment: env).create(organizationID: org.id, name: "demo")

        progress("issuer")
        let issuer = try await IssuerService(environment: env).create(
            organizationID: org.id,
            profile: ProfileDraft(name: "Northwind Academy", url: "https://northwind.example", email: "credentials@northwind.example",
                                  description: "Professional training for cloud operations teams."))

        progress("skills framework")
        let frameworkCSV = """
            id,code,name,description,parent
            ops,OPS,Cloud operations,Running production cloud services,
            ops-observe,OPS.1,Observability,"Metrics, logs, traces and alerts that tell you what is wrong",ops
            ops-incident,OPS.2,Incident response,"Triage, mitigation and blameless review of outages",ops
            ops-automate,OPS.3,Infrastructure automation,Infrastructure as code and safe change pipelines,ops
            ops-cost,OPS.4,Cost management,Understanding and reducing cloud spend,ops
            """
        let framework = try await FrameworkService(environment: env).importCSV(
            organizationID: org.id, id: "cloud-ops", title: "Northwind Cloud Operations Skills", csv: frameworkCSV)

        progress("achievements")
        let designs = DesignService(environment: env)
        var micro: [AchievementRecord] = []
        for spec in Self.microCredentials {
            let record = try await designs.create(organizationID: org.id, issuerID: issuer.id, design: try spec.design().achievementJSON(),
                                                  alignTo: [.init(frameworkID: framework.id, item: spec.skill)])
            micro.append(record)
        }
        var certDesign = AchievementDesign(
            id: "urn:brevet:draft", name: "Cloud Operations Specialist",
            description: "Certifies a practitioner who can observe, respond to incidents in, and automate production cloud services.",
            kind: .certification,
            competencies: [Competency(id: "stack", statement: "Hold the three Cloud Operations micro-credentials, earned within three years")])
        certDesign.ladderStep = .specialist
        certDesign.eqfLevel = 5
        certDesign.studyHours = 120
        certDesign.creditsAvailable = 6
        certDesign.fieldOfStudy = "Information technology"
        certDesign.specialization = "Cloud operations"
        certDesign.humanCode = "NW-COS"
        certDesign.tags = ["cloud", "operations", "certification"]
        certDesign.price = Price(payer: .employer, amountMinorUnits: 45_000, currency: "EUR")
        certDesign.validity = ValidityPolicy(validFor: .years(3))
        certDesign.renewal = RenewalPolicy(routes: [.continuingEducation(requiredCredits: 4, acceptedAchievementIds: micro.map(\.id))],
                                           opensBefore: .days(180), gracePeriod: .days(30))
        let certification = try await designs.create(organizationID: org.id, issuerID: issuer.id, design: try certDesign.achievementJSON(),
                                                     alignTo: [.init(frameworkID: framework.id, item: "ops")])

        progress("pathway")
        let steps: [JSONValue] = micro.enumerated().map { i, a in
            ["id": .string("part-\(i + 1)"), "type": "achievement", "achievement": .string(a.id)]
        }
        let pathway = try await PathwayService(environment: env).create(organizationID: org.id, pathway: [
            "name": "Cloud Operations Specialist pathway", "awards": .string(certification.id),
            "timeWindow": ["within": "P3Y"],
            "root": ["id": "all-three", "type": "allOf", "name": "All three micro-credentials", "steps": .array(steps)],
        ])

        progress("evidence and assessment")
        let evidence = EvidenceService(environment: env)
        let assessments = AssessmentService(environment: env)
        let ada = try CredentialRecipient(parsing: "ada@example.org")
        var credentials: [JSONValue] = []
        var adaCredentials: [CredentialRecord] = []
        var certificationCredential: CredentialRecord?
        for (i, a) in micro.enumerated() {
            clock.set(clock.now.addingTimeInterval(7 * 86_400))
            let spec = Self.microCredentials[i]
            let submission = try await evidence.submit(
                organizationID: org.id, achievementID: a.id, learner: ada, text: spec.statement,
                links: ["https://git.example.org/ada/\(spec.slug)"],
                files: [.init(name: "\(spec.slug)-report.md", mediaType: "text/markdown", content: Array("# \(spec.name)\n\n\(spec.statement)\n".utf8))])
            let outcome = try await assessments.decide(
                organizationID: org.id, submissionID: submission.id, assessor: "assessor:grace.hopper",
                rationale: "Evidence reviewed against the published rubric; meets every criterion.", input: try spec.passingScore(a))
            if let c = outcome.credential { adaCredentials.append(c) }
            if let c = outcome.pathwayCredentials.first { certificationCredential = c }
        }

        progress("a failed attempt and a revocation")
        let sam = try CredentialRecipient(parsing: "sam@example.org")
        clock.set(clock.now.addingTimeInterval(3 * 86_400))
        let first = try await evidence.submit(organizationID: org.id, achievementID: micro[1].id, learner: sam,
                                              text: "Runbook for the payment service outage.", links: [], files: [])
        let failed = try await assessments.decide(organizationID: org.id, submissionID: first.id, assessor: "assessor:grace.hopper",
                                                  rationale: "The timeline is good but there is no review of causes.",
                                                  input: try Self.microCredentials[1].score(micro[1], level: "developing"))
        clock.set(clock.now.addingTimeInterval(30 * 86_400))
        let second = try await evidence.submit(organizationID: org.id, achievementID: micro[1].id, learner: sam,
                                               text: "Runbook and blameless review for the payment service outage.", links: [], files: [])
        let passed = try await assessments.decide(organizationID: org.id, submissionID: second.id, assessor: "assessor:grace.hopper",
                                                  rationale: "Complete review with causes and follow-ups.",
                                                  input: try Self.microCredentials[1].passingScore(micro[1]))
        guard let samCredential = passed.credential else { throw ServiceError(.configuration, "the demo's second attempt did not pass") }
        clock.set(clock.now.addingTimeInterval(60 * 86_400))
        _ = try await StatusService(environment: env).apply(.revoke, credentialID: samCredential.id, organizationID: org.id,
                                                            reason: "The review was found to be copied from another team's report.")

        progress("renewal")
        clock.set(today)
        let renewalSubmission = try await evidence.submit(
            organizationID: org.id, achievementID: micro[0].id, learner: ada, text: "Dashboards and alerts for the new storage tier.",
            links: ["https://git.example.org/ada/storage-observability"], files: [])
        let renewal = try await assessments.decide(
            organizationID: org.id, submissionID: renewalSubmission.id, assessor: "assessor:grace.hopper",
            rationale: "Re-assessment for renewal: current practice demonstrated.", input: try Self.microCredentials[0].passingScore(micro[0]))

        guard renewal.credential != nil else {
            throw ServiceError(.configuration, "the demo's renewal was refused: \(renewal.renewalRefusal ?? "no reason given")")
        }
        let urls = try await PublicURLs.load(from: store)
        // A credential's page (its verdict, facts and parts) is at its id, for a browser.
        func describe(_ c: CredentialRecord, _ note: String) async throws -> JSONValue {
            let current = try await store.credential(id: c.id)
            var state = "active"
            if current.isRevoked { state = "revoked" } else if current.supersededBy != nil { state = "superseded" }
            var o: JSONObject = ["id": .string(c.id), "achievement": .string(c.achievementID), "learner": .string(c.recipient),
                                 "state": .string(state), "note": .string(note),
                                 "page": .string(c.id)]
            if let by = current.supersededBy { o["supersededBy"] = .string(by) }
            if let until = current.validUntil { o["validUntil"] = .string(DateTimeStamp(date: until).description) }
            return .object(o)
        }
        for (i, c) in adaCredentials.enumerated() { credentials.append(try await describe(c, "earned by assessed evidence (\(Self.microCredentials[i].name))")) }
        if let c = certificationCredential { credentials.append(try await describe(c, "issued by the pathway; lists its three parts by digest")) }
        if let c = renewal.credential { credentials.append(try await describe(c, "renewal by re-assessment; names the credential it replaces")) }
        credentials.append(try await describe(samCredential, "revoked"))
        _ = failed

        return [
            "organization": ["id": .string(org.id), "name": .string(org.name), "apiKey": .string(apiKey)],
            "issuer": ["id": .string(issuer.id), "profile": .string(issuer.profile["id"]?.stringValue ?? issuer.id),
                       "catalog": .string(urls.base + "/catalog?issuer=" + (issuer.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? issuer.id))],
            "framework": ["id": .string(framework.id), "url": .string(urls.framework(organizationID: org.id, id: framework.id))],
            "achievements": .array((micro + [certification]).map { a in
                ["id": .string(a.id), "name": a.achievementJSON["name"] ?? .null, "type": a.achievementJSON["achievementType"] ?? .null]
            }),
            "pathway": ["id": .string(pathway.id), "awards": .string(certification.id)],
            "credentials": .array(credentials),
            "learners": ["ada@example.org", "sam@example.org"],
        ]
    }

    /// One demo micro-credential.
    struct MicroSpec: Sendable {
        var slug: String
        var name: String
        var description: String
        var skill: String
        var competencies: [String]
        var statement: String

        func design() throws -> AchievementDesign {
            var d = AchievementDesign(id: "urn:brevet:draft", name: name, description: description, kind: .microCredential,
                                      competencies: competencies.enumerated().map { Competency(id: "c\($0.offset + 1)", statement: $0.element) })
            d.ladderStep = .operator
            d.eqfLevel = 4
            d.studyHours = 30
            d.creditsAvailable = 2
            d.fieldOfStudy = "Information technology"
            d.specialization = "Cloud operations"
            d.humanCode = "NW-" + slug.uppercased()
            d.tags = ["cloud", "operations", slug]
            d.evidenceRequirements = ["A written account of real work you did", "A link to the artefacts (repository, dashboards, runbooks)"]
            d.sampleEvidence = [EvidenceItem(name: "Example: a runbook with its review", genre: "Sample")]
            d.price = Price(payer: .fee, amountMinorUnits: 15_000, currency: "EUR")
            d.validity = ValidityPolicy(validFor: .years(2))
            d.renewal = RenewalPolicy(routes: [.reassessment], opensBefore: .days(90), gracePeriod: .days(30))
            d.retakePolicy = try ServiceError.awarding { () throws(AwardingError) in try RetakePolicy(maxAttempts: 3, waitingPeriod: .days(14)) }
            let levels = [RubricLevel(id: "developing", name: "Developing", points: 1), RubricLevel(id: "proficient", name: "Proficient", points: 2),
                          RubricLevel(id: "exemplary", name: "Exemplary", points: 3)]
            let criteria = competencies.enumerated().map { i, statement in
                RubricCriterion(id: "criterion-\(i + 1)", name: statement, levels: levels, requiredLevelId: "proficient")
            }
            d.rubric = try ServiceError.awarding { () throws(AwardingError) in
                try Rubric(id: "rubric", name: "\(name) rubric", criteria: criteria, passRule: .init(minimumTotal: 2 * criteria.count))
            }
            return d
        }

        func score(_ achievement: AchievementRecord, level: String) throws -> AssessmentInput {
            let design = try achievement.requireDesign()
            guard let rubric = design.rubric else { throw ServiceError(.configuration, "demo design without rubric") }
            return .rubric(RubricScore(rubricId: rubric.id, entries: rubric.criteria.map { c in
                RubricScore.Entry(criterionId: c.id, levelId: design.levelID(level, criterion: c.id) ?? level)
            }))
        }

        func passingScore(_ achievement: AchievementRecord) throws -> AssessmentInput { try score(achievement, level: "proficient") }
    }

    static let microCredentials: [MicroSpec] = [
        MicroSpec(slug: "observability", name: "Observability Fundamentals",
                  description: "Instrument a service and alert on what matters to its users.", skill: "ops-observe",
                  competencies: ["Define service-level indicators and objectives for a real service",
                                 "Build dashboards and alerts that page only on user-visible symptoms"],
                  statement: "I defined SLOs for the checkout API and replaced 40 noisy alerts with 6 symptom-based ones."),
        MicroSpec(slug: "incident", name: "Incident Response",
                  description: "Lead the response to a production incident and its blameless review.", skill: "ops-incident",
                  competencies: ["Triage and mitigate a production incident as incident lead",
                                 "Write a blameless review with causes and follow-up actions"],
                  statement: "I led the response to the March database failover and wrote its review."),
        MicroSpec(slug: "automation", name: "Infrastructure Automation",
                  description: "Manage infrastructure as code with safe, reviewed changes.", skill: "ops-automate",
                  competencies: ["Describe infrastructure as code and keep it in review",
                                 "Ship changes through a pipeline with automated checks and rollback"],
                  statement: "I moved our staging environment to Terraform with plan checks in CI."),
    ]
}
