import BrevetJSON
import BrevetTestSupport
import Foundation
import Testing

/// The walking skeleton end to end: a real `brevet serve` on a free port with a fresh data directory,
/// issuing through the API, and two independent verifiers (Brevet's and the Python peer) agreeing
/// on valid, revoked, suspended and reinstated.
@Suite(.serialized) struct ServerEndToEndTests {
    let data = temporaryDirectory("e2e")

    func apiKey() throws -> String {
        let r = try BrevetProcess.run(["apikey", "create", "--data", data, "--json"])
        try #require(r.status == 0, "apikey create failed: \(r.stderr)")
        return try #require(try JSONValue(parsing: r.stdout)["key"]?.stringValue)
    }

    func json(_ data: Data) throws -> JSONValue { try JSONValue(parsing: Array(data)) }

    func write(_ text: String, _ name: String) -> String {
        let path = data + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    /// Fetches every status list a credential points to, for the offline peer.
    func statusListArguments(_ credential: JSONValue) async throws -> [String] {
        var args: [String] = []
        for (i, entry) in (credential["credentialStatus"]?.asArray ?? []).enumerated() {
            let url = try #require(entry["statusListCredential"]?.stringValue)
            let (status, body) = try await HTTP.get(url)
            #expect(status == 200)
            args += ["--status-list", "\(url)=\(write(String(decoding: body, as: UTF8.self), "list\(i).json"))"]
        }
        return args
    }

    @Test func issueVerifyRevokeSuspendUnsuspend() async throws {
        let key = try apiKey()
        let server = try await ServerProcess(data: data)
        defer { server.stop() }
        let base = server.base

        let (s1, issuerBody) = try await HTTP.post(base + "/api/issuers", json: #"{"name":"Example Academy","url":"https://academy.example.org","email":"badges@academy.example.org","description":"Short courses"}"#, key: key)
        try #require(s1 == 201, "create issuer: \(String(decoding: issuerBody, as: UTF8.self))")
        let issuerID = try #require(try json(issuerBody)["id"]?.stringValue)
        #expect(issuerID.hasPrefix("did:key:z6Mk"), "without a base URL the issuer is a did:key")
        #expect(!String(decoding: issuerBody, as: UTF8.self).contains("secretKey"), "no private key in responses")

        let (s2, achievementBody) = try await HTTP.post(base + "/api/achievements", json: """
            {"issuer":"\(issuerID)","name":"Data Literacy","achievementType":"MicroCredential","criteria":"Cleans, summarises and charts a real data set.","tags":["data"],"validityDays":365}
            """, key: key)
        try #require(s2 == 201, "create achievement: \(String(decoding: achievementBody, as: UTF8.self))")
        let achievementID = try #require(try json(achievementBody)["id"]?.stringValue)

        func issue(_ recipient: String) async throws -> (JSONValue, String) {
            let (status, body) = try await HTTP.post(base + "/api/credentials", json: """
                {"achievement":"\(achievementID)","recipient":"\(recipient)","recipientName":"Ada Lovelace","evidence":[{"id":"https://portfolio.example.org/ada/project","name":"Capstone project"}]}
                """, key: key)
            try #require(status == 201, "issue: \(String(decoding: body, as: UTF8.self))")
            return (try json(body), String(decoding: body, as: UTF8.self))
        }

        // Issue, and check both verifiers accept it.
        let (credential, text) = try await issue("ada@example.org")
        let credentialID = try #require(credential["id"]?.stringValue)
        #expect(credentialID.hasPrefix(base + "/credentials/"))
        let (fetchedStatus, fetched) = try await HTTP.get(credentialID)
        #expect(fetchedStatus == 200)
        #expect(try json(fetched) == credential, "the credential resolves at its id")
        #expect(credential["validUntil"] != nil, "validUntil comes from the achievement's validity period")
        #expect(credential["credentialStatus"]?.arrayValue?.count == 2)
        let file = write(text, "credential.json")

        var brevet = try BrevetProcess.run(["verify", file, "--data", data])
        #expect(brevet.status == 0, "brevet verify: \(brevet.stdout) \(brevet.stderr)")
        var peer = try Peers.verify(try await statusListArguments(credential) + [file])
        #expect(peer.status == 0, "peer verify: \(peer.stdout) \(peer.stderr)")

        // The same verdict over HTTP.
        let (vs, verdictBody) = try await HTTP.request("POST", base + "/api/verify", body: Data(text.utf8))
        #expect(vs == 200)
        #expect(try json(verdictBody)["status"]?.stringValue == "valid")

        // Revoke: both verifiers now say revoked.
        let local = String(credentialID.split(separator: "/").last!)
        let (rs, revokeBody) = try await HTTP.post(base + "/api/credentials/\(local)/revoke", json: #"{"reason":"issued in error"}"#, key: key)
        #expect(rs == 200, "revoke: \(String(decoding: revokeBody, as: UTF8.self))")
        brevet = try BrevetProcess.run(["verify", file, "--data", data])
        #expect(brevet.status == 1)
        #expect(brevet.stdout.contains("revoked"), "\(brevet.stdout)")
        peer = try Peers.verify(try await statusListArguments(credential) + [file])
        #expect(peer.status == 1)
        #expect((peer.stdout + peer.stderr).contains("revocation"), "\(peer.stdout) \(peer.stderr)")

        // Suspend another, then lift the suspension.
        let (second, secondText) = try await issue("did:example:learner-42")
        let secondFile = write(secondText, "second.json")
        let secondLocal = String(try #require(second["id"]?.stringValue).split(separator: "/").last!)
        #expect(try await HTTP.post(base + "/api/credentials/\(secondLocal)/suspend", json: "{}", key: key).0 == 200)
        brevet = try BrevetProcess.run(["verify", secondFile, "--data", data])
        #expect(brevet.status == 1)
        #expect(brevet.stdout.contains("suspended"), "\(brevet.stdout)")
        peer = try Peers.verify(try await statusListArguments(second) + [secondFile])
        #expect(peer.status == 1)
        #expect((peer.stdout + peer.stderr).contains("suspension"))

        #expect(try await HTTP.post(base + "/api/credentials/\(secondLocal)/unsuspend", json: "{}", key: key).0 == 200)
        brevet = try BrevetProcess.run(["verify", secondFile, "--data", data])
        #expect(brevet.status == 0, "\(brevet.stdout)")
        peer = try Peers.verify(try await statusListArguments(second) + [secondFile])
        #expect(peer.status == 0, "\(peer.stdout) \(peer.stderr)")

        // A change made by the CLI is seen by the running server at once.
        let cli = try BrevetProcess.run(["revoke", "--data", data, try #require(second["id"]?.stringValue)])
        #expect(cli.status == 0, "\(cli.stderr)")
        let (_, afterCLI) = try await HTTP.request("POST", base + "/api/verify", body: Data(secondText.utf8))
        #expect(try json(afterCLI)["status"]?.stringValue == "not valid")
    }

    /// The OB 3.0 JSON Schema, run by Python's jsonschema. The one known disagreement is reported
    /// by name: the schema allows a single `credentialStatus` object, while the credential carries
    /// two entries (revocation and suspension), which VC 2.0 §4.10 permits.
    @Test func issuedCredentialValidatesAgainstTheOpenBadgesSchema() async throws {
        let key = try apiKey()
        let server = try await ServerProcess(data: data)
        defer { server.stop() }
        let (_, issuerBody) = try await HTTP.post(server.base + "/api/issuers", json: #"{"name":"Schema Org","url":"https://schema.example.org"}"#, key: key)
        let issuerID = try #require(try json(issuerBody)["id"]?.stringValue)
        let (_, achievementBody) = try await HTTP.post(server.base + "/api/achievements", json: """
            {"issuer":"\(issuerID)","name":"Safety","achievementType":"Certificate","criteria":"Passes the safety exam."}
            """, key: key)
        let achievementID = try #require(try json(achievementBody)["id"]?.stringValue)
        let (_, body) = try await HTTP.post(server.base + "/api/credentials", json: #"{"achievement":"\#(achievementID)","recipient":"sam@example.org"}"#, key: key)
        let file = write(String(decoding: body, as: UTF8.self), "schema.json")
        for schema in ["standards/schemas/ob-v3p0/formal/achievementcredential.json",
                       "standards/schemas/ob-v3p0/purl/ob_v3p0_achievementcredential_schema.json"] {
            let errors = try Peers.schemaErrors(instance: file, schema: SharedData.url(schema).path)
            let unexpected = errors.filter { !$0.hasPrefix("credentialStatus\t") }
            #expect(unexpected.isEmpty, "\(schema): \(unexpected)")
        }
        // Each status entry on its own is a valid CredentialStatus.
        let credential = try JSONValue(parsing: Array(body))
        for entry in credential["credentialStatus"]?.asArray ?? [] {
            var single = credential
            single["credentialStatus"] = entry
            let path = write(JSONWriter().string(single), "single-status.json")
            let errors = try Peers.schemaErrors(instance: path, schema: SharedData.url("standards/schemas/ob-v3p0/formal/achievementcredential.json").path)
            #expect(errors.isEmpty, "\(errors)")
        }
    }
}
