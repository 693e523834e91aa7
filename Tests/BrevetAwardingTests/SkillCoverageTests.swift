import BrevetAwarding
import BrevetTestSupport
import Testing

@Suite struct SkillCoverageTests {
    @Test func listsTheAchievementsThatCoverASkill() throws {
        let f = try CASEPackageImporter().importPackage(text: try SharedData.text("standards/case/sample-framework.json"))
        let ratio = try #require(f.item(code: "CCSS.Math.Content.6.RP.A.1"))
        let unit = try #require(f.item(code: "CCSS.Math.Content.6.RP.A.3b"))
        var a = try Fixtures.design(id: "urn:a")
        a.alignment = [f.alignment(to: ratio)]
        var b = try Fixtures.design(id: "urn:b")
        b.competencies[1].alignment = [Alignment(targetName: "x", targetUrl: unit.uri)]
        var c = try Fixtures.design(id: "urn:c")
        c.alignment = [Alignment(targetName: "by code", targetUrl: "https://elsewhere", targetCode: ratio.code, targetFramework: f.title)]
        let index = SkillCoverageIndex(framework: f, designs: [a, b, c])
        #expect(index.achievements(covering: ratio.id) == ["urn:a", "urn:c"])
        #expect(index.achievements(covering: unit.id) == ["urn:b"])
        #expect(index.achievements(covering: f.roots[0].id).isEmpty)
        #expect(index.achievements(covering: f.roots[0].id, includingDescendants: true) == ["urn:a", "urn:c", "urn:b"])
        #expect(index.items(coveredBy: "urn:b").map(\.id) == [unit.id])
        #expect(index.uncoveredItems.count == f.items.count - 2)
    }

    @Test func alignmentsToAnotherFrameworkDoNotCount() throws {
        let f = try CSVFrameworkImporter(baseURI: "https://s/").importFramework(csv: "id,code,name,description,parent\na,A,A,,", id: "s", title: "S")
        var d = try Fixtures.design(id: "urn:d")
        d.alignment = [Alignment(targetName: "A", targetUrl: "https://other/a", targetCode: "A", targetFramework: "Other")]
        #expect(SkillCoverageIndex(framework: f, designs: [d]).achievements(covering: "a").isEmpty)
    }
}
