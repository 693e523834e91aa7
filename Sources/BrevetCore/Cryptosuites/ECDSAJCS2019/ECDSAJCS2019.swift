import BrevetJSON

/// The `ecdsa-jcs-2019` cryptosuite: ECDSA over P-256 (SHA-256) or P-384 (SHA-384) on JSON
/// canonicalized with RFC 8785 ([vc-di-ecdsa §3.3](https://www.w3.org/TR/vc-di-ecdsa/#ecdsa-jcs-2019)).
///
/// The key decides the curve and with it the hash: "If the public key is a P-256 key, SHA-256
/// ... if P-384, SHA-384". Signatures are IEEE P1363 `r ‖ s`. Like eddsa-jcs-2022 the proof carries
/// the document's `@context`, and a verifier checks it is the start of the document's.
///
/// Stages: ``transform(_:options:)``, ``proofConfiguration(_:)``, ``hash(transformedDocument:proofConfiguration:curve:)``,
/// ``serializeProof(hashData:key:)``, ``verifyProof(hashData:proofBytes:publicKey:)``.
public struct ECDSAJCS2019: Cryptosuite {
    public static let name = "ecdsa-jcs-2019"
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

extension ECDSAJCS2019: SecuredTextStages {
    var proofType: String { "DataIntegrityProof" }
    var cryptosuiteValue: String? { Self.name }
    var keyAlgorithms: [KeyAlgorithm] { [.p256, .p384] }
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
        hash(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration, curve: algorithm)
    }
}
