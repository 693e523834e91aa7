import BrevetCore
import BrevetJSON
import BrevetTestSupport
import Testing

/// One JCS vector: eddsa-jcs-2022, ecdsa-jcs-2019 P-256 and P-384. The public vectors hold every
/// stage up to the combined hash; the signature and signed document are held out, so the
/// signature stage is checked by verifying what we produce (and, for Ed25519, by reproducing it).
struct JCSVector: Sendable, CustomTestStringConvertible {
    let name: String
    let folder: String
    let suffix: String
    let keyPath: String
    let suiteName: String

    var testDescription: String { name }

    static let all: [JCSVector] = [
        JCSVector(name: "eddsa-jcs-2022", folder: Vectors.eddsa + "/eddsa-jcs-2022", suffix: "JCS", keyPath: Vectors.eddsa + "/keyPair.json", suiteName: "eddsa-jcs-2022"),
        JCSVector(name: "ecdsa-jcs-2019 P-256", folder: Vectors.ecdsa + "/ecdsa-jcs-2019-p256", suffix: "JCSECDSAP256", keyPath: Vectors.ecdsa + "/p256KeyPair.json", suiteName: "ecdsa-jcs-2019"),
        JCSVector(name: "ecdsa-jcs-2019 P-384", folder: Vectors.ecdsa + "/ecdsa-jcs-2019-p384", suffix: "JCSECDSAP384", keyPath: Vectors.ecdsa + "/p384KeyPair.json", suiteName: "ecdsa-jcs-2019"),
    ]

    func file(_ stem: String, _ ext: String = "txt") -> String { "\(folder)/\(stem)\(suffix).\(ext)" }
    var unsigned: String { (suiteName == "eddsa-jcs-2022" ? Vectors.eddsa : Vectors.ecdsa) + "/unsigned.json" }

    func keyPair() throws -> VectorKeyPair { try VectorKeyPair.load(name, keyPath) }
    func proofConfig() throws -> JSONObject { try Vectors.object(file("proofConfig", "json")) }

    /// The stages of the suite under test, behind one shape.
    func transform(_ document: JSONObject, _ options: JSONObject) throws -> [UInt8] {
        suiteName == "eddsa-jcs-2022" ? try EdDSAJCS2022().transform(document, options: options) : try ECDSAJCS2019().transform(document, options: options)
    }
    func configure(_ options: JSONObject) throws -> [UInt8] {
        suiteName == "eddsa-jcs-2022" ? try EdDSAJCS2022().proofConfiguration(options) : try ECDSAJCS2019().proofConfiguration(options)
    }
    func hash(_ document: [UInt8], _ config: [UInt8], _ algorithm: KeyAlgorithm) -> [UInt8] {
        suiteName == "eddsa-jcs-2022"
            ? EdDSAJCS2022().hash(transformedDocument: document, proofConfiguration: config)
            : ECDSAJCS2019().hash(transformedDocument: document, proofConfiguration: config, curve: algorithm)
    }
    var suite: any Cryptosuite { suiteName == "eddsa-jcs-2022" ? EdDSAJCS2022() : ECDSAJCS2019() }
}

@Suite struct JCSCryptosuiteTests {
    @Test func vectorsArePresent() throws {
        for v in JCSVector.all { _ = try v.proofConfig() }
    }

    @Test(arguments: JCSVector.all)
    func canonicalDocument(vector: JCSVector) throws {
        let document = try Vectors.object(vector.unsigned)
        let canonical = try vector.transform(document, try vector.proofConfig())
        #expect(String(decoding: canonical, as: UTF8.self) == (try Vectors.text(vector.file("canonDoc"))))
    }

    @Test(arguments: JCSVector.all)
    func canonicalProofConfiguration(vector: JCSVector) throws {
        let canonical = try vector.configure(try vector.proofConfig())
        #expect(String(decoding: canonical, as: UTF8.self) == (try Vectors.text(vector.file("proofCanon"))))
    }

    @Test(arguments: JCSVector.all)
    func hashes(vector: JCSVector) throws {
        let algorithm = try vector.keyPair().publicKey().algorithm
        let function = ProofHashing.Function(for: algorithm)
        let canonDoc = Array(try Vectors.text(vector.file("canonDoc")).utf8)
        let proofCanon = Array(try Vectors.text(vector.file("proofCanon")).utf8)
        #expect(function.digest(canonDoc) == (try Vectors.hex(vector.file("docHash"))))
        #expect(function.digest(proofCanon) == (try Vectors.hex(vector.file("proofHash"))))
        #expect(vector.hash(canonDoc, proofCanon, algorithm) == (try Vectors.hex(vector.file("combinedHash"))))
    }

    /// The held-out signature cannot be compared; what we sign over the vector's combined hash must
    /// verify with the vector's public key, and an Ed25519 signature must come out the same twice.
    @Test(arguments: JCSVector.all)
    func signatureOverCombinedHash(vector: JCSVector) throws {
        let pair = try vector.keyPair()
        let key = try pair.signingKey()
        let combined = try Vectors.hex(vector.file("combinedHash"))
        let signature = try key.sign(combined)
        #expect(signature.count == key.algorithm.signatureLength)
        #expect(try pair.publicKey().verify(signature: signature, for: combined))
        if key.algorithm == .ed25519 {
            #expect(try key.sign(combined) == signature)
        }
    }

    /// createProof end to end: the proof is the vector's proof configuration plus a proofValue, and
    /// it verifies.
    @Test(arguments: JCSVector.all)
    func createThenVerify(vector: JCSVector) throws {
        let pair = try vector.keyPair()
        let config = try vector.proofConfig()
        let document = try Vectors.object(vector.unsigned)
        let options = ProofOptions(
            cryptosuite: config["cryptosuite"]?.stringValue, verificationMethod: config["verificationMethod"]!.stringValue!,
            proofPurpose: "assertionMethod", created: config["created"]?.stringValue)
        let secured = try DataIntegrity.addProof(to: document, options: options, suite: vector.suite, key: try pair.signingKey())
        let proof = try #require(secured["proof"]?.objectValue)
        #expect(proof.removing("proofValue") == config)
        let method = try didKeyMethod(pair.publicKeyMultibase)
        let check = DataIntegrity.verify(secured, registry: CryptosuiteRegistry([vector.suite]), resolver: pinnedResolver([method]))
        #expect(check.verified, "\(check.summary)")
        // The Ed25519 proofValue is deterministic: signing again gives the same bytes.
        if pair.name.hasPrefix("eddsa") {
            let again = try DataIntegrity.addProof(to: document, options: options, suite: vector.suite, key: try pair.signingKey())
            #expect(again == secured)
        }
    }
}
