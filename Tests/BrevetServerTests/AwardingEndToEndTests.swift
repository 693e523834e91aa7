import BrevetAwarding
import BrevetJSON
import BrevetTestSupport
import Foundation
import Testing

/// Issue 4 end to end through a real `brevet serve`: a framework is imported, micro-credentials that
/// stack into a certification are designed, evidence is submitted and scored, the micro-credentials
/// are issued with results and evidence, the certification is issued by its pathway with its parts,
/// renewed, and every credential verifies in Brevet and in the Python peer.
@Suite(.serialized) struct AwardingEndToEndTests {
    let data = temporaryDirectory("awarding-e2e")

    struct Session {
        let base: String
        let key: String
        func post(_ path: String, _ body: JSONValue) async throws -> (Int, JSONValue) {
            let (s, d) = try await HTTP.post(base + path, json: JSONWriter().string(body), key: key)
            return (s, (try? JSONValue(parsing: Array(d))) ?? .string(String(decoding: d, as: UTF8.self)))
        }
        func put(_ path: String, _ body: JSONValue) async throws -> (Int, JSONValue) {
            let (s, d) = try await HTTP.put(base + path, json: JSONWriter().string(body), key: key)
            return (s, (try? JSONValue(parsing: Array(d))) ?? .string(String(decoding: d, as: UTF8.self)))
        }
        func get(_ path: String) async throws -> (Int, JSONValue) {
            let (s, d) = try await HTTP.get(base + path, key: key)
            return (s, (try? JSONValue(parsing: Array(d))) ?? .string(String(decoding: d, as: UTF8.self)))
        }
    }

    func start() async throws -> (ServerProcess, Session) {
        #expect(try BrevetProcess.run(["contexts", "sync", "--data", data, "--from", SharedData.url("standards/contexts").path]).status == 0)
        let r = try BrevetProcess.run(["apikey", "create", "--data", data, "--json"])
        try #require(r.status == 0, "apikey create failed: \(r.stderr)")
        let key = try #require(try JSONValue(parsing: r.stdout)["key"]?.stringValue)
        let server = try await ServerProcess(data: data)
        return (server, Session(base: server.base, key: key))
    }

    static func local(_ id: String) -> String { String(id.split(separator: "/").last!) }

    static let csv = """
        id,code,name,description,parent
        ops,OPS,Operations,Running production services,
        observe,OPS.1,Observability,Metrics and alerts,ops
        incident,OPS.2,Incident response,Triage and review,ops
        automate,OPS.3,Automation,Infrastructure as code,ops
        cost,OPS.4,Cost management,Cloud spend,ops
        """

