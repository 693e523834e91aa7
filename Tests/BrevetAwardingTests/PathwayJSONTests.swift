import BrevetAwarding
import BrevetJSON
import Testing

@Suite struct PathwayJSONTests {
    func everyKindOfStep(window: TimeWindow?) throws -> Pathway {
        try Pathway(
            id: "ops-cert", name: "Ops certification", issuerId: PathwayTests.home, awardsAchievementId: "urn:ops", root:
                .allOf("all", name: "Everything", [
                    .achievement("urn:tls", id: "tls", name: "TLS"),
                    .external(ExternalRequirement(issuerIds: ["https://partner.example"], achievementId: "urn:cloud"), id: "cloud"),
                    .external(ExternalRequirement(issuerIds: ["https://a.example", "https://b.example"], achievementId: nil), id: "any"),
                    .nOf("electives", 1, [.achievement("e1"), .achievement("e2")]),
                    .minimumCredits("credits", 2.5, [.achievement("c1"), .achievement("c2")]),
                    .ordered("sequence", [.achievement("s1"), .achievement("s2")]),
                    .subPathway("ops-base", id: "base"),
                ]),
            timeWindow: window, requireCurrentCredentials: false)
    }

    @Test(arguments: [nil, TimeWindow.within(.years(3)), .between(Fixtures.t0, Fixtures.day(365))])
    func pathwaysRoundTripThroughJSON(window: TimeWindow?) throws {
        let p = try everyKindOfStep(window: window)
        let text = JSONWriter().string(p.json)
        #expect(try Pathway.from(json: JSONValue(parsing: text)) == p)
    }

    @Test func fixedWindowsAreWrittenAsUTCDateTimes() throws {
        let json = try everyKindOfStep(window: .between(Fixtures.t0, Fixtures.day(1))).json
        #expect(json["timeWindow"]?["from"] == "2025-01-01T00:00:00Z")
        #expect(json["timeWindow"]?["until"] == "2025-01-02T00:00:00Z")
    }

    @Test func readPathwaysAreValidated() throws {
        var json = try everyKindOfStep(window: nil).json
        json["root"]?["steps"] = [["id": "x", "type": "nOf", "n": 3, "steps": [["id": "a", "type": "achievement", "achievement": "a"]]]]
        #expect(throws: AwardingError(.invalidPathway, "")) { try Pathway.from(json: json) }
        json["root"]?["steps"] = [["id": "x", "type": "anyOf"]]
        #expect(throws: AwardingError(.invalidJSON, "")) { try Pathway.from(json: json) }
        json["root"] = nil
        #expect(throws: AwardingError(.invalidJSON, "")) { try Pathway.from(json: json) }
        json = try everyKindOfStep(window: nil).json
        json["timeWindow"] = ["from": "yesterday", "until": "2025-01-01T00:00:00Z"]
        #expect(throws: AwardingError(.invalidJSON, "")) { try Pathway.from(json: json) }
    }

    @Test func deeplyNestedStepsAreRejectedNotRecursedForever() throws {
        var step: JSONValue = ["id": "leaf", "type": "achievement", "achievement": "a"]
        for i in 0..<Pathway.maxDepth { step = ["id": .string("g\(i)"), "type": "allOf", "steps": [step]] }
        let json: JSONValue = ["id": "p", "issuer": "i", "awards": "x", "root": step]
        #expect(throws: AwardingError(.invalidPathway, "")) { try Pathway.from(json: json) }
    }
}
