import BrevetJSON

/// A secured document on its way through verification: its `proof` value, the received text when
/// it came as one (with where each proof lies in it), and the document without its proofs, built
/// on first use (once for all proofs).
final class SecuredDocumentInput {
    let proof: JSONValue?
    let text: JSONText?
    /// The position in ``text`` of each proof object, in order.
    let proofPositions: [JSONText.Position]?
    private let makeUnsecured: () -> JSONObject
    private(set) lazy var unsecured: JSONObject = makeUnsecured()

    init(proof: JSONValue?, text: JSONText?, proofPositions: [JSONText.Position]?, unsecured: @escaping () -> JSONObject) {
        self.proof = proof
        self.text = text
        self.proofPositions = proofPositions
        self.makeUnsecured = unsecured
    }
}