    @Test func frameworkDesignAssessPathwayRenewVerify() async throws {
        let (server, api) = try await start()
        defer { server.stop() }

        let (s0, issuer) = try await api.post("/api/issuers", ["name": "Ops Academy", "url": "https://ops.example.org"])
        try #require(s0 == 201, "\(issuer)")
        let issuerID = try #require(issuer["id"]?.stringValue)

        // 1. Frameworks: CSV and a 1EdTech CASE package.
        let (s1, framework) = try await api.post("/api/frameworks", ["id": "ops", "title": "Operations Skills", "csv": .string(Self.csv)])
        try #require(s1 == 201, "\(framework)")
        #expect(framework["items"]?.arrayValue?.count == 5)
        let casePackage = try JSONValue(parsing: try SharedData.text("standards/case/sample-framework.json"))
        let (s1b, caseFramework) = try await api.post("/api/frameworks", ["package": casePackage])
        #expect(s1b == 201, "\(caseFramework)")
        #expect(caseFramework["items"]?.arrayValue?.count == casePackage["CFItems"]?.arrayValue?.count)

        // 2. Three micro-credentials aligned to framework items, a fourth for continuing education,
        //    and a certification awarded by a pathway over the three.
        var micro: [String] = []
        for (name, item) in [("Observability", "observe"), ("Incident Response", "OPS.2"), ("Automation", "automate"), ("Cost Management", "cost")] {
            let (s, a) = try await api.post("/api/designs", ["issuer": .string(issuerID), "design": try DesignFixtures.micro(name),
                                                               "alignTo": [["framework": "ops", "item": .string(item)]]])
            try #require(s == 201, "\(a)")
            let alignment = try #require(a["alignment"]?.arrayValue?.first)
            #expect(alignment["targetFramework"]?.stringValue == "Operations Skills")
            let targetURL = try #require(alignment["targetUrl"]?.stringValue)
            let (ts, target) = try await HTTP.get(targetURL)
            #expect(ts == 200 && (try? JSONValue(parsing: Array(target)))?["name"] == alignment["targetName"], "the alignment's targetUrl resolves to the item")
            let criterion = try #require(a["resultDescription"]?.arrayValue?.first)
            #expect(criterion["rubricCriterionLevel"]?.arrayValue?.count == 3, "the rubric is published as OB 3.0 RubricCriterionLevels")
            micro.append(try #require(a["id"]?.stringValue))
        }
        let (sc, covering) = try await api.get("/api/frameworks/ops/items/incident/achievements")
        #expect(sc == 200)
        #expect(covering["achievements"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [micro[1]], "which achievements cover a skill")
        let (sw, withNarrower) = try await api.get("/api/frameworks/ops/items/ops/achievements?narrower=true")
        #expect(sw == 200 && withNarrower["achievements"]?.arrayValue?.count == 4)

        let (s2, cert) = try await api.post("/api/designs", [
            "issuer": .string(issuerID),
            "design": try DesignFixtures.certification(
                validFor: .days(30),
                renewal: RenewalPolicy(routes: [.continuingEducation(requiredCredits: 2, acceptedAchievementIds: [micro[3]])], opensBefore: .days(60))),
        ])
        try #require(s2 == 201, "\(cert)")
        let certID = try #require(cert["id"]?.stringValue)
        let (s3, pathway) = try await api.post("/api/pathways", [
            "name": "Operations Specialist", "awards": .string(certID),
            "root": ["id": "all", "type": "allOf", "steps": .array(micro.prefix(3).enumerated().map { i, id in
                ["id": .string("part\(i)"), "type": "achievement", "achievement": .string(id)]
            })],
        ])
        try #require(s3 == 201, "\(pathway)")
        let pathwayID = try #require(pathway["id"]?.stringValue)

        // 3. Evidence submitted and scored; each pass issues the micro-credential, the third the certification.
        let report = Array("# Runbook\nSteps we took.\n".utf8)
        var issued: [String] = []
        var certificationID: String?
        for (i, id) in micro.prefix(3).enumerated() {
            let (s, submission) = try await api.post("/api/achievements/\(Self.local(id))/submissions", [
                "learner": "ada@example.org", "text": "What I did and why.", "links": ["https://git.example.org/ada/work"],
                "files": [["name": "report.md", "mediaType": "text/markdown", "content": .string(Data(report).base64EncodedString())]],
            ])
            try #require(s == 201, "\(submission)")
            let (sd, decision) = try await api.post("/api/submissions/\(Self.local(try #require(submission["id"]?.stringValue)))/decisions", [
                "assessor": "assessor:grace", "rationale": "Meets every criterion of the rubric.",
                "rubric": ["plan": "proficient", "deliver": "exemplary"],
            ])
            try #require(sd == 201, "\(decision)")
            #expect(decision["passed"]?.boolValue == true)
            #expect(decision["assessor"]?.stringValue == "assessor:grace" && decision["rationale"] != nil, "who and why are kept")
            issued.append(try #require(decision["credential"]?.stringValue))
            if i < 2 { #expect(decision["pathwayCredentials"] == nil) } else {
                certificationID = decision["pathwayCredentials"]?.arrayValue?.first?.stringValue
            }
        }
        let certificationCredentialID = try #require(certificationID, "the third pass completes the pathway")

        // The micro-credential carries rubric results and the evidence (the file resolves, byte for byte).
        let (_, microBody) = try await HTTP.get(issued[0])
        let microCredential = try JSONValue(parsing: Array(microBody))
        let results = microCredential["credentialSubject"]?["result"]?.arrayValue ?? []
        #expect(results.contains { $0["achievedLevel"]?.stringValue?.hasSuffix("#exemplary") == true }, "\(results)")
        #expect(results.contains { $0["value"]?.stringValue == "5" }, "the rubric total is a result")
        #expect(microCredential["brevetAward"]?["achievementVersion"]?.numberValue?.intValue == 1)
        let evidence = microCredential["evidence"]?.arrayValue ?? []
        let fileURL = try #require(evidence.compactMap { $0["id"]?.stringValue }.first { $0.contains("/evidence/") })
        let (fs, fileBytes) = try await HTTP.get(fileURL)
        #expect(fs == 200 && Array(fileBytes) == report)
        #expect(evidence.contains { $0["narrative"]?.stringValue == "What I did and why." })

        // The certification lists its parts by id and digest; Brevet fetches and checks each.
        let (_, certBody) = try await HTTP.get(certificationCredentialID)
        let certification = try JSONValue(parsing: Array(certBody))
        let parts = certification["relatedResource"]?.arrayValue ?? []
        #expect(Set(parts.compactMap { $0["id"]?.stringValue }) == Set(issued))
        #expect(parts.allSatisfy { $0["digestSRI"]?.stringValue?.hasPrefix("sha384-") == true })
        let certVerdict = try await verify(certBody, api)
        #expect(certVerdict["valid"]?.boolValue == true, "\(certVerdict)")
        let partChecks = (certVerdict["checks"]?.arrayValue ?? []).filter { $0["check"]?.stringValue == "Parts" }
        #expect(partChecks.count == 3 && partChecks.allSatisfy { $0["outcome"]?.stringValue == "passed" }, "\(partChecks)")

        let (sp, progress) = try await api.get("/api/pathways/\(Self.local(pathwayID))/progress?learner=ada@example.org")
        #expect(sp == 200 && progress["complete"]?.boolValue == true, "\(progress)")

        // 4. Renewal by continuing education: a credential for the accepted achievement, then renew.
        let (_, ceDecision) = try await api.post("/api/achievements/\(Self.local(micro[3]))/decisions", [
            "learner": "ada@example.org", "assessor": "assessor:grace", "rationale": "Cost review of the staging account.",
            "rubric": ["plan": "proficient", "deliver": "proficient"],
        ])
        let ceCredential = try #require(ceDecision["credential"]?.stringValue, "\(ceDecision)")
        let (se, eligibility) = try await api.get("/api/credentials/\(Self.local(certificationCredentialID))/renewal")
        #expect(se == 200 && eligibility["eligible"]?.boolValue == true, "\(eligibility)")
        let (sr, renewed) = try await api.post("/api/credentials/\(Self.local(certificationCredentialID))/renew", [:])
        try #require(sr == 201, "\(renewed)")
        let renewedID = try #require(renewed["id"]?.stringValue)
        #expect(renewed["brevetAward"]?["replaces"]?.stringValue == certificationCredentialID)
        let oldVerdict = try await verify(certBody, api)
        let oldMessages = (oldVerdict["checks"]?.arrayValue ?? []).compactMap { $0["message"]?.stringValue }
        #expect(oldVerdict["valid"]?.boolValue == true, "superseded is not revoked")
        #expect(oldMessages.contains { $0.contains("superseded by \(renewedID)") }, "\(oldMessages)")
        let (_, renewedBody) = try await HTTP.get(renewedID)
        let renewedVerdict = try await verify(renewedBody, api)
        #expect((renewedVerdict["checks"]?.arrayValue ?? []).contains { $0["message"]?.stringValue?.contains("renews \(certificationCredentialID)") == true })
        let (sx, expiring) = try await api.get("/api/credentials/expiring?within=90")
        #expect(sx == 200 && expiring.arrayValue?.contains { $0["id"]?.stringValue == renewedID } == true, "\(expiring)")
        #expect(expiring.arrayValue?.contains { $0["id"]?.stringValue == certificationCredentialID } == false, "superseded ones are not listed")

        // 5. A catalog-only edit changes the achievement in place; a rubric change makes a new version,
        //    and the old credential says a newer version exists.
        var catalogEdit = try DesignFixtures.micro("Observability").objectValue!
        catalogEdit["description"] = "Demonstrates observability on real production work."
        let (si, inPlace) = try await api.put("/api/achievements/\(Self.local(micro[0]))/design", ["design": .object(catalogEdit)])
        #expect(si == 200 && inPlace["outcome"]?.stringValue == "edited", "\(inPlace)")
        #expect(inPlace["achievement"]?["id"]?.stringValue == micro[0] && inPlace["achievement"]?["version"]?.stringValue == "1")
        let (sv, revision) = try await api.put("/api/achievements/\(Self.local(micro[0]))/design",
                                               ["design": try DesignFixtures.micro("Observability", minimumTotal: 5)])
        #expect(sv == 201 && revision["outcome"]?.stringValue == "newVersion", "\(revision)")
        let (_, versions) = try await api.get("/api/achievements/\(Self.local(micro[0]))/versions")
        #expect(versions.arrayValue?.compactMap { $0["version"]?.numberValue?.intValue } == [1, 2])
        let microVerdict = try await verify(microBody, api)
        let versionCheck = (microVerdict["checks"]?.arrayValue ?? []).first { $0["check"]?.stringValue == "Achievement version" }
        #expect(versionCheck?["message"]?.stringValue?.contains("newer version 2") == true, "\(microVerdict)")

        // 6. Every credential verifies in Brevet (CLI) and in the Python peer.
        for id in issued + [certificationCredentialID, ceCredential, renewedID] {
            let (_, body) = try await HTTP.get(id)
            let file = data + "/" + Self.local(id) + ".json"
            FileManager.default.createFile(atPath: file, contents: body)
            let brevet = try BrevetProcess.run(["verify", file, "--data", data])
            #expect(brevet.status == 0, "brevet verify \(id): \(brevet.stdout) \(brevet.stderr)")
            let credential = try JSONValue(parsing: Array(body))
            var args: [String] = []
            for (i, entry) in (credential["credentialStatus"]?.asArray ?? []).enumerated() {
                let url = try #require(entry["statusListCredential"]?.stringValue)
                let (_, list) = try await HTTP.get(url)
                let path = data + "/\(Self.local(id))-list\(i).json"
                FileManager.default.createFile(atPath: path, contents: list)
                args += ["--status-list", "\(url)=\(path)"]
            }
            let peer = try Peers.verify(args + [file])
            #expect(peer.status == 0, "peer verify \(id): \(peer.stdout) \(peer.stderr)")
        }
    }

    func verify(_ body: Data, _ api: Session) async throws -> JSONValue {
        let (status, verdict) = try await HTTP.request("POST", api.base + "/api/verify", body: body, headers: ["Content-Type": "application/json"])
        #expect(status == 200)
        return try JSONValue(parsing: Array(verdict))
    }

    /// A pathway step satisfied by another issuer's credential: it counts only after Brevet verified
    /// it and checked that it was issued to the learner; then the pathway credential is issued.
    @Test func externalCredentialCountsAfterVerification() async throws {
        guard let python = Peers.python else { throw Peers.MissingPython() }
        let (server, api) = try await start()
        defer { server.stop() }
        let learner = "did:example:learner-0001"

        // Another issuer (the Python peer) signs a credential for the learner, without a status list.
        let signer = SharedData.url("peers/sign_peer.py").path
        let keyFile = data + "/peer-key.json", unsigned = data + "/peer-unsigned.json", signed = data + "/peer-signed.json"
        #expect(try ProcessRunner.run(executable: python, [signer, "keygen", keyFile]).status == 0)
        var sample = try SharedData.json("peers/samples/ob3-unsigned.json").objectValue!
        _ = sample.removeValue(forKey: "credentialStatus")
        FileManager.default.createFile(atPath: unsigned, contents: Data(JSONWriter().string(.object(sample)).utf8))
        let sign = try ProcessRunner.run(executable: python, [signer, "sign", "--key", keyFile, "--suite", "eddsa-rdfc-2022", "--set-issuer", unsigned, signed])
        try #require(sign.status == 0, "sign_peer: \(sign.stderr)")
        let peerCredential = try JSONValue(parsing: try String(contentsOfFile: signed, encoding: .utf8))
        let peerIssuer = try #require(peerCredential["issuer"]?["id"]?.stringValue ?? peerCredential["issuer"]?.stringValue)
        let peerAchievement = try #require(peerCredential["credentialSubject"]?["achievement"]?["id"]?.stringValue)

        let (_, issuer) = try await api.post("/api/issuers", ["name": "Review Guild"])
        let issuerID = try #require(issuer["id"]?.stringValue)
        let (_, own) = try await api.post("/api/designs", ["issuer": .string(issuerID), "design": try DesignFixtures.micro("Code Review")])
        let ownID = try #require(own["id"]?.stringValue)
        let (_, lead) = try await api.post("/api/designs", ["issuer": .string(issuerID),
                                                             "design": try DesignFixtures.certification(validFor: .years(3), renewal: nil)])
        let leadID = try #require(lead["id"]?.stringValue)
        let (sp, pathway) = try await api.post("/api/pathways", [
            "awards": .string(leadID),
            "root": ["id": "both", "type": "allOf", "steps": [
                ["id": "ours", "type": "achievement", "achievement": .string(ownID)],
                ["id": "theirs", "type": "external", "issuers": [.string(peerIssuer)], "achievement": .string(peerAchievement)],
            ]],
        ])
        try #require(sp == 201, "\(pathway)")
        let progressPath = "/api/pathways/\(Self.local(try #require(pathway["id"]?.stringValue)))/progress?learner=\(learner)"

        let (sd, decision) = try await api.post("/api/achievements/\(Self.local(ownID))/decisions", [
            "learner": .string(learner), "assessor": "assessor:lin", "rationale": "Reviewed twelve pull requests well.",
            "rubric": ["plan": "proficient", "deliver": "proficient"],
        ])
        #expect(sd == 201 && decision["pathwayCredentials"] == nil, "\(decision)")
        let (_, before) = try await api.get(progressPath)
        #expect(before["complete"]?.boolValue == false)
        #expect(before["missing"]?.arrayValue?.contains { $0["step"]?.stringValue == "theirs" } == true, "\(before)")
        #expect(before["nextStep"]?["step"]?.stringValue == "theirs", "\(before)")

        // A tampered copy does not count; nor does the genuine one presented for someone else.
        var tampered = peerCredential.objectValue!
        tampered["name"] = "Forged Reviewer"
        let (st, refusedTampered) = try await api.post("/api/learners/external-credentials", ["learner": .string(learner), "credential": .object(tampered)])
        #expect(st == 422 && (refusedTampered["error"]?["message"]?.stringValue ?? "").contains("could not verify"), "\(refusedTampered)")
        let (so, refusedOther) = try await api.post("/api/learners/external-credentials", ["learner": "did:example:someone-else", "credential": peerCredential])
        #expect(so == 422 && (refusedOther["error"]?["message"]?.stringValue ?? "").contains("not issued to"), "\(refusedOther)")

        let (se, accepted) = try await api.post("/api/learners/external-credentials", ["learner": .string(learner), "credential": peerCredential])
        #expect(se == 201, "\(accepted)")
        let issued = try #require(accepted["pathwayCredentials"]?.arrayValue?.first?.stringValue, "the external credential completes the pathway: \(accepted)")
        let (_, body) = try await HTTP.get(issued)
        let credential = try JSONValue(parsing: Array(body))
        let parts = credential["relatedResource"]?.arrayValue ?? []
        #expect(parts.contains { $0["id"]?.stringValue == peerCredential["id"]?.stringValue }, "the other issuer's credential is listed as a part")
        let (_, after) = try await api.get(progressPath)
        #expect(after["complete"]?.boolValue == true)
        let verdict = try await verify(body, api)
        #expect(verdict["valid"]?.boolValue == true, "\(verdict)")
        let partChecks = (verdict["checks"]?.arrayValue ?? []).filter { $0["check"]?.stringValue == "Parts" }.compactMap { $0["outcome"]?.stringValue }
        #expect(partChecks.sorted() == ["passed", "warning"], "our part is checked; the other issuer's urn: part cannot be fetched: \(partChecks)")
    }

    /// Pathways chain into career ladders: one pass can complete a certification whose credential
    /// completes the next rung; both are issued in the same decision, the second listing the first.
    @Test func careerLadderChains() async throws {
        let (server, api) = try await start()
        defer { server.stop() }
        let (_, issuer) = try await api.post("/api/issuers", ["name": "Ladder Institute"])
        let issuerID = try #require(issuer["id"]?.stringValue)
        func define(_ design: JSONValue) async throws -> String {
            let (s, a) = try await api.post("/api/designs", ["issuer": .string(issuerID), "design": design])
            try #require(s == 201, "\(a)")
            return try #require(a["id"]?.stringValue)
        }
        let basics = try await define(try DesignFixtures.micro("Basics"))
        let mentoring = try await define(try DesignFixtures.micro("Mentoring"))
        let specialist = try await define(try DesignFixtures.certification(validFor: .years(3), renewal: nil))
        let lead = try await define(try DesignFixtures.certification(validFor: .years(3), renewal: nil))
        func pathway(_ awards: String, _ needs: [String]) async throws {
            let (s, p) = try await api.post("/api/pathways", [
                "awards": .string(awards),
                "root": ["id": "all", "type": "allOf", "steps": .array(needs.enumerated().map { i, a in
                    ["id": .string("s\(i)"), "type": "achievement", "achievement": .string(a)]
                })],
            ])
            try #require(s == 201, "\(p)")
        }
        try await pathway(specialist, [basics])
        try await pathway(lead, [specialist, mentoring])
        func pass(_ achievement: String) async throws -> JSONValue {
            let (s, d) = try await api.post("/api/achievements/\(Self.local(achievement))/decisions", [
                "learner": "kim@example.org", "assessor": "assessor:ola", "rationale": "Meets the rubric.",
                "rubric": ["plan": "proficient", "deliver": "proficient"],
            ])
            try #require(s == 201, "\(d)")
            return d
        }
        #expect(try await pass(mentoring)["pathwayCredentials"] == nil)
        let ladder = try await pass(basics)["pathwayCredentials"]?.arrayValue?.compactMap(\.stringValue) ?? []
        try #require(ladder.count == 2, "the specialist and the lead credentials: \(ladder)")
        let (_, leadBody) = try await HTTP.get(ladder[1])
        let leadCredential = try JSONValue(parsing: Array(leadBody))
        #expect(leadCredential["credentialSubject"]?["achievement"]?["id"]?.stringValue == lead)
        #expect(leadCredential["relatedResource"]?.arrayValue?.contains { $0["id"]?.stringValue == ladder[0] } == true,
                "the lead credential lists the specialist credential as a part")
        let verdict = try await verify(leadBody, api)
        #expect(verdict["valid"]?.boolValue == true, "\(verdict)")
    }
}
