import BrevetJSON

/// Where a suite's proof configuration takes its `@context` from.
enum ProofContextRule: Sendable {
    /// eddsa-jcs-2022, ecdsa-jcs-2019: "If unsecuredDocument.@context is present, set
    /// proof.@context to unsecuredDocument.@context"; on verification the proof's `@context` must be
    /// a prefix of the document's and then replaces it.
    case carriedInProof
    /// eddsa-rdfc-2022, ecdsa-rdfc-2019: "Set proofConfig.@context to unsecuredDocument.@context"
    /// while hashing only; the proof as written has none.
    case documentContextWhileHashing
    /// Ed25519Signature2020: the proof's own `@context` when it has one, otherwise the document's.
    case proofContextOrDocument
}

/// The stages every Data Integrity suite here runs, and the create/verify procedures of
/// vc-di-eddsa §3 and vc-di-ecdsa §3 written once over them. Each suite implements the stages
/// (forwarding to its public stage functions) and calls ``createProofWithStages(document:options:key:)``
/// and ``verifyProofWithStages(document:proof:publicKey:)``.
protocol ProofStages: Cryptosuite {
    /// The proof `type` the suite writes and expects.
    var proofType: String { get }
    /// The `cryptosuite` value, or `nil` for legacy suites that have none.
    var cryptosuiteValue: String? { get }
    var keyAlgorithms: [KeyAlgorithm] { get }
    var contextRule: ProofContextRule { get }
    func stageTransform(_ document: JSONObject, options: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8]
    func stageProofConfiguration(_ options: JSONObject, document: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8]
    func stageHash(transformedDocument: [UInt8], proofConfiguration: [UInt8], algorithm: KeyAlgorithm) -> [UInt8]
}

/// Stages of the suites that read the secured text itself (the JCS suites): the document and the
/// proof configuration are canonicalized where they lie in the received text.
protocol SecuredTextStages: ProofStages {
    /// The transformation of the document a secured text holds, its `proof` left out.
    func stageTransform(securedText: JSONText, options: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8]
    /// The proof configuration of the proof at `proof` in a secured text, whose members (but
    /// `proofValue`) are `options`.
    func stageProofConfiguration(securedText: JSONText, proof: JSONText.Position, options: JSONObject, algorithm: KeyAlgorithm) throws(CoreError) -> [UInt8]
}

extension ProofStages {
    func checkKey(_ algorithm: KeyAlgorithm) throws(CoreError) {
        guard keyAlgorithms.contains(algorithm) else {
            throw CoreError(
                .keyMismatch,
                "\(name) works with \(keyAlgorithms.map(\.rawValue).joined(separator: " or ")) keys, not \(algorithm)")
        }
    }

    /// The checks the transformation and proof configuration stages share: "If options.type is not
    /// set to the string DataIntegrityProof and options.cryptosuite is not set to the string
    /// <suite>, an error MUST be raised", and `created` MUST be a valid XML Schema dateTime.
    func checkOptions(_ options: JSONObject) throws(CoreError) {
        guard options["type"]?.stringValue == proofType else {
            throw CoreError(.invalidProof, "\(name) proofs have type '\(proofType)', not \(options["type"].map { "\($0)" } ?? "none")")
        }
        if let cryptosuiteValue {
            guard options["cryptosuite"]?.stringValue == cryptosuiteValue else {
                throw CoreError(.invalidProof, "the proof's cryptosuite is \(options["cryptosuite"].map { "\($0)" } ?? "missing"), expected '\(cryptosuiteValue)'")
            }
        }
        if let created = options["created"] {
            guard let text = created.stringValue, XSDDateTime.isValid(text) else {
                throw CoreError(.invalidProof, "proof 'created' (\(created)) is not a valid XML Schema dateTime")
            }
        }
    }

    /// The proof options of a proof configuration: `@context` set as the suite's rule says.
    func configurationOptions(_ options: JSONObject, document: JSONObject) -> JSONObject {
        var config = options
        switch contextRule {
        case .carriedInProof:
            break
        case .documentContextWhileHashing:
            config["@context"] = document["@context"]
        case .proofContextOrDocument:
            if config["@context"] == nil { config["@context"] = document["@context"] }
        }
        return config
    }

    /// createProof of vc-di-eddsa §3.2.1 / §3.3.1 and vc-di-ecdsa §3.2.1 / §3.3.1.
    func createProofWithStages(document: JSONObject, options: ProofOptions, key: SigningKey) throws(CoreError) -> JSONObject {
        try checkKey(key.algorithm)
        var opts = options
        if opts.cryptosuite == nil { opts.cryptosuite = cryptosuiteValue }
        var proof = opts.object
        if let created = proof["created"]?.stringValue, !XSDDateTime.isValid(created, requireTimezone: true) {
            throw CoreError(.invalidProof, "'created' MUST be an XML Schema dateTimeStamp with a time zone, such as 2024-01-01T00:00:00Z; got \"\(created)\"")
        }
        if contextRule == .carriedInProof, let context = document["@context"] { proof["@context"] = context }
        let config = try stageProofConfiguration(proof, document: document, algorithm: key.algorithm)
        let transformed = try stageTransform(document, options: proof, algorithm: key.algorithm)
        let hashData = stageHash(transformedDocument: transformed, proofConfiguration: config, algorithm: key.algorithm)
        proof["proofValue"] = .string(Multibase.encode(try key.sign(hashData), .base58btc))
        return proof
    }

