import BrevetAwarding
import BrevetJSON
import BrevetTestSupport
import Foundation
import Testing

/// Issue 4's bad input through the real server: each refusal is a clear error, and nothing of the
/// refused request is stored.
@Suite(.serialized) struct AwardingBadInputTests {
    let data = temporaryDirectory("awarding-bad")
    typealias Session = AwardingEndToEndTests.Session

    func start() async throws -> (ServerProcess, Session, String) {
        let r = try BrevetProcess.run(["apikey", "create", "--data", data, "--json"])
        try #require(r.status == 0, "apikey create failed: \(r.stderr)")
        let key = try #require(try JSONValue(parsing: r.stdout)["key"]?.stringValue)
        let server = try await ServerProcess(data: data)
        let api = Session(base: server.base, key: key)
        let (s, issuer) = try await api.post("/api/issuers", ["name": "Strict Academy"])
        try #require(s == 201, "\(issuer)")
        return (server, api, try #require(issuer["id"]?.stringValue))
    }

    func message(_ body: JSONValue) -> String { body["error"]?["message"]?.stringValue ?? "\(body)" }

    @Test func refusalsAreClearAndWriteNothing() async throws {
        let (server, api, issuerID) = try await start()
        defer { server.stop() }

        // A framework file with duplicate ids: refused with the line, no framework stored.
        let duplicate = "id,code,name,description,parent\nops,OPS,Operations,,\nobserve,OPS.1,Observability,,ops\nobserve,OPS.2,Alerting,,ops\n"
        let (s1, e1) = try await api.post("/api/frameworks", ["id": "dup", "title": "Duplicates", "csv": .string(duplicate)])
        #expect(s1 == 422)
        #expect(message(e1).contains("observe") && message(e1).contains("line 4"), "\(e1)")
        let (_, frameworks) = try await api.get("/api/frameworks")
        #expect(frameworks.arrayValue?.isEmpty == true)

        // A rubric whose levels cannot reach its pass mark: refused, no achievement stored.
        let (s2, e2) = try await api.post("/api/designs", ["issuer": .string(issuerID),
                                                            "design": try unreachableRubric()])
        #expect(s2 == 422)
        #expect(message(e2).lowercased().contains("pass mark") || message(e2).contains("unreachable"), "\(e2)")
        let (_, achievements) = try await api.get("/api/achievements")
        #expect(achievements.arrayValue?.isEmpty == true)

        // A pathway with a cycle: A's pathway needs B, B's pathway needs A.
        let (_, a) = try await api.post("/api/designs", ["issuer": .string(issuerID), "design": try DesignFixtures.micro("Alpha", retake: try RetakePolicy(maxAttempts: 3, waitingPeriod: .days(14)))])
        let (_, b) = try await api.post("/api/designs", ["issuer": .string(issuerID), "design": try DesignFixtures.micro("Beta")])
        let aID = try #require(a["id"]?.stringValue), bID = try #require(b["id"]?.stringValue)
        func pathway(awards: String, needs: String) -> JSONValue {
            ["awards": .string(awards), "root": ["id": "all", "type": "allOf", "steps": [["id": "one", "type": "achievement", "achievement": .string(needs)]]]]
        }
        let (s3, p1) = try await api.post("/api/pathways", pathway(awards: aID, needs: bID))
        #expect(s3 == 201, "\(p1)")
        let (s4, e4) = try await api.post("/api/pathways", pathway(awards: bID, needs: aID))
        #expect(s4 == 422)
        #expect(message(e4).lowercased().contains("cycle"), "\(e4)")
        let (_, pathways) = try await api.get("/api/pathways")
        #expect(pathways.arrayValue?.count == 1, "the refused pathway is not stored")

        // Evidence over the size limit: 413 naming the file and the limit; the file is not stored.
        let big = [UInt8](repeating: 0x41, count: EvidenceServiceLimit.bytes + 1)
        let (s5, e5) = try await api.post("/api/achievements/\(AwardingEndToEndTests.local(aID))/submissions", [
            "learner": "ada@example.org",
            "files": [["name": "huge.bin", "mediaType": "application/octet-stream", "content": .string(Data(big).base64EncodedString())]],
        ])
        #expect(s5 == 413)
        #expect(message(e5).contains("huge.bin") && message(e5).contains("limit"), "\(e5)")

        // A retake inside the waiting period: a fail, then a second decision at once is refused.
        let (_, submission) = try await api.post("/api/achievements/\(AwardingEndToEndTests.local(aID))/submissions",
                                                 ["learner": "sam@example.org", "text": "A first attempt."])
        let submissionPath = "/api/submissions/\(AwardingEndToEndTests.local(try #require(submission["id"]?.stringValue)))/decisions"
        let (s6, failed) = try await api.post(submissionPath, ["assessor": "assessor:grace", "rationale": "No review of causes.",
                                                               "rubric": ["plan": "proficient", "deliver": "developing"]])
        #expect(s6 == 201 && failed["passed"]?.boolValue == false && failed["credential"] == nil, "\(failed)")
        #expect(failed["missing"]?.arrayValue?.isEmpty == false, "a fail tells the learner what was missing: \(failed)")
        let (s7, e7) = try await api.post(submissionPath, ["assessor": "assessor:grace", "rationale": "Second look.",
                                                           "rubric": ["plan": "proficient", "deliver": "proficient"]])
        #expect(s7 == 409)
        #expect(message(e7).lowercased().contains("retake") || message(e7).lowercased().contains("wait"), "\(e7)")
        let (_, decisions) = try await api.get("/api/decisions?learner=sam@example.org")
        #expect(decisions.arrayValue?.count == 1, "the refused retake is not recorded")
        let (_, credentials) = try await api.get("/api/credentials")
        #expect(credentials.arrayValue?.isEmpty == true, "nothing was issued")

        // Another organization reaches none of it.
        let r = try BrevetProcess.run(["apikey", "create", "--data", data, "--org", "rival", "--json"])
        let rival = Session(base: api.base, key: try #require(try JSONValue(parsing: r.stdout)["key"]?.stringValue))
        let (r1, e1r) = try await rival.post(submissionPath, ["assessor": "assessor:mallory", "rationale": "Pass.",
                                                              "rubric": ["plan": "exemplary", "deliver": "exemplary"]])
        #expect(r1 == 404, "\(e1r)")
        let (r2, _) = try await rival.get("/api/pathways/\(AwardingEndToEndTests.local(try #require(p1["id"]?.stringValue)))/progress?learner=sam@example.org")
        #expect(r2 == 404)
        let (r3, e3r) = try await rival.put("/api/achievements/\(AwardingEndToEndTests.local(aID))/design", ["design": try DesignFixtures.micro("Hijacked")])
        #expect(r3 == 404, "\(e3r)")
        let (_, rivalDecisions) = try await rival.get("/api/decisions")
        #expect(rivalDecisions.arrayValue?.isEmpty == true)
    }

    func unreachableRubric() throws -> JSONValue {
        var design = try DesignFixtures.micro("Unreachable").objectValue!
        var ext = design["brevetDesign"]!.objectValue!
        var rubric = ext["rubric"]!.objectValue!
        rubric["minimumTotal"] = 99
        ext["rubric"] = .object(rubric)
        design["brevetDesign"] = .object(ext)
        return .object(design)
    }
}

/// The server's evidence file limit (the default of EvidenceService).
enum EvidenceServiceLimit {
    static let bytes = 10 << 20
}
