import BrevetJSON
import BrevetJSONLD

/// The legacy `Ed25519Signature2020` suite, verification only
/// ([di-eddsa-2020](https://w3c-ccg.github.io/di-eddsa-2020/)), for older credentials from issuers
/// such as Credly, the Digital Credentials Consortium and Open edX.
///
/// It predates the `cryptosuite` property: the proof `type` is `Ed25519Signature2020` and the key
/// an `Ed25519VerificationKey2020` (or Multikey). The algorithm is eddsa-rdfc-2022's — RDFC-1.0 of
/// the document and of the proof options, SHA-256 each, proof hash first, Ed25519 — except for
/// the proof's `@context`: these proofs were made by libraries that hash the proof options under
/// the proof's own `@context` when it has one and under the document's otherwise, so that is what
/// the proof configuration does here. Safe mode is on by default; `safeMode: false` accepts older
/// documents whose JSON-LD drops terms (the dropped data is then not covered by the signature).
///
/// Stages: ``transform(_:options:)``, ``proofConfiguration(_:unsecuredDocument:)``,
/// ``canonicalProofConfiguration(_:)``, ``hash(transformedDocument:proofConfiguration:)``,
/// ``verifyProof(hashData:proofBytes:publicKey:)``.
public struct Ed25519Signature2020: Cryptosuite {
    public static let name = "Ed25519Signature2020"
    public var name: String { Self.name }
    public let processor: JSONLDProcessor
    public let safeMode: Bool

    public init(processor: JSONLDProcessor, safeMode: Bool = true) {
        self.processor = processor
        self.safeMode = safeMode
    }

    /// Not supported: Brevet issues with the current suites only.
    public func createProof(document: JSONObject, options: ProofOptions, key: SigningKey) throws(CoreError) -> JSONObject {
        throw CoreError(.unknownCryptosuite, "Ed25519Signature2020 is supported for verification only; issue with eddsa-rdfc-2022")
    }

    public func verifyProof(document: JSONObject, proof: JSONObject, publicKey: PublicKey) throws(CoreError) -> ProofCheck {
        try verifyProofWithStages(document: document, proof: proof, publicKey: publicKey)
    }

    public func verifyProof(document: JSONObject, checkedProof: DataIntegrityProof, publicKey: PublicKey) throws(CoreError) -> ProofCheck {
        try verifyProofWithStages(document: document, proof: checkedProof, publicKey: publicKey)
    }
}

extension Ed25519Signature2020: ProofStages {
    var proofType: String { Self.name }
    var cryptosuiteValue: String? { nil }
    var keyAlgorithms: [KeyAlgorithm] { [.ed25519] }
    var contextRule: ProofContextRule { .proofContextOrDocument }

    func stageTransform(_ document: JSONObject, options: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        Array(try transform(document, options: options).utf8)
    }

    func stageProofConfiguration(_ options: JSONObject, document: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        Array(try proofConfiguration(options, unsecuredDocument: document).utf8)
    }

    func stageHash(transformedDocument: [UInt8], proofConfiguration: [UInt8], algorithm: KeyAlgorithm) -> [UInt8] {
        hash(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration)
    }
}
