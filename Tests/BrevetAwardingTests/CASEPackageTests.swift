import BrevetAwarding
import BrevetJSON
import BrevetTestSupport
import Testing

@Suite struct CASEPackageTests {
    /// The three OpenSALT sample packages; expectations are computed from the package itself.
    @Test(arguments: ["sample-framework.json", "smart-level-framework.json", "utf8-framework.json"])
    func importsEverySamplePackage(file: String) throws {
        let text = try SharedData.text("standards/case/\(file)")
        let json = try JSONValue(parsing: text)
        let f = try CASEPackageImporter().importPackage(text: text)
        let items = try #require(json["CFItems"]?.arrayValue)
        #expect(f.id == json["CFDocument"]?["identifier"]?.stringValue)
        #expect(f.title == json["CFDocument"]?["title"]?.stringValue)
        #expect(f.items.map(\.id) == items.compactMap { $0["identifier"]?.stringValue })
        #expect(f.items.map(\.uri) == items.compactMap { $0["uri"]?.stringValue })
        let docId = f.id
        for a in json["CFAssociations"]?.arrayValue ?? [] where a["associationType"] == "isChildOf" {
            let child = try #require(a["originNodeURI"]?["identifier"]?.stringValue)
            let parent = try #require(a["destinationNodeURI"]?["identifier"]?.stringValue)
            #expect(f.item(child)?.parentId == (parent == docId ? nil : parent), "\(child)")
        }
        #expect(f.alignment(to: f.items[0]).targetType == "CFItem")
    }

    @Test func sampleFrameworkHasTwoClustersWithNestedStandards() throws {
        let f = try CASEPackageImporter().importPackage(text: try SharedData.text("standards/case/sample-framework.json"))
        #expect(f.roots.compactMap(\.code) == ["CCSS.Math.Content.6.RP.A", "CCSS.Math.Content.7.RP.A"])
        let a3a = try #require(f.item(code: "CCSS.Math.Content.6.RP.A.3a"))
        #expect(f.ancestors(of: a3a.id).compactMap(\.code) == ["CCSS.Math.Content.6.RP.A.3", "CCSS.Math.Content.6.RP.A"])
        #expect(f.descendants(of: f.roots[0].id).count == 7)
    }

    @Test func siblingsFollowTheirSequenceNumbers() throws {
        var json = try SharedData.json("standards/case/smart-level-framework.json")
        var associations = try #require(json["CFAssociations"]?.arrayValue)
        // Put Item 2 before Item 1 among the top-level items.
        for i in associations.indices where associations[i]["destinationNodeURI"]?["identifier"] == json["CFDocument"]?["identifier"] {
            associations[i]["sequenceNumber"] = associations[i]["originNodeURI"]?["title"] == "Item 2" ? 1 : 2
        }
        json["CFAssociations"] = .array(associations)
        let f = try CASEPackageImporter().importPackage(json)
        #expect(f.roots.map(\.name) == ["Item 2", "Item 1"])
        #expect(f.children(of: f.roots[1].id).first?.name == "Item 1.1")
    }

    @Test func utf8TextSurvives() throws {
        let f = try CASEPackageImporter().importPackage(text: try SharedData.text("standards/case/utf8-framework.json"))
        #expect(f.title == "UTF8 𝑑 Test")
        #expect(f.items.first?.name == "Item 𝑑 1")
    }

    @Test func smartLevelsNestTwoDeep() throws {
        let f = try CASEPackageImporter().importPackage(text: try SharedData.text("standards/case/smart-level-framework.json"))
        #expect(f.roots.count == 2)
        #expect(f.children(of: f.roots[0].id).count == 10)
        #expect(f.children(of: f.roots[1].id).count == 2)
    }

    @Test func duplicateItemIdsAreRejectedWithTheirPath() throws {
        var json = try SharedData.json("standards/case/smart-level-framework.json")
        var items = try #require(json["CFItems"]?.arrayValue)
        items.append(items[1])
        json["CFItems"] = .array(items)
        do {
            _ = try CASEPackageImporter().importPackage(json)
            Issue.record("expected an error")
        } catch let e as AwardingError {
            #expect(e.code == .duplicateFrameworkItem)
            #expect(e.location == "CFItems[\(items.count - 1)]")
        }
    }

    @Test func unknownParentAndCyclesAreRejected() throws {
        func package(_ associations: [(String, String)]) -> JSONValue {
            [
                "CFDocument": ["identifier": "doc", "uri": "https://x/doc", "title": "T", "creator": "c", "lastChangeDateTime": "2020-01-01T00:00:00Z"],
                "CFItems": .array(["a", "b"].map { ["identifier": .string($0), "uri": .string("https://x/\($0)"), "fullStatement": .string($0)] }),
                "CFAssociations": .array(associations.map { c, p in
                    ["identifier": "x", "associationType": "isChildOf", "originNodeURI": ["identifier": .string(c)],
                     "destinationNodeURI": ["identifier": .string(p)]]
                }),
            ]
        }
        #expect(throws: AwardingError(.unknownParent, "")) { try CASEPackageImporter().importPackage(package([("a", "zzz")])) }
        #expect(throws: AwardingError(.frameworkCycle, "")) { try CASEPackageImporter().importPackage(package([("a", "b"), ("b", "a")])) }
        #expect(throws: AwardingError(.invalidCASEPackage, "")) { try CASEPackageImporter().importPackage(package([("q", "a")])) }
        #expect((try? CASEPackageImporter().importPackage(package([("a", "doc"), ("b", "a")])))?.ancestors(of: "b").map(\.id) == ["a"])
    }

    @Test(arguments: ["{", "[]", #"{"CFItems":[]}"#, #"{"CFDocument":{"identifier":"d","title":"t"},"CFItems":[{"identifier":"a"}]}"#])
    func malformedPackagesAreAClearError(text: String) {
        #expect(throws: AwardingError(.invalidCASEPackage, "")) { try CASEPackageImporter().importPackage(text: text) }
    }
}
