import BrevetCore
import BrevetJSON
import BrevetTestSupport
import Testing

/// Signed credentials from the 1EdTech validator's fixtures (shared/standards/examples), checked end
/// to end. Their https key ids do not resolve; as the MANIFEST says, the fragment is the key (a
/// Multikey), so each test pins the method the proof names to the key in its fragment.
@Suite struct ValidatorFixtureTests {
    static let folder = "standards/examples/ob-v3p0/validator/ob30"

    static func fragmentKeyMethod(_ id: String) throws -> VerificationMethod {
        let parts = id.split(separator: "#", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw VectorError("\(id) has no fragment") }
        let key = try PublicKey(publicKeyMultibase: parts[1])
        let controller = parts[0]
        return VerificationMethod(id: id, type: "Multikey", controller: controller, publicKey: key)
    }

    /// The method a proof names: a did:key by fragment (did:key:z…#z…) or bare (the DID names its
    /// one key), or an https id whose fragment is the key.
    static func method(_ id: String) throws -> VerificationMethod {
        guard id.hasPrefix("did:key:") else { return try fragmentKeyMethod(id) }
        let did = String(id.split(separator: "#")[0])
        let m = try didKeyMethod(String(did.dropFirst("did:key:".count)))
        return VerificationMethod(id: id, type: m.type, controller: m.controller, publicKey: m.publicKey)
    }

    static func check(_ file: String, registry: CryptosuiteRegistry) throws -> SecuredDocumentCheck {
        let credential = try Vectors.object("\(folder)/\(file)")
        let methods = try (credential["proof"]?.asArray ?? []).compactMap { $0["verificationMethod"]?.stringValue }.map { id in
            try Self.method(id)
        }
        return DataIntegrity.verify(credential, registry: registry, resolver: pinnedResolver(methods))
    }

    static let registry = CryptosuiteRegistry([
        EdDSARDFC2022(processor: TestContexts.processor), EdDSARDFC2022.legacy(processor: TestContexts.processor),
        Ed25519Signature2020(processor: TestContexts.processor), EdDSAJCS2022(),
    ])

    /// Fixtures that do not pass yet, with the reason. (The earlier trap on simple-did-key-method.json
    /// was this file's own split of a bare did:key, not the JSON-LD processor.)
    static let exclusions: [String: String] = [:]

    static let validFiles = ["simple.json", "simple-did-key-method.json", "simple-eddsa-2022.json", "simple_v1.json", "endorsement-valid.json"]
        .filter { exclusions[$0] == nil }

    @Test(arguments: validFiles)
    func validCredentialsVerify(file: String) throws {
        let check = try Self.check(file, registry: Self.registry)
        #expect(check.verified, "\(check.summary)")
    }

    @Test func proofValueErrorIsCaught() throws {
        let check = try Self.check("simple-err-proof-value.json", registry: Self.registry)
        #expect(!check.verified)
    }

    /// Without the legacy suite registered, `eddsa-2022` is an unknown cryptosuite, said clearly.
    @Test func legacyNameNeedsTheLegacySuite() throws {
        let check = try Self.check("simple-eddsa-2022.json", registry: CryptosuiteRegistry([EdDSARDFC2022(processor: TestContexts.processor)]))
        #expect(check.outcomes.first?.check.problem == .unknownCryptosuite)
        #expect(check.summary.reason.contains("eddsa-2022"))
    }
}
