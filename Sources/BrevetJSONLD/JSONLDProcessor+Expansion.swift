import BrevetJSON

extension JSONLDProcessor {
    /// Expands a JSON-LD document ([JSON-LD 1.1 API §9.2 expand()](https://www.w3.org/TR/json-ld11-api/#dom-jsonldprocessor-expand)).
    ///
    /// Returns the expanded form: an array of node objects (and, rarely, other top-level values).
    /// `options.base` is the document's base IRI; `options.expandContext` is applied before the
    /// document's own context.
    public func expand(_ input: JSONValue, options: JSONLDOptions) throws(JSONLDError) -> [JSONValue] {
        let run = ProcessingRun(options: options, limits: limits)
        var active = initialContext(base: options.base, run: run)
        if let expandContext = options.expandContext {
            // "If expandContext is a map having an @context entry, pass that entry's value instead."
            var local = expandContext
            if case .object(let o) = expandContext, let inner = o["@context"] { local = inner }
            active = try processContextForExpansion(active, local, baseURL: active.originalBaseURL, run: run)
        }
        let expanded = try expandElement(active, activeProperty: nil, input, baseURL: options.base, depth: 0, run: run)
        // "If expanded result is a map that contains only an @graph entry, set expanded result
        // to that value", then make it an array.
        guard var result = expanded else { return [] }
        if case .object(let o) = result, o.count == 1, let graph = o["@graph"] { result = graph }
        return result.asArray
    }

    /// The initial active context for a base IRI, shared across calls so that the contexts
    /// derived from it are cached.
    func initialContext(base: String?, run: ProcessingRun) -> ActiveContext {
        let key = (run.isJSONLD10 ? "1.0 " : "1.1 ") + (base ?? "")
        if let cached = initialContexts.withLock({ $0[key] }) { return cached }
        let context = ActiveContext()
        context.baseIRI = base
        context.originalBaseURL = base
        context.cacheable = true
        return initialContexts.withLock { cache in
            if let existing = cache[key] { return existing }
            if cache.count < limits.maxCachedContexts { cache[key] = context }
            return context
        }
    }

    /// Context processing from within expansion (an embedded `@context` or `expandContext`).
    /// The result is cacheable only when it comes from the cache (remote contexts).
    func processContextForExpansion(
        _ active: ActiveContext, _ local: JSONValue, baseURL: String?, run: ProcessingRun
    ) throws(JSONLDError) -> ActiveContext {
        try processContext(active, local, baseURL: baseURL, depth: 0, run: run)
    }

    /// Applies a term's scoped context (property-scoped or type-scoped), memoised per context.
    func applyScopedContext(
        _ active: ActiveContext, _ definition: TermDefinition, overrideProtected: Bool, propagate: Bool,
        run: ProcessingRun
    ) throws(JSONLDError) -> ActiveContext {
        guard let local = definition.context else { return active }
        let key = DerivationKey(
            source: .scoped(definition.contextID), overrideProtected: overrideProtected, propagate: propagate)
        if active.cacheable, let hit = active.derived.withLock({ $0[key] }) { return hit }
        let result = try processContext(
            active, local, baseURL: definition.baseURL, overrideProtected: overrideProtected, propagate: propagate,
            depth: 0, run: run)
        return remember(result, derivedFrom: active, by: key)
    }

    /// The Expansion Algorithm ([JSON-LD 1.1 API §5.1.2](https://www.w3.org/TR/json-ld11-api/#expansion-algorithm)),
    /// steps 1–5; maps continue in ``expandObject``. Returns `nil` for null.
    ///
    /// `knownDefinition`, when given, is the active property's definition in `active` (saves
    /// looking it up again on the hot path).
    func expandElement(
        _ active: ActiveContext, activeProperty: String?, _ element: JSONValue, baseURL: String?,
        fromMap: Bool = false, knownDefinition: TermDefinition?? = nil, depth: Int, run: ProcessingRun
    ) throws(JSONLDError) -> JSONValue? {
        guard depth <= limits.maxExpansionDepth else {
            throw JSONLDError(.resourceLimitExceeded, "the document nests deeper than \(limits.maxExpansionDepth)")
        }
        try run.countValue()
        switch element {
        case .null:
            return nil
        case .array(let items):
            // Step 5.
            let definition = knownDefinition ?? activeProperty.flatMap { active.terms[$0] }
            let isList = definition?.container.contains(.list) ?? false
            var result: [JSONValue] = []
            result.reserveCapacity(items.count)
            for item in items {
                guard
                    let expanded = try expandElement(
                        active, activeProperty: activeProperty, item, baseURL: baseURL, fromMap: fromMap,
                        knownDefinition: .some(definition), depth: depth + 1, run: run)
                else { continue }
                if case .array(let inner) = expanded {
                    if isList {
                        result.append(.object(["@list": expanded]))
                    } else {
                        result.append(contentsOf: inner)
                    }
                } else {
                    result.append(expanded)
                }
            }
            return .array(result)
        case .object(let object):
            return try expandObject(
                active, activeProperty: activeProperty, object, baseURL: baseURL, fromMap: fromMap,
                knownDefinition: knownDefinition, depth: depth, run: run)
        default:
            // Step 4: scalars.
            guard let activeProperty, activeProperty != "@graph" else {
                if run.options.safeMode {
                    throw JSONLDError(.safeModeViolation, "the free-floating value \(element.brief) would be dropped")
                }
                return nil
            }
            let definition = knownDefinition ?? active.terms[activeProperty]
            if let definition, definition.context != nil {
                let context = try applyScopedContext(active, definition, overrideProtected: true, propagate: true, run: run)
                return try expandValue(context, activeProperty: activeProperty, element, run: run)
            }
            return try expandValue(active, activeProperty: activeProperty, element, knownDefinition: .some(definition), run: run)
        }
    }
}
