import BrevetJSON
import BrevetServer
import BrevetServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

/// Honest under bad input: each case gets a clear error that says what is wrong, never a crash, and
/// no organization reaches another's data. Runs the application in process (Hummingbird's router
/// test mode) over a fresh data directory.
@Suite struct BadInputTests {
    struct Fixture {
        let installation: Installation
        let keyA: String
        let keyB: String
    }

    func withApp(_ body: @escaping @Sendable (any TestClientProtocol, Fixture) async throws -> Void) async throws {
        let data = temporaryDirectory("bad-input")
        let installation = try await Installation.open(dataDirectory: data)
        let services = installation.services
        let orgA = try await services.apiKeys.organization(named: "a")
        let orgB = try await services.apiKeys.organization(named: "b")
        let keyA = try await services.apiKeys.create(organizationID: orgA.id, name: "a").secret
        let keyB = try await services.apiKeys.create(organizationID: orgB.id, name: "b").secret
        let app = try await buildApplication(installation: installation, configuration: ServerConfiguration(dataDirectory: data),
                                             logger: Logger(label: "test"))
        try await app.test(.router) { client in
            try await body(client, Fixture(installation: installation, keyA: keyA, keyB: keyB))
        }
        await installation.close()
    }

    func post(_ client: any TestClientProtocol, _ path: String, _ body: String, key: String?) async throws -> (HTTPResponse.Status, JSONValue?) {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let key { headers[.authorization] = "Bearer \(key)" }
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            (response.status, try? JSONValue(parsing: Array(response.body.readableBytesView)))
        }
    }

    func message(_ json: JSONValue?) -> String { json?["error"]?["message"]?.stringValue ?? "" }

    /// Creates an issuer and an achievement for organization A; returns the achievement id.
    func setUp(_ client: any TestClientProtocol, _ f: Fixture) async throws -> (issuer: String, achievement: String) {
        let (_, issuer) = try await post(client, "/api/issuers", #"{"name":"A","url":"https://a.example"}"#, key: f.keyA)
        let issuerID = try #require(issuer?["id"]?.stringValue)
        let (_, achievement) = try await post(client, "/api/achievements", #"{"issuer":"\#(issuerID)","name":"X","achievementType":"Badge","criteria":"Do X."}"#, key: f.keyA)
        return (issuerID, try #require(achievement?["id"]?.stringValue))
    }

    @Test func malformedJSONIsRejectedWithTheReason() async throws {
        try await withApp { client, f in
            let (status, body) = try await post(client, "/api/issuers", #"{"name": "A", }"#, key: f.keyA)
            #expect(status == .badRequest)
            #expect(message(body).contains("not valid JSON"))
        }
    }

    @Test func deeplyNestedJSONIsRejectedNotACrash() async throws {
        try await withApp { client, f in
            let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
            let (status, body) = try await post(client, "/api/issuers", deep, key: f.keyA)
            #expect(status == .badRequest)
            #expect(message(body).contains("nest more than"))
            let (verifyStatus, verdict) = try await post(client, "/api/verify", deep, key: nil)
            #expect(verifyStatus == .ok)
            #expect(verdict?["status"]?.stringValue == "not valid")
        }
    }

    @Test func fiftyMegabyteBodyIsRefused() async throws {
        try await withApp { client, f in
            let big = ByteBuffer(repeating: UInt8(ascii: " "), count: 50 << 20)
            let status = try await client.execute(uri: "/api/verify", method: .post, body: big) { $0.status }
            #expect(status == .contentTooLarge)
            let adminStatus = try await client.execute(uri: "/api/issuers", method: .post,
                                                       headers: [.authorization: "Bearer \(f.keyA)"], body: big) { $0.status }
            #expect(adminStatus == .contentTooLarge)
        }
    }

    @Test func missingOrWrongAPIKeyIsUnauthorized() async throws {
        try await withApp { client, _ in
            let (missing, body) = try await post(client, "/api/issuers", #"{"name":"A","url":"https://a.example"}"#, key: nil)
            #expect(missing == .unauthorized)
            #expect(message(body).contains("needs an API key"))
            let (wrong, wrongBody) = try await post(client, "/api/issuers", #"{"name":"A","url":"https://a.example"}"#, key: "brv_not-a-key")
            #expect(wrong == .unauthorized)
            #expect(message(wrongBody).contains("not valid"))
        }
    }

    @Test func unknownAchievementOrIssuerIsNotFound() async throws {
        try await withApp { client, f in
            let (s1, b1) = try await post(client, "/api/credentials", #"{"achievement":"https://nowhere.example/achievements/1","recipient":"a@example.org"}"#, key: f.keyA)
            #expect(s1 == .notFound)
            #expect(message(b1).contains("no achievement"))
            let (s2, b2) = try await post(client, "/api/achievements", #"{"issuer":"did:key:z6MkNope","name":"X","achievementType":"Badge","criteria":"Do X."}"#, key: f.keyA)
            #expect(s2 == .notFound)
            #expect(message(b2).contains("no issuer"))
        }
    }

    @Test func unknownCryptosuiteIsAClearError() async throws {
        try await withApp { client, f in
            let (_, achievement) = try await setUp(client, f)
            let (status, body) = try await post(client, "/api/credentials", #"{"achievement":"\#(achievement)","recipient":"a@example.org","cryptosuite":"rot13-2025"}"#, key: f.keyA)
            #expect(status == .unprocessableContent)
            #expect(message(body).contains("unknown cryptosuite"))
        }
    }

    @Test func tamperedCredentialIsNotValid() async throws {
        try await withApp { client, f in
            let (_, achievement) = try await setUp(client, f)
            let (status, credential) = try await post(client, "/api/credentials", #"{"achievement":"\#(achievement)","recipient":"a@example.org"}"#, key: f.keyA)
            #expect(status == .created)
            var tampered = try #require(credential)
            tampered["name"] = "Something I did not earn"
            let (_, verdict) = try await post(client, "/api/verify", JSONWriter().string(tampered), key: nil)
            #expect(verdict?["status"]?.stringValue == "not valid")
            let failed = verdict?["checks"]?.asArray.first { $0["outcome"]?.stringValue == "failed" }
            #expect(failed?["check"]?.stringValue == "Signature")
        }
    }

    @Test func anotherOrganizationCannotReachTheData() async throws {
        try await withApp { client, f in
            let (issuer, achievement) = try await setUp(client, f)
            let (_, credential) = try await post(client, "/api/credentials", #"{"achievement":"\#(achievement)","recipient":"a@example.org"}"#, key: f.keyA)
            let local = try #require(credential?["id"]?.stringValue?.split(separator: "/").last)
            let (revoke, _) = try await post(client, "/api/credentials/\(local)/revoke", "{}", key: f.keyB)
            #expect(revoke == .notFound)
            let (issue, _) = try await post(client, "/api/credentials", #"{"achievement":"\#(achievement)","recipient":"b@example.org"}"#, key: f.keyB)
            #expect(issue == .notFound)
            let (define, _) = try await post(client, "/api/achievements", #"{"issuer":"\#(issuer)","name":"Y","achievementType":"Badge","criteria":"Do Y."}"#, key: f.keyB)
            #expect(define == .notFound)
            let listed = try await client.execute(uri: "/api/credentials", method: .get, headers: [.authorization: "Bearer \(f.keyB)"]) {
                try JSONValue(parsing: Array($0.body.readableBytesView))
            }
            #expect(listed.arrayValue?.isEmpty == true)
        }
    }
}
