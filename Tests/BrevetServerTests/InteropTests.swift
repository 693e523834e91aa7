import BrevetJSON
import BrevetTestSupport
import Foundation
import Testing

/// Brevet against independent implementations: what Brevet signs verifies in the Python peer
/// (../shared/peers/verify_peer.py), and what the peer signs verifies in Brevet. Runs the `brevet`
/// command line on a data directory whose context store is filled from ../shared/standards/contexts.
@Suite struct InteropTests {
    /// A data directory with the pinned contexts and one issuer + achievement per key type.
    func installation(keyType: String = "ed25519", suite: String) throws -> (data: String, achievement: String) {
        let data = temporaryDirectory("interop")
        let sync = try BrevetProcess.run(["contexts", "sync", "--data", data, "--from", SharedData.url("standards/contexts").path])
        try #require(sync.status == 0, "contexts sync: \(sync.stdout) \(sync.stderr)")
        let issuer = try BrevetProcess.run(["issuer", "create", "--data", data, "--name", "Interop Institute", "--url", "https://interop.example.org",
                                            "--key-type", keyType, "--suite", suite])
        try #require(issuer.status == 0, "issuer create: \(issuer.stderr)")
        let issuerID = try #require(try JSONValue(parsing: issuer.stdout)["id"]?.stringValue)
        let achievement = try BrevetProcess.run(["achievement", "create", "--data", data, "--issuer", issuerID, "--name", "Interoperability",
                                                 "--type", "Badge", "--criteria", "Verifies in someone else's verifier."])
        try #require(achievement.status == 0, "achievement create: \(achievement.stderr)")
        return (data, try #require(try JSONValue(parsing: achievement.stdout)["id"]?.stringValue))
    }

    func issue(_ data: String, _ achievement: String, suite: String? = nil) throws -> String {
        var args = ["issue", "--data", data, "--achievement", achievement, "--recipient", "did:example:learner-7", "--name", "Kim"]
        if let suite { args += ["--suite", suite] }
        let r = try BrevetProcess.run(args)
        try #require(r.status == 0, "issue: \(r.stderr)")
        let path = data + "/issued.\(suite == "vc+jwt" ? "jwt" : "json")"
        FileManager.default.createFile(atPath: path, contents: Data(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
        return path
    }

    /// Ed25519 suites the peer implements: Brevet signs, the peer verifies, and Brevet verifies too.
    @Test(arguments: ["eddsa-rdfc-2022", "eddsa-jcs-2022", "vc+jwt"])
    func brevetSignedVerifiesInThePeer(suite: String) throws {
        let (data, achievement) = try installation(suite: suite)
        let file = try issue(data, achievement)
        let peer = try Peers.verify([file])
        #expect(peer.status == 0, "peer: \(peer.stdout) \(peer.stderr)")
        let brevet = try BrevetProcess.run(["verify", file, "--data", data])
        #expect(brevet.status == 0, "brevet: \(brevet.stdout)")
        // One flipped character is caught by both.
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "Interoperability", with: "Interoperabilitx")
        if suite == "vc+jwt" {  // change one character of the signature instead
            var chars = Array(text)
            chars[chars.count - 3] = chars[chars.count - 3] == "A" ? "B" : "A"
            text = String(chars)
        }
        FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        #expect(try Peers.verify([file]).status == 1)
        #expect(try BrevetProcess.run(["verify", file, "--data", data]).status == 1)
    }

    /// The ECDSA suites (the peer has no ECDSA): Brevet round trip on P-256 and P-384 keys, with
    /// tampering detected. Their vectors are checked stage by stage in BrevetCoreTests.
    @Test(arguments: [("p256", "ecdsa-rdfc-2019"), ("p256", "ecdsa-jcs-2019"), ("p384", "ecdsa-rdfc-2019"), ("p384", "ecdsa-jcs-2019")])
    func ecdsaSuitesRoundTrip(keyType: String, suite: String) throws {
        let (data, achievement) = try installation(keyType: keyType, suite: suite)
        let file = try issue(data, achievement)
        let json = try JSONValue(parsing: try String(contentsOfFile: file, encoding: .utf8))
        #expect(json["proof"]?.asArray.first?["cryptosuite"]?.stringValue == suite)
        let ok = try BrevetProcess.run(["verify", file, "--data", data])
        #expect(ok.status == 0, "\(ok.stdout)")
        var tampered = json
        tampered["name"] = "Changed"
        FileManager.default.createFile(atPath: file, contents: Data(JSONWriter().bytes(tampered)))
        #expect(try BrevetProcess.run(["verify", file, "--data", data]).status == 1)
    }

    /// The peer signs the shared OB 3.0 sample with each of its suites; Brevet verifies the proof,
    /// the issuer binding and, with the peer's own status list handed in, the revocation status.
    @Test(arguments: ["eddsa-rdfc-2022", "eddsa-jcs-2022", "jwt", "jwt-vc11"])
    func peerSignedVerifiesInBrevet(suite: String) throws {
        guard let python = Peers.python else { throw Peers.MissingPython() }
        let data = temporaryDirectory("peer-signed")
        #expect(try BrevetProcess.run(["contexts", "sync", "--data", data, "--from", SharedData.url("standards/contexts").path]).status == 0)
        let signer = SharedData.url("peers/sign_peer.py").path
        let key = data + "/peer-key.json", out = data + "/peer-signed", list = data + "/list.json"
        #expect(try ProcessRunner.run(executable: python, [signer, "keygen", key]).status == 0)
        let sign = try ProcessRunner.run(executable: python, [signer, "sign", "--key", key, "--suite", suite, "--set-issuer",
                                                              SharedData.url("peers/samples/ob3-unsigned.json").path, out])
        try #require(sign.status == 0, "sign_peer: \(sign.stderr)")
        let statusURL = "https://issuer.example.edu/status/1"
        #expect(try ProcessRunner.run(executable: python, [signer, "status-list", "--key", key, "--url", statusURL, list]).status == 0)
        let r = try BrevetProcess.run(["verify", out, "--data", data, "--json", "--resource", "\(statusURL)=\(list)"])
        let verdict = try JSONValue(parsing: r.stdout)
        let checks = verdict["checks"]?.asArray ?? []
        #expect(checks.contains { $0["check"]?.stringValue == "Signature" && $0["outcome"]?.stringValue == "passed" }, "\(r.stdout)")
        #expect(verdict["status"]?.stringValue == "valid", "\(r.stdout)")
        #expect(r.status == 0)

        // Revoked by the peer: Brevet reports it.
        #expect(try ProcessRunner.run(executable: python, [signer, "status-list", "--key", key, "--url", statusURL, "--set", "94567", list]).status == 0)
        let revoked = try BrevetProcess.run(["verify", out, "--data", data, "--resource", "\(statusURL)=\(list)"])
        #expect(revoked.status == 1)
        #expect(revoked.stdout.contains("revoked"), "\(revoked.stdout)")
    }
}

/// openbadgeslib (PyPI), a third-party OB 3.0 implementation, in both directions, driven by
/// Tests/PeerScripts/openbadgeslib_peer.py.
@Suite struct OpenBadgesLibInteropTests {
    static var script: String { SharedData.projectRoot.appendingPathComponent("Tests/PeerScripts/openbadgeslib_peer.py").path }

    @Test(arguments: ["eddsa-rdfc-2022", "vc+jwt"])
    func openbadgeslibAcceptsBrevetCredentials(suite: String) throws {
        guard let python = Peers.python else { throw Peers.MissingPython() }
        let interop = InteropTests()
        let (data, achievement) = try interop.installation(suite: suite)
        let file = try interop.issue(data, achievement)
        let r = try ProcessRunner.run(executable: python, [Self.script, "verify", file])
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
    }

    @Test(arguments: ["ldp", "jwt"])
    func brevetAcceptsOpenbadgeslibCredentials(kind: String) throws {
        guard let python = Peers.python else { throw Peers.MissingPython() }
        let data = temporaryDirectory("obl")
        #expect(try BrevetProcess.run(["contexts", "sync", "--data", data, "--from", SharedData.url("standards/contexts").path]).status == 0)
        let file = data + "/obl-signed"
        let signed = try ProcessRunner.run(executable: python, [Self.script, "sign", kind, file])
        try #require(signed.status == 0, "openbadgeslib sign: \(signed.stderr)")
        let r = try BrevetProcess.run(["verify", file, "--data", data])
        #expect(r.status == 0, "\(r.stdout)")
        // Tampered: one character of the credential changed.
        var text = try String(contentsOfFile: file, encoding: .utf8)
        if kind == "ldp" {
            text = text.replacingOccurrences(of: "Cross-checked", with: "Cross-checkex")
        } else {
            var chars = Array(text)
            chars[chars.count - 2] = chars[chars.count - 2] == "A" ? "B" : "A"
            text = String(chars)
        }
        FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        #expect(try BrevetProcess.run(["verify", file, "--data", data]).status == 1)
    }
}
