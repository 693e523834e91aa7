import BrevetJSON
import BrevetJSONLD

/// The `eddsa-rdfc-2022` cryptosuite: Ed25519 signatures over RDFC-1.0 canonical N-Quads
/// ([vc-di-eddsa §3.2](https://www.w3.org/TR/vc-di-eddsa/#eddsa-rdfc-2022)), the suite of the
/// Open Badges 3.0 examples.
///
/// The document is expanded to RDF with the caller's ``JSONLDProcessor`` (configured with an
/// offline document loader) in safe mode, then canonicalized. The proof configuration is the proof
/// options with the document's `@context` ("Set proofConfig.@context to unsecuredDocument.@context"),
/// canonicalized the same way.
///
/// Stages: ``transform(_:options:)``, ``proofConfiguration(_:unsecuredDocument:)``,
/// ``canonicalProofConfiguration(_:)``, ``hash(transformedDocument:proofConfiguration:)``,
/// ``serializeProof(hashData:key:)``, ``verifyProof(hashData:proofBytes:publicKey:)``.
public struct EdDSARDFC2022: Cryptosuite {
    public static let name = "eddsa-rdfc-2022"
    /// The draft name of this suite, `eddsa-2022`, still found in credentials issued before the
    /// suite was split into eddsa-rdfc-2022 and eddsa-jcs-2022 (the 1EdTech validator accepts it
    /// with a warning).
    public static let legacyName = "eddsa-2022"
    /// The `cryptosuite` this instance writes and accepts: ``name``, or ``legacyName`` for the
    /// instance made by ``legacy(processor:)``.
    public let name: String
    public let processor: JSONLDProcessor

    public init(processor: JSONLDProcessor) {
        self.init(processor: processor, name: Self.name)
    }

    init(processor: JSONLDProcessor, name: String) {
        self.processor = processor
        self.name = name
    }

    /// The same algorithm under the draft name `eddsa-2022`: register it beside the current suite to
    /// verify older credentials (their proof configuration says `eddsa-2022`, so it is hashed as such).
    public static func legacy(processor: JSONLDProcessor) -> EdDSARDFC2022 {
        EdDSARDFC2022(processor: processor, name: legacyName)
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

extension EdDSARDFC2022: ProofStages {
    var proofType: String { "DataIntegrityProof" }
    var cryptosuiteValue: String? { name }
    var keyAlgorithms: [KeyAlgorithm] { [.ed25519] }
    var contextRule: ProofContextRule { .documentContextWhileHashing }

    func stageTransform(_ document: JSONObject, options: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try transformedBytes(document, options: options)
    }

    func stageProofConfiguration(_ options: JSONObject, document: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8] {
        try proofConfigurationBytes(options, unsecuredDocument: document)
    }

    func stageHash(transformedDocument: [UInt8], proofConfiguration: [UInt8], algorithm: KeyAlgorithm) -> [UInt8] {
        hash(transformedDocument: transformedDocument, proofConfiguration: proofConfiguration)
    }
}
