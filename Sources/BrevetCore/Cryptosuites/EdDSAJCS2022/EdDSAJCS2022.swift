import BrevetJSON

/// The `eddsa-jcs-2022` cryptosuite: Ed25519 signatures over JSON canonicalized with RFC 8785
/// ([vc-di-eddsa §3.3](https://www.w3.org/TR/vc-di-eddsa/#eddsa-jcs-2022)).
///
/// No JSON-LD processing: the document and the proof options are canonicalized as JSON, so this
/// is the fast suite (within a few microseconds of a bare Ed25519 verification). The proof
/// carries the document's `@context` ("If unsecuredDocument.@context is present, set
/// proof.@context to unsecuredDocument.@context"), and a verifier "MUST" check that the proof's
/// `@context` is the start of the document's.
///
/// Stages: ``transform(_:options:)``, ``proofConfiguration(_:)``, ``hash(transformedDocument:proofConfiguration:)``,
/// ``serializeProof(hashData:key:)``, ``verifyProof(hashData:proofBytes:publicKey:)``.
public struct EdDSAJCS2022: Cryptosuite {
    public static let name = "eddsa-jcs-2022"
    public var name: String { Self.name }

    public init() {}

    public func createProof(document: JSONObject, options: ProofOptions, key: SigningKey) throws(CoreError) -> JSONObject {
        try createProofWithStages(document: document, options: options, key: key)
    }

    public func verifyProof(document: JSONObject, proof: JSONObject, publicKey: PublicKey) throws(CoreError) -> ProofCheck {
        try verifyProofWithStages(document: document, proof: proof, publicKey: publicKey)
    }

    public func verifyProof(document: JSONObject, checkedProof: DataIntegrityProof, publicKey: PublicKey) throws(CoreError) -> ProofCheck {
        try verifyProofWithStages(document: document, proof: checkedProof, publicKey: publicKey)
    }
}

extension EdDSAJCS2022: SecuredTextStages {
    var proofType: String { "DataIntegrityProof" }
    var cryptosuiteValue: String? { Self.name }
    var keyAlgorithms: [KeyAlgorithm] { [.ed25519] }
    var contextRule: ProofContextRule { .carriedInProof }

    func stageTransform(_ document: JSONObject, options: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try transform(document, options: options)
    }

    func stageTransform(securedText: JSONText, options: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try transform(securedText: securedText, options: options)
    }

    func stageProofConfiguration(securedText: JSONText, proof: JSONText.Position, options: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try proofConfiguration(securedText: securedText, proof: proof, options: options)
    }

    func stageProofConfiguration(_ options: JSONObject, document: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try proofConfiguration(options)
    }

    func stageHash(transformedDocument: [UInt8], proofConfiguration: [UInt8], algorithm: KeyAlgorithm) -> [UInt8] {
        hash(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration)
    }
}
