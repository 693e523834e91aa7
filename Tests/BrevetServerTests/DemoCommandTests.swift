import BrevetJSON
import BrevetTestSupport
import Foundation
import Testing

/// `brevet demo` builds a populated organization through the real services; the server then shows
/// it: the catalog, the design advisor and a certification's page with its parts, in headless Chromium.
@Suite(.serialized) struct DemoCommandTests {
    @Test func demoBuildsAPopulatedBrevetAndItsPagesWork() async throws {
        let data = temporaryDirectory("demo")
        let port = freePort()
        let base = "http://127.0.0.1:\(port)"
        #expect(try BrevetProcess.run(["contexts", "sync", "--data", data, "--from", SharedData.url("standards/contexts").path]).status == 0)
        let run = try BrevetProcess.run(["demo", "--data", data, "--base-url", base])
        try #require(run.status == 0, "brevet demo failed: \(run.stderr)")
        let summary = try JSONValue(parsing: run.stdout)

        let types = summary["achievements"]?.arrayValue?.compactMap { $0["type"]?.stringValue } ?? []
        #expect(types.filter { $0 == "MicroCredential" }.count == 3 && types.contains("Certification"), "\(types)")
        let credentials = summary["credentials"]?.arrayValue ?? []
        let states = credentials.compactMap { $0["state"]?.stringValue }
        #expect(states.contains("superseded") && states.contains("revoked") && states.filter { $0 == "active" }.count >= 4, "\(states)")
        let certificationID = try #require(credentials.first { ($0["note"]?.stringValue ?? "").contains("pathway") }?["id"]?.stringValue)
        let renewedID = try #require(credentials.first { ($0["note"]?.stringValue ?? "").contains("renewal") }?["id"]?.stringValue)
        let revokedID = try #require(credentials.first { $0["state"]?.stringValue == "revoked" }?["id"]?.stringValue)
        #expect(credentials.first { $0["state"]?.stringValue == "superseded" }?["supersededBy"]?.stringValue == renewedID)

        // Running it again on the same data directory is refused, not duplicated.
        let again = try BrevetProcess.run(["demo", "--data", data, "--base-url", base])
        #expect(again.status != 0 && again.stderr.contains("already"), "\(again.stderr)")

        let server = try await ServerProcess(data: data, port: port)
        defer { server.stop() }
        func verdict(_ id: String) async throws -> JSONValue {
            let (_, body) = try await HTTP.get(id)
            let (_, v) = try await HTTP.request("POST", base + "/api/verify", body: body, headers: ["Content-Type": "application/json"])
            return try JSONValue(parsing: Array(v))
        }
        #expect(try await verdict(renewedID)["valid"]?.boolValue == true)
        #expect(try await verdict(certificationID)["valid"]?.boolValue == true)
        let revoked = try await verdict(revokedID)
        #expect(revoked["status"]?.stringValue == "not valid", "\(revoked)")
        #expect(JSONWriter().string(revoked).contains("copied from another team"), "the revocation reason is shown")

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") else {
            Issue.record("Chromium is not installed: ./scripts/test installs chromium and chromium-driver")
            return
        }
        let python = try #require(Peers.python, "\(Peers.MissingPython())")
        let catalog = try #require(summary["issuer"]?["catalog"]?.stringValue)
        let script = SharedData.projectRoot.appendingPathComponent("Tests/BrowserChecks/awarding_pages.py").path
        let result = try ProcessRunner.run(executable: python, [script, base, catalog, certificationID, data])
        #expect(result.status == 0, "browser checks:\n\(result.stdout)\n\(result.stderr)")
        #expect(!result.stdout.contains("FAIL"))
    }
}
