import BrevetAwarding
import Testing

@Suite struct VersioningTests {
    @Test(arguments: ["criteria", "rubric", "exam", "evidenceRequirements"])
    func materialChangesMakeANewVersionLinkedBothWays(field: String) throws {
        let v1 = try Fixtures.design(id: "urn:a:v1")
        var edit = v1
        switch field {
        case "criteria": edit.competencies.append(Competency(id: "c3", statement: "Monitors certificate expiry"))
        case "rubric": edit.rubric = try Fixtures.rubric(minimumTotal: 6)
        case "exam": edit.exam = try Fixtures.exam()
        default: edit.evidenceRequirements = ["A repository"]
        }
        #expect(AchievementVersioning.materialChanges(from: v1, to: edit) == [field])
        let (previous, current) = try AchievementVersioning.newVersion(of: v1, with: edit, newVersionId: "urn:a:v2")
        #expect(previous.id == "urn:a:v1")
        #expect(previous.nextVersionId == "urn:a:v2")
        #expect(previous.competencies == v1.competencies)
        #expect(current.id == "urn:a:v2")
        #expect(current.version == 2)
        #expect(current.previousVersionId == "urn:a:v1")
        let json = try current.achievementJSON()
        #expect(json["version"] == "2")
        #expect(json["related"]?.arrayValue?.first?["id"] == "urn:a:v1")
    }

    @Test func catalogEditsStayInPlace() throws {
        let v1 = try Fixtures.design(id: "urn:a:v1")
        var edit = v1
        edit.name = "TLS termination"
        edit.tags.append("security")
        edit.price = .free
        guard case .edited(let d) = try AchievementVersioning.revise(v1, to: edit, newVersionId: "urn:a:v2") else {
            Issue.record("expected an in-place edit")
            return
        }
        #expect(d.id == "urn:a:v1")
        #expect(d.version == 1)
        #expect(throws: AwardingError(.versionNotNeeded, "")) { try AchievementVersioning.newVersion(of: v1, with: edit, newVersionId: "urn:a:v2") }
    }

    @Test func lineageDoesNotBranch() throws {
        let v1 = try Fixtures.design(id: "urn:a:v1")
        var edit = v1
        edit.evidenceRequirements = ["x"]
        let (old, _) = try AchievementVersioning.newVersion(of: v1, with: edit, newVersionId: "urn:a:v2")
        #expect(throws: AwardingError(.versionConflict, "")) { try AchievementVersioning.revise(old, to: edit, newVersionId: "urn:a:v3") }
    }

    @Test func newVersionNeedsANewId() throws {
        let v1 = try Fixtures.design(id: "urn:a:v1")
        var edit = v1
        edit.evidenceRequirements = ["x"]
        #expect(throws: AwardingError(.invalidVersioning, "")) { try AchievementVersioning.revise(v1, to: edit, newVersionId: "urn:a:v1") }
        edit.id = "urn:other"
        #expect(throws: AwardingError(.invalidVersioning, "")) { try AchievementVersioning.revise(v1, to: edit, newVersionId: "urn:a:v2") }
    }

    @Test func lineageFollowsLinksBothWays() throws {
        let v1 = try Fixtures.design(id: "urn:a:v1")
        var e2 = v1
        e2.evidenceRequirements = ["x"]
        let (p1, v2) = try AchievementVersioning.newVersion(of: v1, with: e2, newVersionId: "urn:a:v2")
        var e3 = v2
        e3.evidenceRequirements = ["y"]
        let (p2, v3) = try AchievementVersioning.newVersion(of: v2, with: e3, newVersionId: "urn:a:v3")
        let lineage = try AchievementLineage(designs: [v3, p1, p2])
        #expect(lineage.versions(of: "urn:a:v2").map(\.id) == ["urn:a:v1", "urn:a:v2", "urn:a:v3"])
        #expect(lineage.latest(of: "urn:a:v1")?.id == "urn:a:v3")
        #expect(lineage.predecessor(of: "urn:a:v2")?.id == "urn:a:v1")
        #expect(lineage.successor(of: "urn:a:v2")?.id == "urn:a:v3")
        #expect(lineage.predecessor(of: "urn:a:v1") == nil)
        // The links survive the OB 3.0 JSON round trip.
        let reread = try [v3, p1, p2].map { try AchievementDesign.from(json: $0.achievementJSON()) }
        #expect(try AchievementLineage(designs: reread).versions(of: "urn:a:v3").count == 3)
    }

    @Test func brokenLineageIsRejected() throws {
        let v1 = try Fixtures.design(id: "urn:a:v1")
        var e2 = v1
        e2.evidenceRequirements = ["x"]
        let (p1, v2) = try AchievementVersioning.newVersion(of: v1, with: e2, newVersionId: "urn:a:v2")
        // v2 says it follows v1, but the stored v1 was never linked forward.
        #expect(throws: AwardingError(.invalidVersioning, "")) { try AchievementLineage(designs: [v1, v2]) }
        // p1 links forward to v2, which is missing.
        #expect(throws: AwardingError(.invalidVersioning, "")) { try AchievementLineage(designs: [p1]) }
        #expect(throws: AwardingError(.invalidVersioning, "")) { try AchievementLineage(designs: [p1, v2, v2]) }
    }
}
