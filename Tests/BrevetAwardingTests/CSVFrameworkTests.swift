import BrevetAwarding
import Testing

@Suite struct CSVFrameworkTests {
    let importer = CSVFrameworkImporter(baseURI: "https://skills.example/ops/")

    func load(_ rows: String...) throws -> SkillsFramework {
        try importer.importFramework(csv: rows.joined(separator: "\r\n"), id: "ops", title: "Ops skills")
    }

    @Test func importsAHierarchyInAnyOrder() throws {
        let f = try load(
            "id,code,name,description,parent",
            "tls,SEC.TLS,Transport security,,sec",
            "sec,SEC,Security,Keeping systems safe,",
            "net,NET,Networking,,")
        #expect(f.items.count == 3)
        #expect(f.roots.map(\.id) == ["sec", "net"])
        #expect(f.children(of: "sec").map(\.id) == ["tls"])
        #expect(f.ancestors(of: "tls").map(\.id) == ["sec"])
        #expect(f.item("tls")?.uri == "https://skills.example/ops/tls")
        #expect(f.item("sec")?.description == "Keeping systems safe")
        #expect(f.item("tls")?.description == nil)
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let f = try load(
            "id,code,name,description,parent",
            "a,A,\"Plan, build and run\",\"Says \"\"hello\"\"\nover two lines\",",
            "b,B,Étude 𝑑,,a")
        #expect(f.item("a")?.name == "Plan, build and run")
        #expect(f.item("a")?.description == "Says \"hello\"\nover two lines")
        #expect(f.item("b")?.name == "Étude 𝑑")
        #expect(f.item("b")?.uri == "https://skills.example/ops/b")
    }

    @Test func lfLineEndsATrailingNewlineAndABOMAreAccepted() throws {
        let f = try importer.importFramework(csv: "\u{FEFF}ID, Code ,name,description,parent\na,,A,,\n", id: "x", title: "X")
        #expect(f.items.map(\.id) == ["a"])
    }

    @Test func duplicateIdsNameBothLines() throws {
        do {
            _ = try load("id,code,name,description,parent", "a,,A,,", "b,,B,,", "a,,Again,,")
            Issue.record("expected an error")
        } catch let e as AwardingError {
            #expect(e.code == .duplicateFrameworkItem)
            #expect(e.line == 4)
            #expect(e.reason.contains("line 2"))
        }
    }

    @Test func linesCountInsideQuotedLineBreaks() throws {
        do {
            _ = try load("id,code,name,description,parent", "a,,A,\"one\ntwo\",", "a,,B,,")
            Issue.record("expected an error")
        } catch let e as AwardingError {
            #expect(e.code == .duplicateFrameworkItem)
            #expect(e.line == 4)
        }
    }

    @Test func unknownParentNamesTheLine() throws {
        do {
            _ = try load("id,code,name,description,parent", "a,,A,,", "b,,B,,zzz")
            Issue.record("expected an error")
        } catch let e as AwardingError {
            #expect(e.code == .unknownParent)
            #expect(e.line == 3)
        }
    }

    @Test func parentCyclesAreRejected() throws {
        do {
            _ = try load("id,code,name,description,parent", "root,,Root,,", "a,,A,,c", "b,,B,,a", "c,,C,,b")
            Issue.record("expected an error")
        } catch let e as AwardingError {
            #expect(e.code == .frameworkCycle)
            #expect(e.line == 3)
            #expect(e.reason.contains("a → c → b → a"))
        }
        #expect(throws: AwardingError(.frameworkCycle, "")) { try load("id,code,name,description,parent", "a,,A,,a") }
    }

    @Test(arguments: [
        ("id,code,name,description,parent\na,,A,\"open,\n", 2),
        ("id,code,name,description,parent\na,,A\"x\",,\n", 2),
        ("id,code,name,description,parent\na,,\"A\"x,,\n", 2),
        ("id,code,name,description,parent\na,,A,\n", 2),
        ("id,code,name,description,parent\n,,A,,\n", 2),
        ("id,code,name,description,parent\na,,,,\n", 2),
        ("id,name,code,description,parent\na,A,,,\n", 1),
        ("", 1),
    ])
    func malformedCSVIsAClearErrorNamingTheLine(csv: String, line: Int) throws {
        do {
            _ = try importer.importFramework(csv: csv, id: "x", title: "X")
            Issue.record("expected an error")
        } catch let e as AwardingError {
            #expect(e.code == .invalidCSV)
            #expect(e.line == line)
        }
    }

    @Test func alignmentToAnItemNamesTheFramework() throws {
        let f = try load("id,code,name,description,parent", "tls,SEC.TLS,Transport security,,")
        let a = f.alignment(to: try #require(f.item("tls")))
        #expect(a.targetFramework == "Ops skills")
        #expect(a.targetCode == "SEC.TLS")
        #expect(a.targetUrl == "https://skills.example/ops/tls")
        #expect(f.item(matching: a)?.id == "tls")
    }
}
