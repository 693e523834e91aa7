import BrevetJSON
import Foundation
import Testing

/// The issue-4 commands available so far: the design advisor and the expiry list.
@Suite struct AwardingCommandTests {
    func advise(_ answers: [String]) throws -> JSONValue {
        let r = try BrevetProcess.run(["advise", "--json"] + answers)
        try #require(r.status == 0, "advise: \(r.stderr)")
        return try JSONValue(parsing: r.stdout)
    }

    /// Every answer leaning one way gives that kind, with a reason per question.
    @Test func advisorFollowsTheFourAnswers() throws {
        let micro = try advise(["--outcome", "Writes alerting rules for a service", "--scope", "task", "--evidence", "work-sample",
                                "--change", "fast", "--shape", "pathway"])
        #expect(micro["recommendation"]?.stringValue == "microCredential")
        #expect((micro["reasons"]?.arrayValue?.count ?? 0) >= 4)
        let cert = try advise(["--outcome", "Keeps a production platform available", "--scope", "role", "--evidence", "proctored-exam",
                               "--change", "slow", "--shape", "flagship"])
        #expect(cert["recommendation"]?.stringValue == "certification")
        let hybrid = try advise(["--outcome", "Runs a hospital pharmacy", "--scope", "role", "--evidence", "observed-performance",
                                 "--change", "moderate", "--shape", "pathway"])
        #expect(hybrid["recommendation"]?.stringValue == "hybrid")
    }

    @Test func advisorNamesTheChoicesWhenAnAnswerIsWrong() throws {
        let r = try BrevetProcess.run(["advise", "--outcome", "x", "--scope", "task", "--evidence", "vibes", "--change", "fast", "--shape", "flagship"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("work-sample"), "\(r.stderr)")
    }

    @Test func expiringListsWhatEndsWithinTheWindow() throws {
        let data = temporaryDirectory("expiring")
        let issuer = try BrevetProcess.run(["issuer", "create", "--data", data, "--name", "Expiry Academy", "--url", "https://expiry.example.org"])
        let issuerID = try #require(try JSONValue(parsing: issuer.stdout)["id"]?.stringValue)
        let short = try BrevetProcess.run(["achievement", "create", "--data", data, "--issuer", issuerID, "--name", "First Aid",
                                           "--type", "Certificate", "--criteria", "Passes the practical.", "--validity-days", "10"])
        let shortID = try #require(try JSONValue(parsing: short.stdout)["id"]?.stringValue)
        let long = try BrevetProcess.run(["achievement", "create", "--data", data, "--issuer", issuerID, "--name", "Leadership",
                                          "--type", "Certification", "--criteria", "Leads a team for a year.", "--validity-days", "400"])
        let longID = try #require(try JSONValue(parsing: long.stdout)["id"]?.stringValue)
        for id in [shortID, longID] {
            #expect(try BrevetProcess.run(["issue", "--data", data, "--achievement", id, "--recipient", "pat@example.org"]).status == 0)
        }
        let soon = try JSONValue(parsing: try BrevetProcess.run(["expiring", "--data", data, "--within", "30"]).stdout)
        #expect(soon.arrayValue?.count == 1)
        #expect(soon.arrayValue?.first?["achievement"]?.stringValue == shortID)
        let later = try JSONValue(parsing: try BrevetProcess.run(["expiring", "--data", data, "--within", "500"]).stdout)
        #expect(later.arrayValue?.count == 2)
        let none = try JSONValue(parsing: try BrevetProcess.run(["expiring", "--data", data, "--within", "5"]).stdout)
        #expect(none.arrayValue?.isEmpty == true)
    }
}
