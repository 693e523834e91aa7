import BrevetJSON

extension JSONLDProcessor {
    /// The Context Processing Algorithm ([JSON-LD 1.1 API §4.1.2](https://www.w3.org/TR/json-ld11-api/#algorithm)).
    ///
    /// Never mutates `active`: the result is `active` itself when nothing changes, a context from
    /// the memo, or a fresh copy. Remote contexts applied to a cacheable context are memoised on it.
    /// `depth` counts contexts nested in contexts and is bounded by ``Limits/maxContextDepth``.
    func processContext(
        _ active: ActiveContext, _ local: JSONValue, baseURL: String?, remoteContexts: [String] = [],
        overrideProtected: Bool = false, propagate: Bool = true, validateScopedContext: Bool = true,
        depth: Int, run: ProcessingRun
    ) throws(JSONLDError) -> ActiveContext {
        guard depth <= limits.maxContextDepth else {
            throw JSONLDError(.contextOverflow, "contexts nest deeper than \(limits.maxContextDepth)")
        }
        var result = active
        var owned = false
        var propagate = propagate
        // Step 2: a context object may say whether it propagates.
        if case .object(let o) = local, let p = o["@propagate"] {
            guard case .bool(let b) = p else {
                throw JSONLDError(.invalidPropagateValue, "@propagate must be true or false, not \(p.brief)")
            }
            propagate = b
        }
        // Step 3: a non-propagated context remembers the context to revert to.
        if !propagate && result.previousContext == nil {
            result = result.copy()
            owned = true
            result.previousContext = active
        }
        for context in local.asArray {
            switch context {
            case .null:
                // Step 5.1.
                if !overrideProtected && result.hasProtectedTerms
                    && result.terms.values.contains(where: \.isProtected)
                {
                    throw JSONLDError(
                        .invalidContextNullification, "a null context cannot clear protected term definitions")
                }
                let fresh = ActiveContext()
                fresh.baseIRI = active.originalBaseURL
                fresh.originalBaseURL = active.originalBaseURL
                if !propagate { fresh.previousContext = result }
                result = fresh
                owned = true
            case .string(let reference):
                // Step 5.2: a remote context.
                result = try processRemoteContext(
                    result, reference: reference, baseURL: baseURL, remoteContexts: remoteContexts,
                    validateScopedContext: validateScopedContext, depth: depth, run: run)
                owned = false
            case .object(var definition):
                // Step 5.6: @import merges an imported context under this one.
                if let importValue = definition["@import"] {
                    definition = try importContext(definition, importValue, baseURL: baseURL, run: run)
                }
                if !owned {
                    result = result.copy()
                    owned = true
                }
                try applyContextDefinition(
                    definition, to: result, baseURL: baseURL, remoteContexts: remoteContexts,
                    overrideProtected: overrideProtected, depth: depth, run: run)
            default:
                throw JSONLDError(.invalidLocalContext, "a context must be an object, a string or null, not \(context.typeName)")
            }
        }
        return result
    }

    /// Step 5.2: dereferences and processes a remote context, memoised on cacheable contexts.
    func processRemoteContext(
        _ result: ActiveContext, reference: String, baseURL: String?, remoteContexts: [String],
        validateScopedContext: Bool, depth: Int, run: ProcessingRun
    ) throws(JSONLDError) -> ActiveContext {
        let url = IRI.resolve(reference, against: baseURL)
        if remoteContexts.contains(url) {
            // Step 5.2.2: scoped contexts being validated may refer back to an enclosing context.
            if !validateScopedContext { return result }
            throw JSONLDError(.recursiveContextInclusion, "the context \(url) includes itself")
        }
        if remoteContexts.count >= limits.maxRemoteContexts {
            throw JSONLDError(.contextOverflow, "more than \(limits.maxRemoteContexts) nested remote contexts")
        }
        let key = DerivationKey(source: .remote(url), overrideProtected: false, propagate: true)
        if result.cacheable, let hit = result.derived.withLock({ $0[key] }) { return hit }
        run.remoteContextsProcessed += 1
        if run.remoteContextsProcessed > limits.maxRemoteContexts {
            throw JSONLDError(.contextOverflow, "more than \(limits.maxRemoteContexts) remote contexts in one document")
        }
        let loaded = try loadRemoteContext(url)
        var nested = remoteContexts
        nested.append(url)
        let processed = try processContext(
            result, loaded.context, baseURL: loaded.documentURL, remoteContexts: nested,
            validateScopedContext: validateScopedContext, depth: depth + 1, run: run)
        return remember(processed, derivedFrom: result, by: key)
    }

