import BrevetJSON

/// The algorithms of [VC Data Integrity §4](https://www.w3.org/TR/vc-data-integrity/#algorithms)
/// that sit above any one cryptosuite: adding a proof, adding to a proof set or chain, and
/// verifying every proof of a secured document.
///
/// - ``addProof(to:options:suite:key:)`` — §4.1 Add Proof.
/// - ``addProofToSetOrChain(_:options:suite:key:)`` — §4.2 Add Proof Set/Chain.
/// - ``verify(_:registry:resolver:expectations:)`` — §4.3 Verify Proof and §4.4 Verify Proof Sets
///   and Chains, one ``ProofOutcome`` per proof.
public enum DataIntegrity {}
