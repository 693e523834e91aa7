import BrevetJSON

extension JSONLDProcessor {
    /// Steps 13–14 of the Expansion Algorithm: expands each entry of `element` into `result`,
    /// then the entries nested under `@nest` keys.
    func expandEntries(
        _ element: JSONObject, _ active: ActiveContext, into result: inout JSONObject, state: inout ExpansionState,
        run: ProcessingRun
    ) throws(JSONLDError) {
        var nests: [String] = []
        var members = element.members
        if run.options.ordered { members.sort { $0.key < $1.key } }
        for (key, value) in members {
            // Step 13.1.
            if key == "@context" { continue }
            // Steps 13.2–13.3 (IRI expansion with vocab; a term's own definition is looked up once).
            var definition: TermDefinition?
            var expandedKey: String?
            var knownSafe = false
            if key.utf8.first != UInt8(ascii: "@"), let found = active.terms[key] {
                definition = found
                expandedKey = found.iri
                knownSafe = found.iriIsSafeProperty
            } else {
                expandedKey = expandIRI(key, active, vocab: true)
                if key.utf8.first == UInt8(ascii: "@") { definition = active.terms[key] }
            }
            guard let property = expandedKey,
                property.utf8.contains(UInt8(ascii: ":")) || Keyword.isKeyword(property)
            else {
                if run.options.safeMode {
                    throw JSONLDError(.safeModeViolation, "the property \(key) is not defined by the context and would be dropped")
                }
                continue
            }
            if Keyword.isKeyword(property) {
                if property == "@nest" {
                    if !nests.contains(key) { nests.append(key) }
                    continue
                }
                try expandKeywordEntry(key, property, value, active, into: &result, state: &state, run: run)
                continue
            }
            if run.options.safeMode, !knownSafe { try checkSafeProperty(property, key: key) }
            try expandPropertyEntry(
                key, property, value, definition: definition, active, into: &result, state: state, run: run)
        }
        // Step 14: nested properties.
        if run.options.ordered { nests.sort() }
        for nestKey in nests {
            guard let nestedValues = element[nestKey] else { continue }
            for nested in nestedValues.asArray {
                guard case .object(let nestedObject) = nested else {
                    throw JSONLDError(.invalidNestValue, "the value of \(nestKey) must be an object")
                }
                // "Recursively repeat steps 3, 8, 13, and 14 using nesting-key for active property
                // and nested value for element": the nesting key's scoped context applies.
                var nestedContext = active
                if let definition = active.terms[nestKey], definition.context != nil {
                    nestedContext = try applyScopedContext(
                        active, definition, overrideProtected: true, propagate: true, run: run)
                }
                for (k, _) in nestedObject where nestedContext.expands(k, to: "@value") {
                    throw JSONLDError(.invalidNestValue, "a nested object cannot be a value object")
                }
                var nestedState = state
                nestedState.depth += 1
                guard nestedState.depth <= limits.maxExpansionDepth else {
                    throw JSONLDError(.resourceLimitExceeded, "@nest objects nest deeper than \(limits.maxExpansionDepth)")
                }
                try expandEntries(nestedObject, nestedContext, into: &result, state: &nestedState, run: run)
            }
        }
    }