    /// Stores a context derived from a cacheable one in its memo, making it cacheable too, and
    /// returns the memoised context (another thread's, when it got there first).
    /// Bounded: at most 64 derivations per context and ``Limits/maxCachedContexts`` in all.
    func remember(_ derived: ActiveContext, derivedFrom base: ActiveContext, by key: DerivationKey) -> ActiveContext {
        guard base.cacheable else { return derived }
        return base.derived.withLock { memo in
            if let existing = memo[key] { return existing }
            guard memo.count < 64 else { return derived }
            if !derived.cacheable {
                guard cachedContextCount.add(1, ordering: .relaxed).newValue <= limits.maxCachedContexts else {
                    return derived
                }
                derived.cacheable = true
            }
            memo[key] = derived
            return derived
        }
    }

    /// Loads a remote context document through the document loader, once per URL.
    ///
    /// Step 5.2.5: "If the dereferenced document has no top-level map with an @context entry, an
    /// invalid remote context has been detected."
    func loadRemoteContext(_ url: String) throws(JSONLDError) -> LoadedContext {
        if let cached = remoteContextCache.withLock({ $0[url] }) { return cached }
        let document: RemoteDocument
        do {
            document = try documentLoader.loadDocument(url)
        } catch {
            throw JSONLDError(.loadingRemoteContextFailed, "could not load the context \(url): \(error.reason)")
        }
        guard case .object(let top) = document.document, let context = top["@context"] else {
            throw JSONLDError(.invalidRemoteContext, "the document at \(url) has no top-level @context")
        }
        let loaded = LoadedContext(documentURL: document.documentURL, context: context)
        remoteContextCache.withLock { cache in
            if cache.count < limits.maxCachedContexts { cache[url] = loaded }
        }
        return loaded
    }

    /// Step 5.6: merges the context named by `@import` under `definition`.
    func importContext(
        _ definition: JSONObject, _ importValue: JSONValue, baseURL: String?, run: ProcessingRun
    ) throws(JSONLDError) -> JSONObject {
        if run.isJSONLD10 {
            throw JSONLDError(.invalidContextEntry, "@import is not allowed in JSON-LD 1.0")
        }
        guard case .string(let reference) = importValue else {
            throw JSONLDError(.invalidImportValue, "@import must be a string, not \(importValue.typeName)")
        }
        let url = IRI.resolve(reference, against: baseURL)
        let loaded = try loadRemoteContext(url)
        guard case .object(let imported) = loaded.context else {
            throw JSONLDError(.invalidRemoteContext, "the context imported from \(url) is not an object")
        }
        if imported["@import"] != nil {
            throw JSONLDError(.invalidContextEntry, "the context imported from \(url) itself has @import")
        }
        var merged = imported
        for (key, value) in definition where key != "@import" { merged[key] = value }
        return merged
    }

