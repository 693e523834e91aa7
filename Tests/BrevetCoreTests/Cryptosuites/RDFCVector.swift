import BrevetCore
import BrevetJSON
import BrevetTestSupport
import Testing

/// One RDFC vector, with the file of each stage (`nil` where the public set has none).
struct RDFCVector: Sendable, CustomTestStringConvertible {
    let name: String
    let suiteName: String
    let folder: String
    let keyPath: String
    let unsigned: String
    let proofConfig: String
    let canonDoc: String
    let proofCanon: String
    let docHash: String
    let proofHash: String
    let combinedHash: String
    let sigHex: String?
    let sigBTC58: String?
    let signed: String?
    /// The verification method id to pin the vector's key under, when it is not a did:key.
    let pinnedMethodId: String?

    var testDescription: String { name }

    static func w3c(_ name: String, suite: String, root: String, sub: String, suffix: String, key: String, signedAvailable: Bool) -> RDFCVector {
        let f = "\(root)/\(sub)"
        return RDFCVector(
            name: name, suiteName: suite, folder: f, keyPath: "\(root)/\(key)", unsigned: "\(root)/unsigned.json",
            proofConfig: "\(f)/proofConfig\(suffix).json", canonDoc: "\(f)/canonDoc\(suffix).txt", proofCanon: "\(f)/proofCanon\(suffix).txt",
            docHash: "\(f)/docHash\(suffix).txt", proofHash: "\(f)/proofHash\(suffix).txt", combinedHash: "\(f)/combinedHash\(suffix).txt",
            sigHex: signedAvailable ? "\(f)/sigHex\(suffix).txt" : nil, sigBTC58: signedAvailable ? "\(f)/sigBTC58\(suffix).txt" : nil,
            signed: signedAvailable ? "\(f)/signed\(suffix).json" : nil, pinnedMethodId: nil)
    }

    static let all: [RDFCVector] = [
        .w3c("eddsa-rdfc-2022", suite: "eddsa-rdfc-2022", root: Vectors.eddsa, sub: "eddsa-rdfc-2022", suffix: "DataInt", key: "keyPair.json", signedAvailable: true),
        .w3c("ecdsa-rdfc-2019 P-256", suite: "ecdsa-rdfc-2019", root: Vectors.ecdsa, sub: "ecdsa-rdfc-2019-p256", suffix: "ECDSAP256", key: "p256KeyPair.json", signedAvailable: true),
        .w3c("ecdsa-rdfc-2019 P-384", suite: "ecdsa-rdfc-2019", root: Vectors.ecdsa, sub: "ecdsa-rdfc-2019-p384", suffix: "ECDSAP384", key: "p384KeyPair.json", signedAvailable: true),
        .w3c("Ed25519Signature2020", suite: "Ed25519Signature2020", root: Vectors.eddsa, sub: "Ed25519Signature2020", suffix: "EdSig", key: "keyPair.json", signedAvailable: false),
        RDFCVector(
            name: "1EdTech OB 3.0 eddsa-rdfc-2022", suiteName: "eddsa-rdfc-2022", folder: Vectors.obv3, keyPath: Vectors.obv3 + "/keyPair.json",
            unsigned: Vectors.obv3 + "/unsigned.json", proofConfig: Vectors.obv3 + "/proofConfig.json", canonDoc: Vectors.obv3 + "/document-canon.txt",
            proofCanon: Vectors.obv3 + "/proof-canon.txt", docHash: Vectors.obv3 + "/docHash.txt", proofHash: Vectors.obv3 + "/proofHash.txt",
            combinedHash: Vectors.obv3 + "/combinedHash.txt", sigHex: Vectors.obv3 + "/sigHex.txt", sigBTC58: Vectors.obv3 + "/proofValue.txt",
            signed: Vectors.obv3 + "/signed.json", pinnedMethodId: "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"),
    ]

