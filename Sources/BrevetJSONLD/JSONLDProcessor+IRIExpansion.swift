import BrevetJSON

extension JSONLDProcessor {
    /// IRI Expansion ([JSON-LD 1.1 API §5.2.2](https://www.w3.org/TR/json-ld11-api/#iri-expansion))
    /// against a finished active context. Returns `nil` for null (a value that expands to nothing).
    func expandIRI(
        _ value: String, _ active: ActiveContext, documentRelative: Bool = false, vocab: Bool = false
    ) -> String? {
        let u = value.utf8
        // Steps 1–2: keywords stay; keyword-like values are ignored.
        if u.first == UInt8(ascii: "@") {
            if Keyword.isKeyword(value) { return value }
            if Keyword.hasKeywordForm(value) { return nil }
        }
        // Steps 4–5.
        if let definition = active.terms[value] {
            if let iri = definition.iri, Keyword.isKeyword(iri) { return iri }
            if vocab { return definition.iri }
        }
        // Step 6: an IRI, a compact IRI or a blank node identifier.
        if let colon = u.dropFirst().firstIndex(of: UInt8(ascii: ":")) {
            let prefix = value[..<colon]
            let suffix = value[u.index(after: colon)...]
            if prefix == "_" || suffix.utf8.starts(with: "//".utf8) { return value }
            if let definition = active.terms[String(prefix)], let iri = definition.iri, definition.prefix {
                return iri + suffix
            }
            if IRI.isAbsolute(value) { return value }
        }
        // Step 7.
        if vocab, let mapping = active.vocabularyMapping { return mapping + value }
        // Step 8.
        if documentRelative { return IRI.resolve(value, against: active.baseIRI) }
        return value
    }

    /// IRI Expansion while a context is being processed: terms of the local context that the
    /// value depends on are defined first (steps 3 and 6.3).
    func expandIRI(
        _ value: String, _ active: ActiveContext, documentRelative: Bool = false, vocab: Bool = false,
        scope: DefinitionScope, run: ProcessingRun
    ) throws(JSONLDError) -> String? {
        if Keyword.isKeyword(value) { return value }
        if Keyword.hasKeywordForm(value) { return nil }
        if scope.local[value] != nil && scope.defined[value] != true {
            try createTermDefinition(value, in: active, scope: scope, run: run)
        }
        let u = value.utf8
        if let colon = u.dropFirst().firstIndex(of: UInt8(ascii: ":")) {
            let prefix = String(value[..<colon])
            if prefix == "_" || value[u.index(after: colon)...].utf8.starts(with: "//".utf8) { return value }
            if scope.local[prefix] != nil && scope.defined[prefix] != true {
                try createTermDefinition(prefix, in: active, scope: scope, run: run)
            }
        }
        return expandIRI(value, active, documentRelative: documentRelative, vocab: vocab)
    }
}