    /// Steps 5.5 and 5.7–5.13: applies one context definition (a JSON object) to `result`.
    func applyContextDefinition(
        _ context: JSONObject, to result: ActiveContext, baseURL: String?, remoteContexts: [String],
        overrideProtected: Bool, depth: Int, run: ProcessingRun
    ) throws(JSONLDError) {
        if let version = context["@version"] {
            guard case .number(let n) = version, n.doubleValue == 1.1 else {
                throw JSONLDError(.invalidVersionValue, "@version must be 1.1, not \(version.brief)")
            }
            if run.isJSONLD10 {
                throw JSONLDError(.processingModeConflict, "@version 1.1 conflicts with processing mode json-ld-1.0")
            }
        }
        if let base = context["@base"], remoteContexts.isEmpty {
            switch base {
            case .null:
                result.baseIRI = nil
            case .string(let value):
                if IRI.isAbsolute(value) {
                    result.baseIRI = value
                } else if let current = result.baseIRI {
                    result.baseIRI = IRI.resolve(value, against: current)
                } else {
                    throw JSONLDError(.invalidBaseIRI, "@base \(value) is relative and there is no base IRI")
                }
            default:
                throw JSONLDError(.invalidBaseIRI, "@base must be a string or null, not \(base.typeName)")
            }
        }
        if let vocab = context["@vocab"] {
            switch vocab {
            case .null:
                result.vocabularyMapping = nil
            case .string(let value):
                if run.isJSONLD10 && !IRI.isAbsolute(value) && !IRI.isBlankNode(value) {
                    throw JSONLDError(.invalidVocabMapping, "@vocab must be an absolute IRI in JSON-LD 1.0")
                }
                let expanded = expandIRI(value, result, documentRelative: true, vocab: true)
                guard let expanded, !Keyword.isKeyword(expanded) else {
                    throw JSONLDError(.invalidVocabMapping, "@vocab \(value) is not an IRI or blank node identifier")
                }
                result.vocabularyMapping = expanded
            default:
                throw JSONLDError(.invalidVocabMapping, "@vocab must be a string or null, not \(vocab.typeName)")
            }
        }
        if let language = context["@language"] {
            switch language {
            case .null: result.defaultLanguage = nil
            case .string(let value): result.defaultLanguage = value.lowercased()
            default:
                throw JSONLDError(.invalidDefaultLanguage, "@language must be a string or null, not \(language.typeName)")
            }
        }
        if let direction = context["@direction"] {
            if run.isJSONLD10 {
                throw JSONLDError(.invalidContextEntry, "@direction is not allowed in JSON-LD 1.0")
            }
            switch direction {
            case .null: result.defaultBaseDirection = nil
            case .string(let value) where value == "ltr" || value == "rtl": result.defaultBaseDirection = value
            default:
                throw JSONLDError(.invalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null, not \(direction.brief)")
            }
        }
        if context["@propagate"] != nil && run.isJSONLD10 {
            throw JSONLDError(.invalidContextEntry, "@propagate is not allowed in JSON-LD 1.0")
        }
        var isProtected = false
        if let p = context["@protected"] {
            guard case .bool(let b) = p else {
                throw JSONLDError(.invalidProtectedValue, "@protected must be true or false, not \(p.brief)")
            }
            isProtected = b
        }
        let scope = DefinitionScope(
            local: context, baseURL: baseURL, isProtected: isProtected, overrideProtected: overrideProtected,
            remoteContexts: remoteContexts, depth: depth)
        for (key, _) in context {
            switch key {
            case "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab":
                continue
            default:
                try createTermDefinition(key, in: result, scope: scope, run: run)
            }
        }
    }
}

/// What Create Term Definition needs besides the active context: the local context being
/// processed, the `defined` map that detects cycles, and the flags of the enclosing processing.
final class DefinitionScope {
    /// The local context's entries by key (a JSON object looks keys up linearly, which would
    /// make a large context quadratic to process).
    let local: [String: JSONValue]
    let baseURL: String?
    let isProtected: Bool
    let overrideProtected: Bool
    let remoteContexts: [String]
    let depth: Int
    /// Terms being defined (`false`) or done (`true`).
    var defined: [String: Bool] = [:]
    /// How many term definitions are being created one inside another (a term whose IRI
    /// depends on another term of the same context), bounded against stack exhaustion.
    var nesting = 0

    init(
        local: JSONObject, baseURL: String?, isProtected: Bool, overrideProtected: Bool,
        remoteContexts: [String], depth: Int
    ) {
        var entries: [String: JSONValue] = [:]
        entries.reserveCapacity(local.count)
        for (key, value) in local { entries[key] = value }
        self.local = entries
        self.baseURL = baseURL
        self.isProtected = isProtected
        self.overrideProtected = overrideProtected
        self.remoteContexts = remoteContexts
        self.depth = depth
    }
}
