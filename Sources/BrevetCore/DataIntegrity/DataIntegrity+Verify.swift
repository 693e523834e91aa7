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
        let allProofs: [JSONObject]
        do {
            guard let proofs = try proofObjects(of: document), !proofs.isEmpty else {
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
        var unsecured = document
        unsecured.removeValue(forKey: "proof")
        var outcomes = allProofs.map { proof in
            verifyOne(proof, allProofs: allProofs, unsecured: unsecured, registry: registry, resolver: resolver, expectations: expectations)
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

    static func verifyOne(
        _ proofObject: JSONObject, allProofs: [JSONObject], unsecured: JSONObject, registry: CryptosuiteRegistry,
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
        var input = unsecured
        do {
            let matching = try matchingProofs(proof.previousProof, in: allProofs, code: .invalidProofChain)
            if !matching.isEmpty { input["proof"] = .array(matching.map { .object($0) }) }
        } catch {
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
        do {
            let check = try suite.verifyProof(document: input, checkedProof: proof, publicKey: method.publicKey)
            return ProofOutcome(proof: proofObject, verificationMethod: method, check: check)
        } catch {
            return fail(.malformedProof, error.reason, method)
        }
    }
}
