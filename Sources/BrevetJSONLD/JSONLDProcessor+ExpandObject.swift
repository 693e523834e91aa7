import BrevetJSON

extension JSONLDProcessor {
    /// The Expansion Algorithm for a map ([JSON-LD 1.1 API §5.1.2](https://www.w3.org/TR/json-ld11-api/#expansion-algorithm),
    /// steps 6–20). Returns `nil` for null.
    func expandObject(
        _ active: ActiveContext, activeProperty: String?, _ element: JSONObject, baseURL: String?, fromMap: Bool,
        knownDefinition: TermDefinition?? = nil, depth: Int, run: ProcessingRun
    ) throws(JSONLDError) -> JSONValue? {
        var active = active
        let propertyDefinition = knownDefinition ?? activeProperty.flatMap { active.terms[$0] }
        // Step 7: a type-scoped context does not apply to new node objects.
        if let previous = active.previousContext, !fromMap {
            var revert = true
            if element.count == 1, let only = element.members.first?.key, active.expands(only, to: "@id") {
                revert = false
            } else {
                for (key, _) in element where active.expands(key, to: "@value") {
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
        for (key, _) in element where active.expands(key, to: "@type") { typeKeys.append(key) }
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
        var members: [JSONObject.Member] = []
        members.reserveCapacity(element.count)
        var result = JSONObject(uniqueMembers: members)
        var state = ExpansionState(
            activeProperty: activeProperty, typeScopedContext: typeScopedContext, inputType: inputType,
            baseURL: baseURL, depth: depth)
        try expandEntries(element, active, into: &result, state: &state, run: run)
        return try finishObject(result, activeProperty: activeProperty, run: run)
    }

    /// Steps 15–20: checks and simplifies the expanded map.
    func finishObject(_ result: JSONObject, activeProperty: String?, run: ProcessingRun) throws(JSONLDError) -> JSONValue? {
        // One pass over the keys instead of a lookup per question.
        var value: JSONValue?, type: JSONValue?, set: JSONValue?
        var hasLanguage = false, hasDirection = false, hasIndex = false, hasList = false, hasID = false
        var other: String?
        for (key, v) in result {
            guard key.utf8.first == UInt8(ascii: "@") else { other = key; continue }
            switch key {
            case "@value": value = v
            case "@type": type = v
            case "@language": hasLanguage = true
            case "@direction": hasDirection = true
            case "@index": hasIndex = true
            case "@set": set = v
            case "@list": hasList = true
            case "@id": hasID = true
            default: other = key
            }
        }
        if let value {
            // Step 15: value objects.
            if let other { throw JSONLDError(.invalidValueObject, "a value object cannot have \(other)") }
            if set != nil || hasList || hasID {
                throw JSONLDError(.invalidValueObject, "a value object cannot have @set, @list or @id")
            }
            if type != nil && (hasLanguage || hasDirection) {
                throw JSONLDError(.invalidValueObject, "a value object cannot have both @type and @language or @direction")
            }
            if type == .string("@json") {
                // A JSON literal: any value.
            } else if value == .null || value == .array([]) {
                return nil
            } else if hasLanguage, value.stringValue == nil {
                throw JSONLDError(.invalidLanguageTaggedValue, "a value with @language must be a string, not \(value.brief)")
            } else if let type {
                guard case .string(let t) = type, IRI.isAbsolute(t), !IRI.isBlankNode(t), IRI.hasOnlyIRICharacters(t) else {
                    throw JSONLDError(.invalidTypedValue, "the @type of a typed value must be an IRI, not \(type.brief)")
                }
            }
        } else if let type {
            // Step 16.
            if case .array = type {} else {
                var result = result
                result["@type"] = .array([type])
                return try finishObject(result, activeProperty: activeProperty, run: run)
            }
        } else if set != nil || hasList {
            // Step 17.
            if result.count > (hasIndex ? 2 : 1) {
                throw JSONLDError(.invalidSetOrListObject, "a @set or @list object can only have @index besides")
            }
            if let set { return set }
        }
        // Step 18.
        if result.count == 1, hasLanguage { return nil }
        // Step 19: free-floating values.
        if activeProperty == nil || activeProperty == "@graph" {
            if result.isEmpty || value != nil || hasList { return nil }
            if result.count == 1, hasID { return nil }
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
