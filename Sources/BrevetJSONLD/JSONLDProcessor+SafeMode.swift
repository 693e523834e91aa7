/// Safe mode: expansion fails instead of silently dropping what a signature would then not cover.
///
/// Equivalent in intent to jsonld.js's `safe: true`: a credential is signed and verified over
/// the RDF that expansion and toRdf produce, so anything the algorithms drop (an undefined
/// term, an `@id` or `@type` that is not an absolute IRI, a malformed language tag) would be
/// outside the signature while still shown to a reader of the JSON.
extension JSONLDProcessor {
    /// An `@id` or `@type` must expand to an absolute IRI (made only of IRI characters) or a
    /// blank node identifier.
    func checkSafeIRI(_ iri: String?, original: String, role: String) throws(JSONLDError) {
        guard let iri else {
            throw JSONLDError(.safeModeViolation, "the \(role) \(original) would be dropped")
        }
        if IRI.isBlankNode(iri) { return }
        if !IRI.isAbsolute(iri) {
            throw JSONLDError(.safeModeViolation, "the \(role) \(original) is a relative IRI (\(iri))")
        }
        if !IRI.hasOnlyIRICharacters(iri) {
            throw JSONLDError(.safeModeViolation, "the \(role) \(original) is not a valid IRI (\(iri))")
        }
    }

    /// A property must expand to an absolute IRI: toRdf drops blank-node and malformed predicates.
    func checkSafeProperty(_ property: String, key: String) throws(JSONLDError) {
        if !Self.isSafeProperty(property) {
            throw JSONLDError(
                .safeModeViolation, "the property \(key) expands to \(property), which is not an IRI and would be dropped")
        }
    }

    /// The test of ``checkSafeProperty(_:key:)``, also run once per term definition (see
    /// ``TermDefinition/iriIsSafeProperty``).
    static func isSafeProperty(_ property: String) -> Bool {
        !IRI.isBlankNode(property) && IRI.isAbsolute(property) && IRI.hasOnlyIRICharacters(property)
    }

    /// A language tag must be well-formed ([BCP 47 §2.1](https://www.rfc-editor.org/rfc/rfc5646#section-2.1),
    /// in the simple form `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*` that toRdf checks).
    func checkSafeLanguage(_ language: String) throws(JSONLDError) {
        var subtagLength = 0
        var first = true
        var valid = !language.isEmpty
        for c in language.utf8 {
            if c == UInt8(ascii: "-") {
                if subtagLength == 0 { valid = false; break }
                subtagLength = 0
                first = false
                continue
            }
            subtagLength += 1
            let alpha = IRI.isAlpha(c)
            let digit = c >= 0x30 && c <= 0x39
            if subtagLength > 8 || !(alpha || (digit && !first)) { valid = false; break }
        }
        if subtagLength == 0 { valid = false }
        if !valid {
            throw JSONLDError(.safeModeViolation, "the language tag \(language) is not well-formed and would be dropped")
        }
    }
}
