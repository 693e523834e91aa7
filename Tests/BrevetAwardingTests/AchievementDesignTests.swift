import BrevetAwarding
import BrevetJSON
import BrevetTestSupport
import Testing

@Suite struct AchievementDesignTests {
    @Test func fullDesignRoundTripsThroughOpenBadgesJSON() throws {
        let design = try Fixtures.design()
        let json = try design.achievementJSON()
        let text = JSONWriter().string(json)
        let back = try AchievementDesign.from(json: try JSONValue(parsing: text))
        #expect(back == design)
    }

    @Test func examDesignRoundTrips() throws {
        var design = try Fixtures.design()
        design.rubric = nil
        design.exam = try Fixtures.exam()
        design.kind = .certification
        design.ladderStep = nil
        #expect(try AchievementDesign.from(json: design.achievementJSON()) == design)
    }

    @Test func achievementJSONCarriesTheOpenBadgesFacts() throws {
        let json = try Fixtures.design().achievementJSON()
        #expect(json["type"] == ["Achievement"])
        #expect(json["achievementType"] == "MicroCredential")
        #expect(json["creditsAvailable"] == 1.5)
        #expect(json["humanCode"] == "OPS-TLS")
        #expect(json["tag"] == ["tls", "nginx"])
        #expect(json["criteria"]?["narrative"]?.stringValue?.contains("- Automates certificate renewal") == true)
        #expect(json["alignment"]?.arrayValue?.first?["targetCode"] == "SEC.TLS")
        let rds = try #require(json["resultDescription"]?.arrayValue)
        #expect(rds.contains { $0["resultType"] == "RubricCriterionLevel" && $0["rubricCriterionLevel"]?.arrayValue?.count == 3 })
        let ext = try #require(json[AchievementDesign.extensionMember])
        #expect(ext["type"]?.stringValue == AchievementDesign.extensionType)
        #expect(ext["ladderStep"] == "operator")
        #expect(ext["price"]?["payer"] == "fee")
        #expect(ext["validity"]?["validFor"] == "P2Y")
    }

