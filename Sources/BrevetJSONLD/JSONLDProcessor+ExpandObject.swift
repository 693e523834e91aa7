import BrevetJSON

extension JSONLDProcessor {
    /// The Expansion Algorithm for a map ([JSON-LD 1.1 API §5.1.2](https://www.w3.org/TR/json-ld11-api/#expansion-algorithm),
    /// steps 6–20). Returns `nil` for null.
    func expandObject(
        _ active: ActiveContext, activeProperty: String?, _ element: JSONObject, baseURL: String?, fromMap: Bool,
        depth: Int, run: ProcessingRun
    ) throws(JSONLDError) -> JSONValue? {
        var active = active
        let propertyDefinition = activeProperty.flatMap { active.terms[$0] }
        // Step 7: a type-scoped context does not apply to new node objects.
        if let previous = active.previousContext, !fromMap {
            var revert = true
            if element.count == 1, let only = element.members.first?.key,
                expandIRI(only, active, vocab: true) == "@id"
            {
                revert = false
            } else {
                for (key, _) in element where expandIRI(key, active, vocab: true) == "@value" {
                    revert = false
                    break
                }
            }
            if revert { active = previous }
        }
        // Step 8: property-scoped context.
        if let propertyDefinition, propertyDefinition.context != nil {
            active = try applyScopedContext(active, propertyDefinition, overrideProtected: true, propagate: true, run: run)
        }
        // Step 9: embedded context.
        if let local = element["@context"] {
            active = try processContextForExpansion(active, local, baseURL: baseURL, run: run)
        }
        // Steps 10–11: type-scoped contexts, from the types in lexicographic order.
        let typeScopedContext = active
        var typeKeys: [String] = []
        for (key, _) in element where expandIRI(key, active, vocab: true) == "@type" { typeKeys.append(key) }
        if typeKeys.count > 1 { typeKeys.sort() }
        var inputType: String?
        for key in typeKeys {
            guard let value = element[key] else { continue }
            var terms: [String] = []
            for item in value.asArray { if case .string(let s) = item { terms.append(s) } }
            if terms.count > 1 { terms.sort() }
            for term in terms {
                if let definition = typeScopedContext.terms[term], definition.context != nil {
                    active = try applyScopedContext(active, definition, overrideProtected: false, propagate: false, run: run)
                }
            }
        }
        // Step 12: the input type, for @json values.
        if let firstTypeKey = typeKeys.first, case .string(let last)? = element[firstTypeKey]?.asArray.last {
            inputType = expandIRI(last, active, vocab: true)
        }
        var result = JSONObject()
        var state = ExpansionState(
            activeProperty: activeProperty, typeScopedContext: typeScopedContext, inputType: inputType,
            baseURL: baseURL, depth: depth)
        try expandEntries(element, active, into: &result, state: &state, run: run)
        return try finishObject(result, activeProperty: activeProperty, run: run)
    }

    /// Steps 15–20: checks and simplifies the expanded map.
    func finishObject(_ result: JSONObject, activeProperty: String?, run: ProcessingRun) throws(JSONLDError) -> JSONValue? {
        var result = result
        if let value = result["@value"] {
            // Step 15: value objects.
            for (key, _) in result {
                switch key {
                case "@direction", "@index", "@language", "@type", "@value": continue
                default: throw JSONLDError(.invalidValueObject, "a value object cannot have \(key)")
                }
            }
            let type = result["@type"]
            if type != nil && (result["@language"] != nil || result["@direction"] != nil) {
                throw JSONLDError(.invalidValueObject, "a value object cannot have both @type and @language or @direction")
            }
            if type == .string("@json") {
                // A JSON literal: any value.
            } else if value == .null || value == .array([]) {
                return nil
            } else if result["@language"] != nil, value.stringValue == nil {
                throw JSONLDError(.invalidLanguageTaggedValue, "a value with @language must be a string, not \(value)")
            } else if let type {
                guard case .string(let t) = type, IRI.isAbsolute(t), !IRI.isBlankNode(t), IRI.hasOnlyIRICharacters(t) else {
                    throw JSONLDError(.invalidTypedValue, "the @type of a typed value must be an IRI, not \(type)")
                }
            }
        } else if let type = result["@type"] {
            // Step 16.
            if case .array = type {} else { result["@type"] = .array([type]) }
        } else if result["@set"] != nil || result["@list"] != nil {
            // Step 17.
            let limit = result["@index"] != nil ? 2 : 1
            if result.count > limit {
                throw JSONLDError(.invalidSetOrListObject, "a @set or @list object can only have @index besides")
            }
            if let set = result["@set"] { return set }
        }
        // Step 18.
        if result.count == 1, result["@language"] != nil { return nil }
        // Step 19: free-floating values.
        if activeProperty == nil || activeProperty == "@graph" {
            if result.isEmpty || result["@value"] != nil || result["@list"] != nil { return nil }
            if result.count == 1, result["@id"] != nil { return nil }
        }
        return .object(result)
    }
}

/// What the entries of one map share while they are expanded (steps 13–14 of the algorithm).
struct ExpansionState {
    var activeProperty: String?
    var typeScopedContext: ActiveContext
    var inputType: String?
    var baseURL: String?
    var depth: Int
}
