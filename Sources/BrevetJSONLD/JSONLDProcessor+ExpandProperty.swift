import BrevetJSON

extension JSONLDProcessor {
    /// Steps 13.5–13.14 of the Expansion Algorithm: an entry whose key expands to an IRI.
    func expandPropertyEntry(
        _ key: String, _ property: String, _ value: JSONValue, definition: TermDefinition?, _ active: ActiveContext,
        into result: inout JSONObject, state: ExpansionState, run: ProcessingRun
    ) throws(JSONLDError) {
        let container = definition?.container ?? []
        var expandedValue: JSONValue?
        if definition?.typeMapping == "@json" {
            // Step 13.6.
            expandedValue = .object(["@value": value, "@type": "@json"])
        } else if container.contains(.language), case .object(let map) = value {
            // Step 13.7: a language map.
            expandedValue = .array(try expandLanguageMap(map, definition: definition, active, run: run))
        } else if !container.isDisjoint(with: [.index, .type, .id]), case .object(let map) = value {
            // Step 13.8: an index, id or type map.
            expandedValue = .array(
                try expandIndexMap(key, map, definition: definition!, active, state: state, run: run))
        } else {
            // Step 13.9.
            expandedValue = try expandElement(
                active, activeProperty: key, value, baseURL: state.baseURL, knownDefinition: .some(definition),
                depth: state.depth + 1, run: run)
        }
        // Step 13.10.
        guard var expandedValue else { return }
        // Step 13.11: list containers.
        if container.contains(.list) {
            if case .object(let o) = expandedValue, o["@list"] != nil {
            } else {
                expandedValue = .object(["@list": .array(expandedValue.asArray)])
            }
        }
        // Step 13.12: graph containers.
        if container.contains(.graph) && !container.contains(.id) && !container.contains(.index) {
            expandedValue = .array(expandedValue.asArray.map { .object(["@graph": .array($0.asArray)]) })
        }
        // Steps 13.13–13.14.
        if definition?.reverse == true {
            var reverseMap = result["@reverse"]?.objectValue ?? JSONObject()
            for item in expandedValue.asArray {
                if case .object(let o) = item, o["@value"] != nil || o["@list"] != nil {
                    throw JSONLDError(.invalidReversePropertyValue, "the reverse property \(key) cannot hold a value or list")
                }
                Self.addValue(&reverseMap, property, item)
            }
            result["@reverse"] = .object(reverseMap)
        } else {
            Self.addValue(&result, property, expandedValue)
        }
    }

    /// Step 13.7: the values of a language map.
    private func expandLanguageMap(
        _ map: JSONObject, definition: TermDefinition?, _ active: ActiveContext, run: ProcessingRun
    ) throws(JSONLDError) -> [JSONValue] {
        var expanded: [JSONValue] = []
        var direction = active.defaultBaseDirection
        if let d = definition?.direction { direction = d }
        var members = map.members
        if run.options.ordered { members.sort { $0.key < $1.key } }
        for (language, languageValue) in members {
            let isNone = language == "@none" || expandIRI(language, active, vocab: true) == "@none"
            for item in languageValue.asArray {
                switch item {
                case .null: continue
                case .string:
                    var v: JSONObject = ["@value": item]
                    if !isNone {
                        if run.options.safeMode { try checkSafeLanguage(language) }
                        v["@language"] = .string(language.lowercased())
                    }
                    if let direction { v["@direction"] = .string(direction) }
                    expanded.append(.object(v))
                default:
                    throw JSONLDError(.invalidLanguageMapValue, "a language map value must be a string, not \(item.typeName)")
                }
            }
        }
        return expanded
    }

    /// Step 13.8: the values of an index, id or type map.
    private func expandIndexMap(
        _ key: String, _ map: JSONObject, definition: TermDefinition, _ active: ActiveContext,
        state: ExpansionState, run: ProcessingRun
    ) throws(JSONLDError) -> [JSONValue] {
        let container = definition.container
        let indexKey = definition.index ?? "@index"
        var expanded: [JSONValue] = []
        var members = map.members
        if run.options.ordered { members.sort { $0.key < $1.key } }
        for (index, indexValue) in members {
            // Steps 13.8.3.1–13.8.3.3.
            var mapContext = active
            if container.contains(.id) || container.contains(.type) {
                mapContext = active.previousContext ?? active
                if container.contains(.type), let indexDefinition = mapContext.terms[index],
                    indexDefinition.context != nil
                {
                    mapContext = try applyScopedContext(
                        mapContext, indexDefinition, overrideProtected: false, propagate: true, run: run)
                }
            }
            // Step 13.8.3.4.
            let expandedIndex = expandIRI(index, active, vocab: true)
            // Steps 13.8.3.5–13.8.3.6.
            let items =
                try expandElement(
                    mapContext, activeProperty: key, .array(indexValue.asArray), baseURL: state.baseURL, fromMap: true,
                    depth: state.depth + 1, run: run)?.asArray ?? []
            for var item in items {
                // Step 13.8.3.7.1.
                if container.contains(.graph), !Self.isGraphObject(item) {
                    item = .object(["@graph": .array(item.asArray)])
                }
                guard case .object(var object) = item else {
                    expanded.append(item)
                    continue
                }
                if container.contains(.index), indexKey != "@index", expandedIndex != "@none" {
                    // Step 13.8.3.7.2: property-valued index.
                    let reExpanded = try expandValue(active, activeProperty: indexKey, .string(index), run: run)
                    guard let expandedIndexKey = expandIRI(indexKey, active, vocab: true) else { continue }
                    var values: [JSONValue] = [reExpanded]
                    if let existing = object[expandedIndexKey] { values.append(contentsOf: existing.asArray) }
                    object[expandedIndexKey] = .array(values)
                    if object["@value"] != nil {
                        throw JSONLDError(.invalidValueObject, "a value object cannot carry the index property \(indexKey)")
                    }
                } else if container.contains(.index), object["@index"] == nil, expandedIndex != "@none" {
                    // Step 13.8.3.7.3.
                    object["@index"] = .string(index)
                } else if container.contains(.id), object["@id"] == nil, expandedIndex != "@none" {
                    // Step 13.8.3.7.4.
                    let id = expandIRI(index, active, documentRelative: true)
                    if run.options.safeMode { try checkSafeIRI(id, original: index, role: "@id map key") }
                    object["@id"] = id.map { .string($0) } ?? .null
                } else if container.contains(.type), expandedIndex != "@none" {
                    if run.options.safeMode { try checkSafeIRI(expandedIndex, original: index, role: "@type map key") }
                    guard let expandedIndex else { expanded.append(.object(object)); continue }
                    // Step 13.8.3.7.5.
                    var types: [JSONValue] = [.string(expandedIndex)]
                    if let existing = object["@type"] { types.append(contentsOf: existing.asArray) }
                    object["@type"] = .array(types)
                }
                expanded.append(.object(object))
            }
        }
        return expanded
    }

    /// A graph object: a map with `@graph` and at most `@id`, `@index` (and `@context`) besides.
    static func isGraphObject(_ value: JSONValue) -> Bool {
        guard case .object(let o) = value, o["@graph"] != nil else { return false }
        for (k, _) in o {
            switch k {
            case "@graph", "@id", "@index", "@context": continue
            default: return false
            }
        }
        return true
    }
}
