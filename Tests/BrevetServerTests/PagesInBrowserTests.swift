import BrevetJSON
import BrevetTestSupport
import Foundation
import Testing

/// The pages in a real headless browser (Debian's Chromium, JavaScript off), driven by
/// Tests/BrowserChecks/pages.py. Screenshots land in the test's data directory for a person to look at.
@Suite struct PagesInBrowserTests {
    @Test func verifyPageAndCredentialPageWorkWithoutJavaScript() async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") else {
            Issue.record("Chromium is not installed: ./scripts/test installs chromium and chromium-driver")
            return
        }
        let python = try #require(Peers.python, "\(Peers.MissingPython())")
        let data = temporaryDirectory("pages")
        let keyRun = try BrevetProcess.run(["apikey", "create", "--data", data, "--json"])
        let key = try #require(try JSONValue(parsing: keyRun.stdout)["key"]?.stringValue)
        let server = try await ServerProcess(data: data)
        defer { server.stop() }
        let (_, issuer) = try await HTTP.post(server.base + "/api/issuers", json: #"{"name":"Harbour Training","url":"https://harbour.example.org"}"#, key: key)
        let issuerID = try #require(try JSONValue(parsing: Array(issuer))["id"]?.stringValue)
        let (_, achievement) = try await HTTP.post(server.base + "/api/achievements", json: """
            {"issuer":"\(issuerID)","name":"Crane Operation, Level 1","achievementType":"Certification","criteria":"Operates a harbour crane safely under supervision for 40 hours.","validityDays":730}
            """, key: key)
        let achievementID = try #require(try JSONValue(parsing: Array(achievement))["id"]?.stringValue)
        let (_, credential) = try await HTTP.post(server.base + "/api/credentials", json: #"{"achievement":"\#(achievementID)","recipient":"jo@example.org","recipientName":"Jo Rivera"}"#, key: key)
        let file = data + "/credential.json"
        FileManager.default.createFile(atPath: file, contents: credential)
        let credentialURL = try #require(try JSONValue(parsing: Array(credential))["id"]?.stringValue)
        let script = SharedData.projectRoot.appendingPathComponent("Tests/BrowserChecks/pages.py").path
        let result = try ProcessRunner.run(executable: python, [script, server.base, file, credentialURL, data])
        #expect(result.status == 0, "browser checks:\n\(result.stdout)\n\(result.stderr)")
        #expect(!result.stdout.contains("FAIL"))
    }
}
