import BrevetCore
import BrevetJSON
import BrevetTestSupport
import Testing

/// Every 1EdTech validator fixture in shared/standards/examples/ob-v3p0/validator/ob30, through
/// Brevet's whole verifier, gets the outcome its name says: valid, or not valid with the check that
/// fails. The fixtures' https and did:web key ids do not resolve offline; as the 1EdTech validator
/// does in its tests, the key is taken from the id's fragment (a controller document is synthesised
/// for the URL the verifier asks for).
@Suite struct ValidatorOutcomeTests {
    static let folder = "standards/examples/ob-v3p0/validator/ob30"

    /// Serves a controller document for each key id the credential's proofs name.
    struct FragmentKeyResources: VerificationResources {
        let methods: [String]

        func fetch(_ url: String) async throws -> [UInt8] {
            for id in methods {
                let parts = id.split(separator: "#", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                let controller = parts[0]
                var documentURL = controller
                if controller.hasPrefix("did:web:"), let did = try? DID(controller) { documentURL = (try? DIDWeb.documentURL(for: did)) ?? controller }
                guard documentURL == url else { continue }
                let doc: JSONValue = [
                    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"], "id": .string(controller),
                    "verificationMethod": [["id": .string(id), "type": "Multikey", "controller": .string(controller), "publicKeyMultibase": .string(parts[1])]],
                    "assertionMethod": [.string(id)],
                ]
                return JSONWriter().bytes(doc)
            }
            throw ResourceError(url: url, reason: "not served in this test")
        }
    }

    /// nil: valid; otherwise the check that must fail.
    static let expected: [(file: String, failing: VerificationCheck?)] = [
        ("simple.json", nil), ("simple-did-key-method.json", nil), ("simple-did-web-method.json", nil),
        ("simple-eddsa-2022.json", nil), ("simple_v1.json", nil), ("simple-context-alias.json", nil),
        ("simple-context-version.json", nil), ("endorsement-valid.json", nil),
        ("simple-noproof.json", .proof), ("simple-err-proof-value.json", .proof), ("simple-err-proof-method.json", .proof),
        ("simple-err-proof-method-no-scheme.json", .proof), ("simple-err-proof-method-unknown-did-method.json", .proof),
        ("simple-err-proof-method-unknown-scheme.json", .proof),
        ("simple-err-expired.json", .validity), ("simple-err-issued.json", .validity),
        ("simple-err-context.json", .structure), ("simple-err-type.json", .structure), ("simple-err-issuer.json", .structure),
        ("simple-err-issuer-type.json", .structure), ("simple-err-issuer-parentorg-type.json", .structure),
        ("simple-err-issuer-otheridentifier-type.json", .structure), ("simple-err-credential-subject-type.json", .structure),
        ("simple-err-credential-subject-identifier-type.json", .structure), ("simple-err-credential-subject-profile-type.json", .structure),
        ("simple-err-credential-subject-result-type.json", .structure),
        ("simple-err-credential-subject-achievement-result-description-type.json", .structure),
        ("simple-err-evidence-type.json", .structure),
    ]

    @Test(arguments: expected.map(\.file))
    func fixtureGetsTheOutcomeItsNameGives(file: String) async throws {
        let failing = Self.expected.first { $0.file == file }!.failing
        let bytes = try SharedData.data("\(Self.folder)/\(file)")
        let credential = try JSONValue(parsing: bytes)
        let methods = (credential["proof"]?.asArray ?? []).compactMap { $0["verificationMethod"]?.stringValue }
        let verifier = CredentialVerifier(proofs: ProofVerifier(processor: TestContexts.processor),
                                          resources: FragmentKeyResources(methods: methods))
        let verdict = await verifier.verify(Array(bytes), at: DateTimeStamp("2026-01-01T00:00:00Z")!)
        let lines = verdict.checks.map { "\($0.check.rawValue) \($0.outcome.rawValue): \($0.message)" }.joined(separator: "\n")
        if let failing {
            #expect(verdict.status == .invalid, "\(file) should not be valid:\n\(lines)")
            #expect(verdict.checks.contains { $0.check == failing && $0.outcome == .failed }, "\(file) should fail \(failing.rawValue):\n\(lines)")
        } else {
            #expect(verdict.status == .valid, "\(file) should be valid:\n\(lines)")
        }
    }
}
