import Foundation
import BrevetCore
import BrevetJSON
import BrevetTestSupport
import Testing

/// Verification outcomes over eddsa-jcs-2022 (no JSON-LD needed): tampering, wrong keys, unknown
/// suites, bad proof values, expectations, proof sets and chains.
@Suite struct ProofVerificationTests {
    static let created = "2023-02-24T23:36:38Z"

    struct Fixture {
        let document: JSONObject
        let pair: VectorKeyPair
        let method: VerificationMethod
        let registry = CryptosuiteRegistry([EdDSAJCS2022(), ECDSAJCS2019()])

        init() throws {
            document = try Vectors.object(Vectors.eddsa + "/unsigned.json")
            pair = try VectorKeyPair.load("eddsa", Vectors.eddsa + "/keyPair.json")
            method = try didKeyMethod(pair.publicKeyMultibase)
        }

        func options(id: String? = nil, previous: [String] = [], method: VerificationMethod? = nil) -> ProofOptions {
            ProofOptions(verificationMethod: (method ?? self.method).id, created: ProofVerificationTests.created, id: id, previousProof: previous)
        }

        func signed() throws -> JSONObject {
            try DataIntegrity.addProof(to: document, options: options(), suite: EdDSAJCS2022(), key: try pair.signingKey())
        }

        /// Verifies `doc` as a value and as received text (written pretty, members in their
        /// order, so the text is not already canonical); the two must agree on every proof.
        func verify(_ doc: JSONObject, methods: [VerificationMethod]? = nil, expectations: ProofExpectations = ProofExpectations()) -> SecuredDocumentCheck {
            let resolver = pinnedResolver(methods ?? [method])
            let fromValue = DataIntegrity.verify(doc, registry: registry, resolver: resolver, expectations: expectations)
            let text = try? JSONText(JSONWriter(style: .pretty).bytes(.object(doc)))
            #expect(text != nil)
            guard let text else { return fromValue }
            let fromText = DataIntegrity.verify(text, registry: registry, resolver: resolver, expectations: expectations)
            #expect(fromText.verified == fromValue.verified)
            #expect(fromText.documentProblem?.problem == fromValue.documentProblem?.problem)
            #expect(fromText.outcomes.map(\.check.problem) == fromValue.outcomes.map(\.check.problem))
            #expect(fromText.outcomes.map(\.check.reason) == fromValue.outcomes.map(\.check.reason))
            return fromText
        }
    }

    static func editProof(_ doc: JSONObject, _ edit: (inout JSONObject) -> Void) -> JSONObject {
        var d = doc
        var p = d["proof"]!.objectValue!
        edit(&p)
        d["proof"] = .object(p)
        return d
    }

    static func flip(_ s: String, at index: Int) -> String {
        var chars = Array(s)
        chars[index] = chars[index] == "a" ? "b" : "a"
        return String(chars)
    }

    @Test func signedDocumentVerifies() throws {
        let f = try Fixture()
        let check = f.verify(try f.signed())
        #expect(check.verified, "\(check.summary)")
        #expect(check.outcomes.count == 1)
        #expect(check.outcomes[0].verificationMethod == f.method)
    }

    /// The received text need not be canonical: members in another order, escapes, white space.
    @Test func textInAnyMemberOrderVerifies() throws {
        let f = try Fixture()
        let signed = try f.signed()
        let reversed = JSONObject(uniqueMembers: signed.members.reversed())
        var bytes = JSONWriter(style: .pretty).bytes(.object(reversed))
        // Spell one character of the issuer with an escape: the same document.
        let text = String(decoding: bytes, as: UTF8.self).replacingFirst("\"issuer\"", with: "\"iss\\u0075er\"")
        bytes = Array(text.utf8)
        let check = DataIntegrity.verify(try JSONText(bytes), registry: f.registry, resolver: pinnedResolver([f.method]))
        #expect(check.verified, "\(check.summary)")
    }

    @Test func flippedCharacterInDocumentFails() throws {
        let f = try Fixture()
        var doc = try f.signed()
        var subject = doc["credentialSubject"]!.objectValue!
        subject["alumniOf"] = .string(Self.flip(subject["alumniOf"]!.stringValue!, at: 4))
        doc["credentialSubject"] = .object(subject)
        let check = f.verify(doc)
        #expect(!check.verified)
        #expect(check.outcomes.first?.check.problem == .invalidSignature)
    }

    @Test(arguments: [5, 20, 60])
    func flippedCharacterInProofValueFails(index: Int) throws {
        let f = try Fixture()
        let doc = Self.editProof(try f.signed()) { p in
            p["proofValue"] = .string(Self.flip(p["proofValue"]!.stringValue!, at: index))
        }
        let check = f.verify(doc)
        #expect(!check.verified)
        #expect(check.outcomes.first?.check.problem == .invalidSignature)
    }

    @Test func changedCreatedFails() throws {
        let f = try Fixture()
        let doc = Self.editProof(try f.signed()) { p in p["created"] = "2023-02-24T23:36:39Z" }
        let check = f.verify(doc)
        #expect(check.outcomes.first?.check.problem == .invalidSignature)
    }

