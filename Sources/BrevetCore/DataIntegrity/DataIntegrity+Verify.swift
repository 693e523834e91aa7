import BrevetJSON

extension DataIntegrity {
    /// Verifies every proof of `document`: one proof ([§4.3 Verify Proof](https://www.w3.org/TR/vc-data-integrity/#verify-proof)),
    /// or a proof set or chain ([§4.4](https://www.w3.org/TR/vc-data-integrity/#verify-proof-sets-and-chains)).
    ///
    /// Each proof is checked over the document with `proof` removed and, for a proof with
    /// `previousProof`, set to the proofs it names ("Let unsecuredDocument be a copy of
    /// securedDocument with the proof value removed and then set unsecuredDocument.proof to
    /// matchingProofs"); a proof whose previous proofs are missing or do not verify fails too. The
    /// verification method comes from `resolver` and must carry the id the proof names. Never
    /// throws: every problem is a failed ``ProofCheck``.
    public static func verify(
        _ document: JSONObject, registry: CryptosuiteRegistry, resolver: VerificationMethodLookup,
        expectations: ProofExpectations = ProofExpectations()
    ) -> SecuredDocumentCheck {
        let input = SecuredDocumentInput(proof: document["proof"], text: nil, proofPositions: nil) {
            var unsecured = document
            unsecured.removeValue(forKey: "proof")
            return unsecured
        }
        return verify(input, registry: registry, resolver: resolver, expectations: expectations)
    }

    /// ``verify(_:registry:resolver:expectations:)`` of the document a received JSON text holds.
    ///
    /// Suites whose transformation is JSON canonicalization (eddsa-jcs-2022, ecdsa-jcs-2019)
    /// canonicalize the text itself, without building the document, unless the proof is part of
    /// a chain or its `@context` differs from the document's; every other proof is checked over
    /// the document built from the text, as ``verify(_:registry:resolver:expectations:)`` does.
    /// `document` is the value already built from `text`, when the caller has it (it is built
    /// otherwise, and only if some proof needs it).
    public static func verify(
        _ text: JSONText, document: JSONObject? = nil, registry: CryptosuiteRegistry, resolver: VerificationMethodLookup,
        expectations: ProofExpectations = ProofExpectations()
    ) -> SecuredDocumentCheck {
        guard text.isObject(text.root) else {
            return SecuredDocumentCheck(outcomes: [], documentProblem: .failure(.malformedProof, "a secured document is a JSON object"))
        }
        let proof = text.member("proof", of: text.root)
        let input = SecuredDocumentInput(proof: proof.map { text.value(at: $0) }, text: text, proofPositions: proof.map { text.elements(of: $0) ?? [$0] }) {
            var unsecured = document ?? text.value.objectValue ?? JSONObject()
            unsecured.removeValue(forKey: "proof")
            return unsecured
        }
        return verify(input, registry: registry, resolver: resolver, expectations: expectations)
    }

