import BrevetJSON

extension JSONLDProcessor {
    /// Value Expansion ([JSON-LD 1.1 API §5.3.2](https://www.w3.org/TR/json-ld11-api/#value-expansion)).
    func expandValue(
        _ active: ActiveContext, activeProperty: String?, _ value: JSONValue, knownDefinition: TermDefinition?? = nil,
        run: ProcessingRun
    ) throws(JSONLDError) -> JSONValue {
        let definition = knownDefinition ?? activeProperty.flatMap { active.terms[$0] }
        let typeMapping = definition?.typeMapping
        // Steps 1–2: IRIs.
        if case .string(let s) = value, typeMapping == "@id" || typeMapping == "@vocab" {
            let iri = expandIRI(s, active, documentRelative: true, vocab: typeMapping == "@vocab")
            if run.options.safeMode {
                try checkSafeIRI(iri, original: s, role: "@id value of \(activeProperty ?? "")")
            }
            guard let iri else { return .object(["@id": .null]) }
            return .object(["@id": .string(iri)])
        }
        // Step 3.
        var members: [JSONObject.Member] = []
        members.reserveCapacity(2)
        members.append((key: "@value", value: value))
        var result = JSONObject(uniqueMembers: members)
        if let typeMapping, typeMapping != "@id", typeMapping != "@vocab", typeMapping != "@none" {
            // Step 4.
            result.appendUnique(key: "@type", value: .string(typeMapping))
        } else if case .string = value {
            // Step 5: language and direction.
            let language: String? = definition?.language ?? active.defaultLanguage
            let direction: String? = definition?.direction ?? active.defaultBaseDirection
            if let language {
                if run.options.safeMode { try checkSafeLanguage(language) }
                result.appendUnique(key: "@language", value: .string(language))
            }
            if let direction { result.appendUnique(key: "@direction", value: .string(direction)) }
        }
        return .object(result)
    }
}