    @Test func wrongKeyFails() throws {
        let f = try Fixture()
        let other = try VectorKeyPair.load("other", Vectors.eddsa + "/proof-set-chain/multiKeyPairs.json", member: "keyPair1").publicKey()
        let impostor = VerificationMethod(id: f.method.id, type: "Multikey", controller: f.method.controller, publicKey: other)
        let check = f.verify(try f.signed(), methods: [impostor])
        #expect(check.outcomes.first?.check.problem == .invalidSignature)
    }

    @Test func keyOfAnotherAlgorithmFails() throws {
        let f = try Fixture()
        let p256 = try VectorKeyPair.load("p256", Vectors.ecdsa + "/p256KeyPair.json").publicKey()
        let method = VerificationMethod(id: f.method.id, type: "Multikey", controller: f.method.controller, publicKey: p256)
        let check = f.verify(try f.signed(), methods: [method])
        #expect(check.outcomes.first?.check.problem == .keyMismatch)
    }

    @Test func unknownCryptosuiteIsAClearFailure() throws {
        let f = try Fixture()
        let doc = Self.editProof(try f.signed()) { p in p["cryptosuite"] = "eddsa-jcs-2099" }
        let check = f.verify(doc)
        #expect(check.outcomes.first?.check.problem == .unknownCryptosuite)
        #expect(check.summary.reason.contains("eddsa-jcs-2099"))
        #expect(check.summary.reason.contains("eddsa-jcs-2022"))
        let error = #expect(throws: CoreError(.unknownCryptosuite, "")) { try f.registry.suite(named: "bbs-2023") }
        #expect(error?.reason.contains("unknown cryptosuite 'bbs-2023'") == true)
    }

    @Test(arguments: ["u" + String(repeating: "A", count: 86), "z0OIl", "", "z"])
    func proofValueThatIsNotBase58BTCFails(value: String) throws {
        let f = try Fixture()
        let doc = Self.editProof(try f.signed()) { p in p["proofValue"] = .string(value) }
        let check = f.verify(doc)
        #expect(!check.verified)
        #expect(check.outcomes.first?.check.problem == .malformedProof || check.outcomes.first?.check.problem == .invalidSignature)
        if value.hasPrefix("u") { #expect(check.summary.reason.contains("base58btc")) }
    }

    @Test func proofContextMustPrefixTheDocumentContext() throws {
        let f = try Fixture()
        let doc = Self.editProof(try f.signed()) { p in p["@context"] = ["https://www.w3.org/ns/credentials/examples/v2"] }
        #expect(f.verify(doc).outcomes.first?.check.problem == .contextMismatch)
    }

    /// A proof whose `@context` is a strict prefix of the document's checks the document with the
    /// proof's `@context` (the text path hands this case to the value path; both must agree).
    @Test func contextsAddedAfterSigningAreLeftOutOfTheCheck() throws {
        let f = try Fixture()
        var doc = try f.signed()
        doc["@context"] = .array((doc["@context"]?.asArray ?? []) + [.string("https://example.org/added-later")])
        let check = f.verify(doc)
        #expect(check.verified, "\(check.summary)")
    }

    /// "Set unsecuredDocument.@context to proof.@context": the verifier skips that step only when
    /// the two are the same bytes. A document `@context` that Swift's `==` equates with the proof's
    /// (canonically equivalent Unicode) is still replaced, so the proof's signed bytes are hashed.
    @Test func documentContextIsReplacedUnlessByteForByteTheProofs() throws {
        let f = try Fixture()
        var document = f.document
        let contexts = document["@context"]?.asArray ?? []
        document["@context"] = .array(contexts + [.string("https://example.org/caf\u{E9}")])
        let signed = try DataIntegrity.addProof(to: document, options: f.options(), suite: EdDSAJCS2022(), key: try f.pair.signingKey())
        #expect(f.verify(signed).verified)
        var decomposed = signed
        decomposed["@context"] = .array(contexts + [.string("https://example.org/cafe\u{301}")])
        #expect(decomposed["@context"] == document["@context"])
        #expect(f.verify(decomposed).verified)
    }

    @Test func expectationsAreChecked() throws {
        let f = try Fixture()
        let doc = try f.signed()
        #expect(f.verify(doc, expectations: ProofExpectations(proofPurpose: "authentication")).outcomes.first?.check.problem == .mismatchedProofPurpose)
        #expect(f.verify(doc, expectations: ProofExpectations(challenge: "abc")).outcomes.first?.check.problem == .invalidChallenge)
        #expect(f.verify(doc, expectations: ProofExpectations(domain: ["example.org"])).outcomes.first?.check.problem == .invalidDomain)
        #expect(f.verify(doc, expectations: ProofExpectations(proofPurpose: nil)).verified)
    }

    @Test func malformedProofsAndDocuments() throws {
        let f = try Fixture()
        #expect(f.verify(f.document).documentProblem?.problem == .malformedProof)
        var notObject = f.document
        notObject["proof"] = "z123"
        #expect(f.verify(notObject).documentProblem?.problem == .malformedProof)
        let noPurpose = Self.editProof(try f.signed()) { p in p.removeValue(forKey: "proofPurpose") }
        #expect(f.verify(noPurpose).outcomes.first?.check.problem == .malformedProof)
        let badCreated = Self.editProof(try f.signed()) { p in p["created"] = "24 Feb 2023" }
        #expect(f.verify(badCreated).outcomes.first?.check.problem == .malformedProof)
        let unresolvable = Self.editProof(try f.signed()) { p in p["verificationMethod"] = "did:key:z6MkUnknown#z6MkUnknown" }
        #expect(f.verify(unresolvable).outcomes.first?.check.problem == .verificationMethodUnavailable)
    }

    @Test func addProofRefusesADocumentThatHasOne() throws {
        let f = try Fixture()
        #expect(throws: CoreError(.invalidDocument, "")) {
            try DataIntegrity.addProof(to: try f.signed(), options: f.options(), suite: EdDSAJCS2022(), key: try f.pair.signingKey())
        }
    }