    static func verify(
        _ document: SecuredDocumentInput, registry: CryptosuiteRegistry, resolver: VerificationMethodLookup,
        expectations: ProofExpectations
    ) -> SecuredDocumentCheck {
        let allProofs: [JSONObject]
        do {
            guard let proofs = try proofObjects(of: document.proof), !proofs.isEmpty else {
                return SecuredDocumentCheck(outcomes: [], documentProblem: .failure(.malformedProof, "the document has no proof"))
            }
            allProofs = proofs
        } catch {
            return SecuredDocumentCheck(outcomes: [], documentProblem: .failure(.malformedProof, error.reason))
        }
        guard allProofs.count <= expectations.maxProofs else {
            return SecuredDocumentCheck(
                outcomes: [],
                documentProblem: .failure(.malformedProof, "the document has \(allProofs.count) proofs, more than the \(expectations.maxProofs) this verifier checks"))
        }
        var outcomes = allProofs.indices.map { i in
            verifyOne(allProofs[i], at: document.proofPositions?[i], allProofs: allProofs, document: document,
                      registry: registry, resolver: resolver, expectations: expectations)
        }
        // "any proof ... with a previousProof can only be considered verified if the proofs it
        // references are also considered verified": propagate failures along chains.
        var changed = true
        while changed {
            changed = false
            // A proof without `previousProof` chains to nothing (skip re-reading it).
            for (i, outcome) in outcomes.enumerated() where outcome.check.verified && outcome.proof["previousProof"] != nil {
                let previous = (try? DataIntegrityProof(outcome.proof))?.previousProof ?? []
                for id in previous {
                    if let j = allProofs.firstIndex(where: { $0["id"]?.stringValue == id }), !outcomes[j].check.verified {
                        outcomes[i] = ProofOutcome(
                            proof: outcome.proof, verificationMethod: outcome.verificationMethod,
                            check: .failure(.previousProofFailed, "its previous proof '\(id)' does not verify"))
                        changed = true
                        break
                    }
                }
            }
        }
        return SecuredDocumentCheck(outcomes: outcomes, documentProblem: nil)
    }

    /// Checks one proof; `position` is where the proof lies in the document's text, if it came as one.
    static func verifyOne(
        _ proofObject: JSONObject, at position: JSONText.Position?, allProofs: [JSONObject], document: SecuredDocumentInput, registry: CryptosuiteRegistry,
        resolver: VerificationMethodLookup, expectations: ProofExpectations
    ) -> ProofOutcome {
        func fail(_ problem: ProofCheck.Problem, _ reason: String, _ method: VerificationMethod? = nil) -> ProofOutcome {
            ProofOutcome(proof: proofObject, verificationMethod: method, check: .failure(problem, reason))
        }
        let proof: DataIntegrityProof
        do { proof = try DataIntegrityProof(proofObject) } catch { return fail(.malformedProof, error.reason) }
        if let purpose = expectations.proofPurpose, proof.proofPurpose != purpose {
            return fail(.mismatchedProofPurpose, "the proof's purpose is '\(proof.proofPurpose)', expected '\(purpose)'")
        }
        if let domain = expectations.domain, Set(domain) != Set(proof.domain) {
            return fail(.invalidDomain, "the proof's domain \(proof.domain) is not the expected \(domain)")
        }
        if let challenge = expectations.challenge, proof.challenge != challenge {
            return fail(.invalidChallenge, "the proof's challenge does not match the expected challenge")
        }
        let suite: any Cryptosuite
        do { suite = try registry.suite(for: proof) } catch { return fail(.unknownCryptosuite, error.reason) }
        let matching: [JSONObject]
        do { matching = try matchingProofs(proof.previousProof, in: allProofs, code: .invalidProofChain) } catch {
            return fail(.previousProofFailed, error.reason)
        }
        let method: VerificationMethod
        do { method = try resolver(proof.verificationMethod) } catch {
            let reason = (error as? CoreError)?.reason ?? "\(error)"
            return fail(.verificationMethodUnavailable, "the verification method \(proof.verificationMethod) could not be retrieved: \(reason)")
        }
        guard method.id == proof.verificationMethod else {
            return fail(.verificationMethodUnavailable, "the resolver returned the method \(method.id), not \(proof.verificationMethod)", method)
        }
        if matching.isEmpty, let text = document.text, let position, let staged = suite as? any SecuredTextStages,
           let check = staged.verifyProofWithStages(securedText: text, proof: proof, at: position, publicKey: method.publicKey) {
            return ProofOutcome(proof: proofObject, verificationMethod: method, check: check)
        }
        var input = document.unsecured
        if !matching.isEmpty { input["proof"] = .array(matching.map { .object($0) }) }
        do {
            let check = try suite.verifyProof(document: input, checkedProof: proof, publicKey: method.publicKey)
            return ProofOutcome(proof: proofObject, verificationMethod: method, check: check)
        } catch {
            return fail(.malformedProof, error.reason, method)
        }
    }
}
