import BrevetJSON
import BrevetJSONLD
import BrevetRDF

/// The `ecdsa-rdfc-2019` cryptosuite: ECDSA over P-256 or P-384 on RDFC-1.0 canonical N-Quads
/// ([vc-di-ecdsa §3.2](https://www.w3.org/TR/vc-di-ecdsa/#ecdsa-rdfc-2019)).
///
/// The key's curve decides both hashes: with P-384, "the hash algorithm used by RDFC-1.0 MUST be
/// SHA-384" as well as the proof hashing, so the canonical form itself differs between curves
/// (blank node labels). The document is expanded with the caller's ``JSONLDProcessor`` in safe mode.
///
/// Stages: ``transform(_:options:curve:)``, ``proofConfiguration(_:unsecuredDocument:curve:)``,
/// ``canonicalProofConfiguration(_:curve:)``, ``hash(transformedDocument:proofConfiguration:curve:)``,
/// ``serializeProof(hashData:key:)``, ``verifyProof(hashData:proofBytes:publicKey:)``.
public struct ECDSARDFC2019: Cryptosuite {
    public static let name = "ecdsa-rdfc-2019"
    public var name: String { Self.name }
    public let processor: JSONLDProcessor

    public init(processor: JSONLDProcessor) {
        self.processor = processor
    }

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

extension ECDSARDFC2019: ProofStages {
    var proofType: String { "DataIntegrityProof" }
    var cryptosuiteValue: String? { Self.name }
    var keyAlgorithms: [KeyAlgorithm] { [.p256, .p384] }
    var contextRule: ProofContextRule { .documentContextWhileHashing }

    func stageTransform(_ document: JSONObject, options: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try transformedBytes(document, options: options, curve: algorithm)
    }

    func stageProofConfiguration(_ options: JSONObject, document: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try proofConfigurationBytes(options, unsecuredDocument: document, curve: algorithm)
    }

    func stageHash(transformedDocument: [UInt8], proofConfiguration: [UInt8], algorithm: KeyAlgorithm) -> [UInt8] {
        hash(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration, curve: algorithm)
    }

    /// RDFC-1.0's internal hash for a curve: SHA-384 for P-384, SHA-256 otherwise.
    static func canonicalizationHash(_ curve: KeyAlgorithm) -> RDFCanonicalizer.HashAlgorithm {
        curve == .p384 ? .sha384 : .sha256
    }
}