    /// Step 13.4: an entry whose key expands to a keyword.
    func expandKeywordEntry(
        _ key: String, _ property: String, _ value: JSONValue, _ active: ActiveContext, into result: inout JSONObject,
        state: inout ExpansionState, run: ProcessingRun
    ) throws(JSONLDError) {
        // Steps 13.4.1–13.4.2.
        if state.activeProperty == "@reverse" {
            throw JSONLDError(.invalidReversePropertyMap, "a @reverse map cannot hold the keyword \(property)")
        }
        if result[property] != nil && property != "@included" && property != "@type" {
            throw JSONLDError(.collidingKeywords, "two entries expand to \(property)")
        }
        var expandedValue: JSONValue?
        switch property {
        case "@id":
            // Step 13.4.3.
            guard case .string(let id) = value else {
                throw JSONLDError(.invalidIdValue, "@id must be a string, not \(value.typeName)")
            }
            let iri = expandIRI(id, active, documentRelative: true)
            if run.options.safeMode { try checkSafeIRI(iri, original: id, role: "@id") }
            // A keyword-like @id expands to null, which is kept (as @id: null).
            result["@id"] = iri.map { .string($0) } ?? .null
            return
        case "@type":
            // Step 13.4.4.
            var types: [JSONValue] = []
            switch value {
            case .string(let t):
                types.append(try expandTypeValue(t, state.typeScopedContext, run: run))
            case .array(let items):
                for item in items {
                    guard case .string(let t) = item else {
                        throw JSONLDError(.invalidTypeValue, "@type must be a string or an array of strings")
                    }
                    types.append(try expandTypeValue(t, state.typeScopedContext, run: run))
                }
            default:
                throw JSONLDError(.invalidTypeValue, "@type must be a string or an array of strings, not \(value.typeName)")
            }
            types.removeAll { $0 == .null }
            if let existing = result["@type"] {
                expandedValue = .array(existing.asArray + types)
            } else if case .string = value, types.count == 1 {
                expandedValue = types[0]
            } else {
                expandedValue = .array(types)
            }
        case "@graph":
            // Step 13.4.5.
            let graph = try expandElement(
                active, activeProperty: "@graph", value, baseURL: state.baseURL, depth: state.depth + 1, run: run)
            expandedValue = .array(graph?.asArray ?? [])
        case "@included":
            // Step 13.4.6.
            if run.isJSONLD10 { return }
            let included = try expandElement(
                active, activeProperty: "@included", value, baseURL: state.baseURL, depth: state.depth + 1,
                run: run)
            let items = included?.asArray ?? []
            for item in items {
                guard case .object(let o) = item, o["@value"] == nil, o["@list"] == nil, o["@set"] == nil else {
                    throw JSONLDError(.invalidIncludedValue, "@included must hold node objects")
                }
            }
            expandedValue = .array((result["@included"]?.asArray ?? []) + items)
        case "@value":
            // Step 13.4.7.
            if state.inputType == "@json" {
                if run.isJSONLD10 {
                    throw JSONLDError(.invalidValueObjectValue, "JSON literals need JSON-LD 1.1")
                }
                result["@value"] = value
                return
            }
            switch value {
            case .array, .object:
                throw JSONLDError(.invalidValueObjectValue, "@value must be a scalar or null, not \(value.typeName)")
            default:
                result["@value"] = value
                return
            }
        case "@language":
            // Step 13.4.8.
            guard case .string(let language) = value else {
                throw JSONLDError(.invalidLanguageTaggedString, "@language must be a string, not \(value.typeName)")
            }
            if run.options.safeMode { try checkSafeLanguage(language) }
            expandedValue = .string(language.lowercased())
        case "@direction":
            // Step 13.4.9.
            if run.isJSONLD10 { return }
            guard case .string(let d) = value, d == "ltr" || d == "rtl" else {
                throw JSONLDError(.invalidBaseDirection, "@direction must be \"ltr\" or \"rtl\", not \(value.brief)")
            }
            expandedValue = value
        case "@index":
            // Step 13.4.10.
            guard case .string = value else {
                throw JSONLDError(.invalidIndexValue, "@index must be a string, not \(value.typeName)")
            }
            expandedValue = value
        case "@list":
            // Step 13.4.11.
            guard let activeProperty = state.activeProperty, activeProperty != "@graph" else { return }
            let list = try expandElement(
                active, activeProperty: activeProperty, value, baseURL: state.baseURL, depth: state.depth + 1, run: run)
            expandedValue = .array(list?.asArray ?? [])
        case "@set":
            // Step 13.4.12.
            expandedValue = try expandElement(
                active, activeProperty: state.activeProperty, value, baseURL: state.baseURL, depth: state.depth + 1,
                run: run)
        case "@reverse":
            // Step 13.4.13.
            guard case .object = value else {
                throw JSONLDError(.invalidReverseValue, "@reverse must be an object, not \(value.typeName)")
            }
            let expanded = try expandElement(
                active, activeProperty: "@reverse", value, baseURL: state.baseURL, depth: state.depth + 1, run: run)
            guard case .object(let reversed)? = expanded else { return }
            if let doubleReversed = reversed["@reverse"]?.objectValue {
                for (p, items) in doubleReversed { Self.addValue(&result, p, items) }
            }
            var reverseMap = result["@reverse"]?.objectValue ?? JSONObject()
            var any = false
            for (p, items) in reversed where p != "@reverse" {
                any = true
                for item in items.asArray {
                    if case .object(let o) = item, o["@value"] != nil || o["@list"] != nil {
                        throw JSONLDError(.invalidReversePropertyValue, "a reverse property cannot hold a value or list")
                    }
                    Self.addValue(&reverseMap, p, item)
                }
            }
            if any { result["@reverse"] = .object(reverseMap) }
            return
        default:
            // @context, @nest handled by the caller; other keywords (framing) are ignored.
            return
        }
        // Step 13.4.16.
        if let expandedValue { result[property] = expandedValue }
    }

    /// One `@type` value: IRI-expanded against the type-scoped context.
    private func expandTypeValue(_ t: String, _ context: ActiveContext, run: ProcessingRun) throws(JSONLDError) -> JSONValue {
        // A term (not a keyword) expands to its IRI mapping with vocab on (steps 4–5 of IRI
        // expansion); when that passed safe mode's check once for all, it need not be checked again.
        if t.utf8.first != UInt8(ascii: "@"), let definition = context.terms[t], definition.iriIsSafeProperty,
            let iri = definition.iri
        {
            return .string(iri)
        }
        let iri = expandIRI(t, context, documentRelative: true, vocab: true)
        if run.options.safeMode { try checkSafeIRI(iri, original: t, role: "@type") }
        return iri.map { .string($0) } ?? .null
    }

    /// "Add value" with `as array` true ([JSON-LD 1.1 API §5.1](https://www.w3.org/TR/json-ld11-api/#add-value)).
    static func addValue(_ object: inout JSONObject, _ key: String, _ value: JSONValue) {
        // The entry moves to the end, as removing it and adding it again would do.
        guard var values = object.removeValue(forKey: key)?.asArray else {
            if case .array = value { object.appendUnique(key: key, value: value) } else { object.appendUnique(key: key, value: .array([value])) }
            return
        }
        if case .array(let items) = value { values.append(contentsOf: items) } else { values.append(value) }
        object.appendUnique(key: key, value: .array(values))
    }
}