    static var signedOnly: [RDFCVector] { all.filter { $0.signed != nil } }

    func keyPair() throws -> VectorKeyPair { try VectorKeyPair.load(name, keyPath) }

    /// The verification method the vector's proof names, built from the vector's key: a did:key
    /// method for the W3C vectors; for the 1EdTech vector, whose key id is an https controller URL
    /// that does not resolve, a Multikey pinned under that id (from the vector's own keyPair.json).
    func verificationMethod() throws -> VerificationMethod {
        let pair = try keyPair()
        if let pinnedMethodId {
            let o = try Vectors.object(keyPath)
            return try VerificationMethod(multikey: [
                "id": .string(pinnedMethodId), "type": "Multikey", "controller": o["controller"] ?? "",
                "publicKeyMultibase": .string(pair.publicKeyMultibase),
            ])
        }
        return try didKeyMethod(pair.publicKeyMultibase)
    }

    var suite: any Cryptosuite {
        switch suiteName {
        case "eddsa-rdfc-2022": EdDSARDFC2022(processor: TestContexts.processor)
        case "ecdsa-rdfc-2019": ECDSARDFC2019(processor: TestContexts.processor)
        default: Ed25519Signature2020(processor: TestContexts.processor)
        }
    }

    /// Transformation stage of the suite under test.
    func transform(_ document: JSONObject, options: JSONObject, algorithm: KeyAlgorithm) throws -> String {
        switch suiteName {
        case "eddsa-rdfc-2022": try EdDSARDFC2022(processor: TestContexts.processor).transform(document, options: options)
        case "ecdsa-rdfc-2019": try ECDSARDFC2019(processor: TestContexts.processor).transform(document, options: options, curve: algorithm)
        default: try Ed25519Signature2020(processor: TestContexts.processor).transform(document, options: options)
        }
    }

    /// Proof configuration stage of the suite under test.
    func configure(_ options: JSONObject, document: JSONObject, algorithm: KeyAlgorithm) throws -> String {
        switch suiteName {
        case "eddsa-rdfc-2022": try EdDSARDFC2022(processor: TestContexts.processor).proofConfiguration(options, unsecuredDocument: document)
        case "ecdsa-rdfc-2019": try ECDSARDFC2019(processor: TestContexts.processor).proofConfiguration(options, unsecuredDocument: document, curve: algorithm)
        default: try Ed25519Signature2020(processor: TestContexts.processor).proofConfiguration(options, unsecuredDocument: document)
        }
    }

    /// Hashing stage of the suite under test.
    func hash(_ document: [UInt8], _ config: [UInt8], algorithm: KeyAlgorithm) -> [UInt8] {
        switch suiteName {
        case "eddsa-rdfc-2022": EdDSARDFC2022(processor: TestContexts.processor).hash(transformedDocument: document, proofConfiguration: config)
        case "ecdsa-rdfc-2019": ECDSARDFC2019(processor: TestContexts.processor).hash(transformedDocument: document, proofConfiguration: config, curve: algorithm)
        default: Ed25519Signature2020(processor: TestContexts.processor).hash(transformedDocument: document, proofConfiguration: config)
        }
    }

    /// Proof verification stage of the suite under test.
    func verify(hashData: [UInt8], proofBytes: [UInt8], publicKey: PublicKey) -> Bool {
        switch suiteName {
        case "eddsa-rdfc-2022": EdDSARDFC2022(processor: TestContexts.processor).verifyProof(hashData: hashData, proofBytes: proofBytes, publicKey: publicKey)
        case "ecdsa-rdfc-2019": ECDSARDFC2019(processor: TestContexts.processor).verifyProof(hashData: hashData, proofBytes: proofBytes, publicKey: publicKey)
        default: Ed25519Signature2020(processor: TestContexts.processor).verifyProof(hashData: hashData, proofBytes: proofBytes, publicKey: publicKey)
        }
    }
}