    /// verifyProof of vc-di-eddsa §3.2.2 / §3.3.2 and vc-di-ecdsa §3.2.2 / §3.3.2.
    func verifyProofWithStages(document: JSONObject, proof proofObject: JSONObject, publicKey: PublicKey) throws(CoreError) -> ProofCheck {
        try verifyProofWithStages(document: document, proof: DataIntegrityProof(proofObject), publicKey: publicKey)
    }

    /// Whether two `@context` values are the same strings, byte for byte (`==` on JSON values
    /// equates `1.0` with `1` and canonically equivalent Unicode, which canonicalize differently).
    /// Anything but strings and arrays of strings answers `false`.
    static func sameText(_ a: JSONValue?, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(var x)?, .string(var y)):
            return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
        case let (.array(x)?, .array(y)):
            return x.count == y.count && zip(x, y).allSatisfy { sameText($0, $1) }
        default:
            return false
        }
    }

    /// verifyProof over a proof already read into a ``DataIntegrityProof`` (its checks passed).
    func verifyProofWithStages(document: JSONObject, proof: DataIntegrityProof, publicKey: PublicKey) throws(CoreError) -> ProofCheck {
        verifyProofWithStages(proof: proof, publicKey: publicKey, documentContext: document["@context"]) { proofContext throws(CoreError) in
            var unsecured = document
            if let proofContext { unsecured["@context"] = proofContext }
            let options = proof.options
            let transformed = try stageTransform(unsecured, options: options, algorithm: publicKey.algorithm)
            return (transformed, try stageProofConfiguration(options, document: unsecured, algorithm: publicKey.algorithm))
        }
    }

    /// The steps of verifyProof around the transformation: the key and `proofValue` checks, the
    /// `@context` rule, then `stages` (given the proof's `@context` when it must replace the
    /// document's) for the transformed document and proof configuration, the hash and the
    /// signature check.
    func verifyProofWithStages(
        proof: DataIntegrityProof, publicKey: PublicKey, documentContext: JSONValue?,
        stages: (_ proofContext: JSONValue?) throws(CoreError) -> (transformed: [UInt8], configuration: [UInt8])
    ) -> ProofCheck {
        do { try checkKey(publicKey.algorithm) } catch { return .failure(.keyMismatch, error.reason) }
        guard let proofValue = proof.proofValue else {
            return .failure(.malformedProof, "the proof has no 'proofValue'")
        }
        let proofBytes: [UInt8]
        do { proofBytes = try Multibase.decode(proofValue, expecting: .base58btc) } catch {
            return .failure(.malformedProof, "proofValue MUST be multibase base58btc: \(error.reason)")
        }
        var replacingContext: JSONValue?
        if contextRule == .carriedInProof, let proofContext = proof.context {
            // "Check that the securedDocument.@context starts with all values contained in the
            // proofOptions.@context in the same order. Otherwise, set verified to false".
            let documentContexts = documentContext?.asArray ?? []
            let proofContexts = proofContext.asArray
            guard documentContexts.count >= proofContexts.count, Array(documentContexts.prefix(proofContexts.count)) == proofContexts else {
                return .failure(.contextMismatch, "the proof's @context is not the start of the document's @context")
            }
            // Usually the two are the same text: then the document stays as it is.
            if !Self.sameText(documentContext, proofContext) { replacingContext = proofContext }
        }
        let transformed: [UInt8]
        let config: [UInt8]
        do {
            (transformed, config) = try stages(replacingContext)
        } catch {
            let problem: ProofCheck.Problem = error.code == .canonicalizationFailed ? .transformationFailed : .malformedProof
            return .failure(problem, error.reason)
        }
        let hashData = stageHash(transformedDocument: transformed, proofConfiguration: config, algorithm: publicKey.algorithm)
        guard proofBytes.count == publicKey.algorithm.signatureLength else {
            return .failure(.invalidSignature, "the proofValue holds \(proofBytes.count) bytes; a \(publicKey.algorithm) signature has \(publicKey.algorithm.signatureLength)")
        }
        guard publicKey.verify(signature: proofBytes, for: hashData) else {
            return .failure(.invalidSignature, "the signature does not match the document, the proof options and the key")
        }
        return .success()
    }
}

extension SecuredTextStages {
    /// verifyProof over the secured document's received text (its `proof` left out); `nil` when
    /// this proof needs the document as a value: the proof's `@context` differs from the
    /// document's, which then has to be replaced.
    func verifyProofWithStages(securedText text: JSONText, proof: DataIntegrityProof, at position: JSONText.Position, publicKey: PublicKey) -> ProofCheck? {
        guard contextRule == .carriedInProof else { return nil }
        let contextPosition = text.member("@context", of: text.root)
        var documentContext: JSONValue?
        if let proofContext = proof.context {
            // The document's @context is then the proof's, which saves building it.
            guard let contextPosition, text.isSameText(at: contextPosition, as: proofContext) else { return nil }
            documentContext = proofContext
        } else {
            documentContext = contextPosition.map { text.value(at: $0) }
        }
        return verifyProofWithStages(proof: proof, publicKey: publicKey, documentContext: documentContext) { _ throws(CoreError) in
            let options = proof.options
            let transformed = try stageTransform(securedText: text, options: options, algorithm: publicKey.algorithm)
            return (transformed, try stageProofConfiguration(securedText: text, proof: position, options: options, algorithm: publicKey.algorithm))
        }
    }
}
