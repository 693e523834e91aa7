import BrevetJSON

/// A Data Integrity cryptographic suite instance
/// ([VC Data Integrity §3](https://www.w3.org/TR/vc-data-integrity/#cryptographic-suites)):
/// `createProof` and `verifyProof`.
///
/// Each suite in `Cryptosuites/` also exposes its stages — transformation, proof configuration,
/// hashing, proof serialization and verification — as public functions, so every stage can be
/// checked against the test vectors.
public protocol Cryptosuite: Sendable {
    /// The name a proof selects the suite by: its `cryptosuite` (`eddsa-rdfc-2022`), or its
    /// `type` for legacy suites (`Ed25519Signature2020`).
    var name: String { get }

    /// Creates a proof of `document` (an unsecured document: no `proof`, or the previous proofs of
    /// a chain) with the given options, signed with `key`. Returns the proof object, `proofValue`
    /// included. Throws when the options or the document are unusable or the key does not suit
    /// the suite.
    func createProof(document: JSONObject, options: ProofOptions, key: SigningKey) throws(CoreError) -> JSONObject

    /// Checks `proof` over `document`, which is the secured document with that proof taken out
    /// (and, for a proof chain, `proof` set to the proofs it chains to). A proof that does not
    /// verify is a ``ProofCheck`` failure; the call throws only for input it cannot read at all.
    func verifyProof(document: JSONObject, proof: JSONObject, publicKey: PublicKey) throws(CoreError) -> ProofCheck

    /// ``verifyProof(document:proof:publicKey:)`` for a proof that ``DataIntegrityProof`` has
    /// already read and checked, so a suite need not read it again. The default reads it again.
    func verifyProof(document: JSONObject, checkedProof: DataIntegrityProof, publicKey: PublicKey) throws(CoreError) -> ProofCheck
}

extension Cryptosuite {
    public func verifyProof(document: JSONObject, checkedProof: DataIntegrityProof, publicKey: PublicKey) throws(CoreError) -> ProofCheck {
        try verifyProof(document: document, proof: checkedProof.object, publicKey: publicKey)
    }
}