    @Test func createRequiresATimeZoneOnCreated() throws {
        let f = try Fixture()
        let options = ProofOptions(verificationMethod: f.method.id, created: "2023-02-24T23:36:38")
        #expect(throws: CoreError(.invalidProof, "")) {
            try EdDSAJCS2022().createProof(document: f.document, options: options, key: try f.pair.signingKey())
        }
    }

    /// Two independent proofs (a proof set); each signs the document without the other.
    @Test func proofSet() throws {
        let f = try Fixture()
        let second = try VectorKeyPair.load("p256", Vectors.ecdsa + "/p256KeyPair.json")
        let secondMethod = try didKeyMethod(second.publicKeyMultibase)
        var doc = try DataIntegrity.addProofToSetOrChain(f.document, options: f.options(id: "urn:proof:1"), suite: EdDSAJCS2022(), key: try f.pair.signingKey())
        doc = try DataIntegrity.addProofToSetOrChain(doc, options: f.options(id: "urn:proof:2", method: secondMethod), suite: ECDSAJCS2019(), key: try second.signingKey())
        #expect(doc["proof"]?.arrayValue?.count == 2)
        let check = f.verify(doc, methods: [f.method, secondMethod])
        #expect(check.verified, "\(check.summary)")
        // Either proof alone still verifies: neither depends on the other.
        var first = doc
        first["proof"] = .array([doc["proof"]!.arrayValue![0]])
        #expect(f.verify(first, methods: [f.method, secondMethod]).verified)
        // Tamper with one member of the set: only that one fails.
        var tampered = doc
        var proofs = doc["proof"]!.arrayValue!
        proofs[1]["created"] = "2024-01-01T00:00:00Z"
        tampered["proof"] = .array(proofs)
        let outcomes = f.verify(tampered, methods: [f.method, secondMethod]).outcomes
        #expect(outcomes.map(\.check.verified) == [true, false])
    }

    /// A proof chain: the second proof signs the document with the first proof in it.
    @Test func proofChain() throws {
        let f = try Fixture()
        let second = try VectorKeyPair.load("k2", Vectors.eddsa + "/proof-set-chain/multiKeyPairs.json", member: "keyPair2")
        let secondMethod = try didKeyMethod(second.publicKeyMultibase)
        var doc = try DataIntegrity.addProofToSetOrChain(f.document, options: f.options(id: "urn:proof:1"), suite: EdDSAJCS2022(), key: try f.pair.signingKey())
        doc = try DataIntegrity.addProofToSetOrChain(
            doc, options: f.options(id: "urn:proof:2", previous: ["urn:proof:1"], method: secondMethod), suite: EdDSAJCS2022(), key: try second.signingKey())
        let methods = [f.method, secondMethod]
        #expect(f.verify(doc, methods: methods).verified)
        // Dropping the first proof breaks the chain.
        var broken = doc
        broken["proof"] = .array([doc["proof"]!.arrayValue![1]])
        #expect(f.verify(broken, methods: methods).outcomes.first?.check.problem == .previousProofFailed)
        // A first proof that fails takes the second down with it.
        var tampered = doc
        var proofs = doc["proof"]!.arrayValue!
        proofs[0]["created"] = "2024-01-01T00:00:00Z"
        tampered["proof"] = .array(proofs)
        let problems = f.verify(tampered, methods: methods).outcomes.map(\.check.problem)
        #expect(problems == [.invalidSignature, .invalidSignature])
        // previousProof naming a proof that does not exist is refused when adding.
        #expect(throws: CoreError(.invalidProofChain, "")) {
            try DataIntegrity.addProofToSetOrChain(doc, options: f.options(id: "urn:proof:3", previous: ["urn:proof:9"]), suite: EdDSAJCS2022(), key: try f.pair.signingKey())
        }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
