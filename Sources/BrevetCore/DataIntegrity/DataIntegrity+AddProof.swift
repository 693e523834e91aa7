import BrevetJSON

extension DataIntegrity {
    /// [§4.1 Add Proof](https://www.w3.org/TR/vc-data-integrity/#add-proof): secures `document`
    /// with one proof and returns the secured document.
    ///
    /// "If one or more of the proof.type, proof.verificationMethod, and proof.proofPurpose values is
    /// not set, an error MUST be raised"; the `domain` and `challenge` of `options` MUST reappear in
    /// the proof. A document that already has a proof is refused: add to it with
    /// ``addProofToSetOrChain(_:options:suite:key:)`` instead, so no proof is dropped by accident.
    public static func addProof(
        to document: JSONObject, options: ProofOptions, suite: any Cryptosuite, key: SigningKey
    ) throws(CoreError) -> JSONObject {
        guard document["proof"] == nil else {
            throw CoreError(.invalidDocument, "the document already has a proof; use addProofToSetOrChain to add another")
        }
        var secured = document
        secured["proof"] = .object(try createCheckedProof(document, options, suite, key))
        return secured
    }

    /// [§4.2 Add Proof Set/Chain](https://www.w3.org/TR/vc-data-integrity/#add-proof-set-chain):
    /// adds a proof to a document that may already have one or more.
    ///
    /// Without `options.previousProof` the new proof is independent of the others (a proof set):
    /// it signs the document without any proof. With it, the proofs named there are put back into
    /// the document before signing ("This step is critical, as it binds the previous proofs to the
    /// document prior to signing"); each id "MUST" name an existing proof. The result's `proof` is
    /// always an array.
    public static func addProofToSetOrChain(
        _ securedDocument: JSONObject, options: ProofOptions, suite: any Cryptosuite, key: SigningKey
    ) throws(CoreError) -> JSONObject {
        let allProofs = try proofObjects(of: securedDocument) ?? []
        var unsecured = securedDocument
        unsecured.removeValue(forKey: "proof")
        var output = unsecured
        let matching = try matchingProofs(options.previousProof, in: allProofs, code: .invalidProofChain)
        if !matching.isEmpty { unsecured["proof"] = .array(matching.map { .object($0) }) }
        let proof = try createCheckedProof(unsecured, options, suite, key)
        output["proof"] = .array((allProofs + [proof]).map { .object($0) })
        return output
    }

    static func createCheckedProof(
        _ document: JSONObject, _ options: ProofOptions, _ suite: any Cryptosuite, _ key: SigningKey
    ) throws(CoreError) -> JSONObject {
        let proof = try suite.createProof(document: document, options: options, key: key)
        for member in ["type", "verificationMethod", "proofPurpose"] where proof[member] == nil {
            throw CoreError(.invalidProof, "the cryptosuite produced a proof without '\(member)'")
        }
        let view = try DataIntegrityProof(proof)
        if !options.domain.isEmpty, Set(view.domain) != Set(options.domain) {
            throw CoreError(.invalidProof, "the proof's domain does not match the options' domain")
        }
        if let challenge = options.challenge, view.challenge != challenge {
            throw CoreError(.invalidProof, "the proof's challenge does not match the options' challenge")
        }
        return proof
    }

    /// The proofs of a document as objects: `nil` when it has none.
    static func proofObjects(of document: JSONObject) throws(CoreError) -> [JSONObject]? {
        try proofObjects(of: document["proof"])
    }

    /// The proof objects of a `proof` value: one object or an array of them.
    static func proofObjects(of proof: JSONValue?) throws(CoreError) -> [JSONObject]? {
        guard let value = proof else { return nil }
        var proofs: [JSONObject] = []
        for element in value.asArray {
            guard let o = element.objectValue else {
                throw CoreError(.invalidProof, "'proof' holds a \(element.typeName) where a proof object is expected")
            }
            proofs.append(o)
        }
        return proofs
    }

    /// The proofs among `all` whose ids `previousProof` names, in the order named.
    static func matchingProofs(_ previousProof: [String], in all: [JSONObject], code: CoreError.Code) throws(CoreError) -> [JSONObject] {
        var matching: [JSONObject] = []
        for id in previousProof {
            guard let p = all.first(where: { $0["id"]?.stringValue == id }) else {
                throw CoreError(code, "previousProof names '\(id)', but no proof of the document has that id")
            }
            matching.append(p)
        }
        return matching
    }
}