    /// The OB 3.0 formal schema decides which members are required and which `achievementType` and
    /// `resultType` terms exist; the design's JSON must meet both.
    @Test func achievementJSONMeetsTheOpenBadgesSchemaRequirements() throws {
        let schema = try SharedData.json("standards/schemas/ob-v3p0/formal/achievementcredential.json")
        let defs = try #require(schema["$defs"])
        func required(_ name: String) -> [String] { defs[name]?["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        func terms(_ def: String, _ property: String) -> Set<String> {
            Set(defs[def]?["properties"]?[property]?["oneOf"]?.arrayValue?.first?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
        var design = try Fixtures.design()
        design.exam = try Fixtures.exam()
        let json = try design.achievementJSON()
        for key in required("Achievement") { #expect(json[key] != nil, "Achievement.\(key)") }
        #expect(terms("Achievement", "achievementType").contains(json["achievementType"]?.stringValue ?? ""))
        let resultTypes = terms("ResultDescription", "resultType")
        #expect(!resultTypes.isEmpty)
        for rd in json["resultDescription"]?.arrayValue ?? [] {
            for key in required("ResultDescription") { #expect(rd[key] != nil, "ResultDescription.\(key)") }
            #expect(resultTypes.contains(rd["resultType"]?.stringValue ?? ""))
            for level in rd["rubricCriterionLevel"]?.arrayValue ?? [] {
                for key in required("RubricCriterionLevel") { #expect(level[key] != nil, "RubricCriterionLevel.\(key)") }
            }
        }
        for a in json["alignment"]?.arrayValue ?? [] {
            for key in required("Alignment") { #expect(a[key] != nil, "Alignment.\(key)") }
        }
        #expect(terms("Achievement", "achievementType").isSuperset(of: ["MicroCredential", "Badge", "Certificate", "Certification"]))
    }

    @Test(arguments: ["fullOpenBadge.json", "achievementAlignmentCase.json", "basicOpenBadgeCredential.json"])
    func specExampleAchievementsAreRead(file: String) throws {
        let credential = try SharedData.json("standards/examples/ob-v3p0/spec/\(file)")
        let achievement = try #require(credential["credentialSubject"]?["achievement"])
        let design = try AchievementDesign.from(json: achievement)
        #expect(design.id == achievement["id"]?.stringValue)
        #expect(design.kind.achievementType == achievement["achievementType"]?.stringValue ?? "Achievement")
        #expect(design.alignment.count == achievement["alignment"]?.arrayValue?.count ?? 0)
    }

    @Test func foreignAchievementsWithCriteriaByURLAreRead() throws {
        let json: JSONValue = ["id": "urn:x", "type": ["Achievement"], "name": "X", "description": "D",
                               "criteria": ["id": "https://issuer.example/criteria/x"], "achievementType": "ext:Bootcamp"]
        let d = try AchievementDesign.from(json: json)
        #expect(d.criteriaURL == "https://issuer.example/criteria/x")
        #expect(d.kind == .custom("Bootcamp"))
        #expect(d.competencies.count == 1)
        #expect(throws: AwardingError(.invalidDesign, "")) {
            try AchievementDesign.from(json: ["id": "urn:x", "type": ["Achievement"], "name": "X", "description": "D", "criteria": [:]])
        }
    }

    @Test func customKindsUseTheExtensionConvention() {
        #expect(AchievementKind.custom("Bootcamp").achievementType == "ext:Bootcamp")
        #expect(AchievementKind.custom("Degree").achievementType == "Degree")
        #expect(AchievementKind(achievementType: "ext:Bootcamp") == .custom("Bootcamp"))
        #expect(AchievementKind(achievementType: "Nonsense") == nil)
    }

    @Test(arguments: ["name", "description", "competencies", "duplicate competency", "eqf", "hours", "credits",
                      "custom kind", "free with amount", "fee without amount", "amount without currency"])
    func invalidDesignsAreRejected(field: String) throws {
        var d = try Fixtures.design()
        switch field {
        case "name": d.name = "  "
        case "description": d.description = ""
        case "competencies": d.competencies = []
        case "duplicate competency": d.competencies.append(d.competencies[0])
        case "eqf": d.eqfLevel = 9
        case "hours": d.studyHours = -1
        case "credits": d.creditsAvailable = .infinity
        case "custom kind": d.kind = .custom("has space")
        case "free with amount": d.price = Price(payer: .free, amountMinorUnits: 100, currency: "EUR")
        case "fee without amount": d.price = Price(payer: .fee)
        default: d.price = Price(payer: .employer, amountMinorUnits: 10)
        }
        #expect(throws: AwardingError(.invalidDesign, "")) { try d.validate() }
    }

    @Test func renewalNeedsAnExpiringValidityAndAWayToReassess() throws {
        var d = try Fixtures.design()
        d.validity = .noExpiry
        #expect(throws: AwardingError(.invalidPolicy, "")) { try d.validate() }
        d = try Fixtures.design()
        d.rubric = nil
        #expect(throws: AwardingError(.invalidPolicy, "")) { try d.validate() }
        d = try Fixtures.design()
        d.renewal = RenewalPolicy(routes: [.continuingEducation(requiredCredits: 0, acceptedAchievementIds: ["x"])])
        #expect(throws: AwardingError(.invalidPolicy, "")) { try d.validate() }
        d.renewal = RenewalPolicy(routes: [])
        #expect(throws: AwardingError(.invalidPolicy, "")) { try d.validate() }
    }

    @Test func resultDescriptionIdsMustBeUnique() throws {
        var d = try Fixtures.design()
        d.exam = try ExamBlueprint(id: "urn:exam:1", name: "E", domains: [ExamDomain(id: "urn:c:design", name: "Clash", weight: 1)], passMark: 50)
        #expect(throws: AwardingError(.invalidDesign, "")) { try d.validate() }
    }

    @Test func malformedJSONIsAClearError() throws {
        #expect(throws: AwardingError(.invalidJSON, "")) { try AchievementDesign.from(json: ["type": ["Achievement"], "name": "x"]) }
        #expect(throws: AwardingError(.invalidJSON, "")) { try AchievementDesign.from(json: ["id": "a", "type": ["Profile"], "name": "x", "description": "d"]) }
        var json = try Fixtures.design().achievementJSON()
        json[AchievementDesign.extensionMember]?["ladderStep"] = "wizard"
        #expect(throws: AwardingError(.invalidJSON, "")) { try AchievementDesign.from(json: json) }
        #expect(throws: AwardingError(.invalidJSON, "")) { try AchievementDesign.from(json: "not an object") }
    }

    @Test func tamperedRubricInJSONIsValidatedOnRead() throws {
        var json = try Fixtures.design().achievementJSON()
        json[AchievementDesign.extensionMember]?["rubric"]?["minimumTotal"] = 99
        #expect(throws: AwardingError(.unreachablePassMark, "")) { try AchievementDesign.from(json: json) }
    }

    @Test func periodsReadAndWriteISO8601Durations() {
        #expect(Period(iso8601: "P1Y2M3DT4S") == Period(years: 1, months: 2, days: 3, seconds: 4))
        #expect(Period(iso8601: "P2W") == .days(14))
        #expect(Period(iso8601: "PT1H30M") == .seconds(5400))
        #expect(Period.years(2).description == "P2Y")
        for bad in ["", "P", "1Y", "PY", "P1X", "P1YT", "PT1D"] { #expect(Period(iso8601: bad) == nil, "\(bad)") }
    }

    @Test func monthEndsClampWhenAddingMonths() {
        let jan31 = Fixtures.day(30)  // 2025-01-31
        #expect(Period.months(1).added(to: jan31) == Fixtures.day(58))  // 2025-02-28
    }
}
