import BrevetJSON

extension JSONLDProcessor {
    /// Create Term Definition ([JSON-LD 1.1 API §4.2.2](https://www.w3.org/TR/json-ld11-api/#create-term-definition)).
    func createTermDefinition(
        _ term: String, in active: ActiveContext, scope: DefinitionScope, run: ProcessingRun
    ) throws(JSONLDError) {
        // Step 1: done, or a cycle.
        if let done = scope.defined[term] {
            if done { return }
            throw JSONLDError(.cyclicIRIMapping, "the definition of \(term) depends on itself")
        }
        // Step 2.
        if term.isEmpty {
            throw JSONLDError(.invalidTermDefinition, "the empty string cannot be a term")
        }
        scope.defined[term] = false
        try run.countTermDefinition()
        scope.nesting += 1
        defer { scope.nesting -= 1 }
        guard scope.nesting <= Self.maxDependencyChain else {
            throw JSONLDError(
                .resourceLimitExceeded, "term definitions depend on each other more than \(Self.maxDependencyChain) deep")
        }
        let value = scope.local[term] ?? .null
        // Step 4: @type may only be given a container of @set and @protected (JSON-LD 1.1).
        if term == "@type" {
            var allowed = !run.isJSONLD10
            if allowed, case .object(let o) = value, !o.isEmpty {
                for (k, v) in o {
                    switch k {
                    case "@container": if v != .string("@set") { allowed = false }
                    case "@protected": break
                    default: allowed = false
                    }
                }
            } else {
                allowed = false
            }
            if !allowed { throw JSONLDError(.keywordRedefinition, "@type may only be given @container @set and @protected") }
        } else if Keyword.isKeyword(term) {
            // Step 5.
            throw JSONLDError(.keywordRedefinition, "\(term) is a keyword and cannot be redefined")
        } else if Keyword.hasKeywordForm(term) {
            scope.defined[term] = true
            return
        }
        // Step 6.
        let previous = active.terms.removeValue(forKey: term)
        if let iri = previous?.iri, Keyword.isKeyword(iri) { active.updateKeywordAlias(term, iri: nil) }
        // Steps 7–9.
        let map: JSONObject
        var simpleTerm = false
        switch value {
        case .null: map = ["@id": .null]
        case .string: map = ["@id": value]; simpleTerm = true
        case .object(let o): map = o
        default:
            throw JSONLDError(.invalidTermDefinition, "the definition of \(term) must be a string, an object or null")
        }
        // Step 10–11.
        var definition = TermDefinition()
        if let p = map["@protected"] {
            if run.isJSONLD10 { throw JSONLDError(.invalidTermDefinition, "@protected is not allowed in JSON-LD 1.0") }
            guard case .bool(let b) = p else {
                throw JSONLDError(.invalidProtectedValue, "@protected of \(term) must be true or false")
            }
            definition.isProtected = b
        } else {
            definition.isProtected = scope.isProtected
        }
        // Step 12: type mapping.
        if let typeValue = map["@type"] {
            guard case .string(let type) = typeValue else {
                throw JSONLDError(.invalidTypeMapping, "@type of \(term) must be a string")
            }
            let expanded = try expandIRI(type, active, vocab: true, scope: scope, run: run)
            switch expanded {
            case "@json"?, "@none"?:
                if run.isJSONLD10 { throw JSONLDError(.invalidTypeMapping, "\(expanded!) is not a type mapping in JSON-LD 1.0") }
            case "@id"?, "@vocab"?:
                break
            case let iri? where IRI.isAbsolute(iri) && !IRI.isBlankNode(iri):
                break
            default:
                throw JSONLDError(.invalidTypeMapping, "@type of \(term) (\(type)) does not expand to an IRI")
            }
            definition.typeMapping = expanded
        }
        // Step 13: reverse properties.
        if let reverseValue = map["@reverse"] {
            if map["@id"] != nil || map["@nest"] != nil {
                throw JSONLDError(.invalidReverseProperty, "\(term) has @reverse with @id or @nest")
            }
            guard case .string(let reverse) = reverseValue else {
                throw JSONLDError(.invalidIRIMapping, "@reverse of \(term) must be a string")
            }
            if Keyword.hasKeywordForm(reverse) {
                scope.defined[term] = true  // ignored, as a keyword-like value
                return
            }
            guard let iri = try expandIRI(reverse, active, vocab: true, scope: scope, run: run),
                IRI.isAbsolute(iri) || IRI.isBlankNode(iri)
            else {
                throw JSONLDError(.invalidIRIMapping, "@reverse of \(term) (\(reverse)) does not expand to an IRI")
            }
            definition.iri = iri
            if let containerValue = map["@container"] {
                switch containerValue {
                case .null: break
                case .string("@set"): definition.container = .set
                case .string("@index"): definition.container = .index
                default:
                    throw JSONLDError(.invalidReverseProperty, "a reverse property's container must be @set, @index or null")
                }
            }
            definition.reverse = true
            try applyIndexMapping(map, to: &definition, term: term, active, scope: scope, run: run)
            try finish(term, definition, previous: previous, in: active, scope: scope)
            return
        }
        // Step 15: explicit @id.
        if let idValue = map["@id"], idValue != .string(term) {
            switch idValue {
            case .null:
                definition.iri = nil
            case .string(let id):
                if !Keyword.isKeyword(id) && Keyword.hasKeywordForm(id) {
                    scope.defined[term] = true  // ignored, as a keyword-like value
                    return
                }
                guard let iri = try expandIRI(id, active, vocab: true, scope: scope, run: run),
                    Keyword.isKeyword(iri) || IRI.isAbsolute(iri) || IRI.isBlankNode(iri)
                else {
                    throw JSONLDError(.invalidIRIMapping, "@id of \(term) (\(id)) does not expand to an IRI or keyword")
                }
                if iri == "@context" {
                    throw JSONLDError(.invalidKeywordAlias, "\(term) cannot alias @context")
                }
                definition.iri = iri
                let u = term.utf8
                let hasSlash = u.contains(UInt8(ascii: "/"))
                var innerColon = false
                if u.count > 2 {
                    innerColon = u.dropFirst().dropLast().contains(UInt8(ascii: ":"))
                }
                if innerColon || hasSlash {
                    // Step 15.2.4: a term that looks like an IRI must expand to itself.
                    scope.defined[term] = true
                    let own = try expandIRI(term, active, vocab: true, scope: scope, run: run)
                    if own != iri {
                        throw JSONLDError(.invalidIRIMapping, "\(term) looks like an IRI but is mapped to \(iri)")
                    }
                }
                if !u.contains(UInt8(ascii: ":")) && !hasSlash && simpleTerm {
                    // Step 15.2.5: simple terms ending with a gen-delim may be prefixes.
                    if let last = iri.utf8.last, Self.isGenDelim(last) || IRI.isBlankNode(iri) {
                        definition.prefix = true
                    }
                }
            default:
                throw JSONLDError(.invalidIRIMapping, "@id of \(term) must be a string or null")
            }
        } else if let colon = term.utf8.dropFirst().firstIndex(of: UInt8(ascii: ":")) {
            // Step 16: a compact IRI, an IRI or a blank node identifier.
            let prefix = String(term[..<colon])
            let suffix = term[term.utf8.index(after: colon)...]
            if scope.local[prefix] != nil {
                try createTermDefinition(prefix, in: active, scope: scope, run: run)
            }
            if let prefixDefinition = active.terms[prefix], let prefixIRI = prefixDefinition.iri {
                definition.iri = prefixIRI + suffix
            } else {
                definition.iri = term
            }
        } else if term.utf8.contains(UInt8(ascii: "/")) {
            // Step 17: a relative IRI reference.
            guard let iri = expandIRI(term, active, vocab: true), IRI.isAbsolute(iri) else {
                throw JSONLDError(.invalidIRIMapping, "\(term) does not expand to an IRI")
            }
            definition.iri = iri
        } else if term == "@type" {
            definition.iri = "@type"
        } else if let vocab = active.vocabularyMapping {
            definition.iri = vocab + term
        } else {
            throw JSONLDError(.invalidIRIMapping, "\(term) has no @id and there is no @vocab")
        }
        // Step 20: container mapping.
        if let containerValue = map["@container"] {
            definition.container = try containerMapping(containerValue, term: term, run: run)
            if definition.container.contains(.type) {
                if definition.typeMapping == nil { definition.typeMapping = "@id" }
                if definition.typeMapping != "@id" && definition.typeMapping != "@vocab" {
                    throw JSONLDError(.invalidTypeMapping, "a type map's @type must be @id or @vocab (\(term))")
                }
            }
        }
        // Step 21: index mapping.
        try applyIndexMapping(map, to: &definition, term: term, active, scope: scope, run: run)
        // Step 22: scoped context, validated now and kept unprocessed.
        if let contextValue = map["@context"] {
            if run.isJSONLD10 {
                throw JSONLDError(.invalidTermDefinition, "@context in a term definition needs JSON-LD 1.1")
            }
            do {
                _ = try processContext(
                    active, contextValue, baseURL: scope.baseURL, remoteContexts: scope.remoteContexts,
                    overrideProtected: true, validateScopedContext: false, depth: scope.depth + 1, run: run)
            } catch where error.code == .contextOverflow || error.code == .resourceLimitExceeded {
                throw error
            } catch {
                throw JSONLDError(.invalidScopedContext, "the scoped context of \(term) is invalid: \(error)")
            }
            definition.context = contextValue
            definition.contextID = TermDefinition.newContextID()
            definition.baseURL = scope.baseURL
        }
        // Step 23: language mapping.
        if let languageValue = map["@language"], map["@type"] == nil {
            switch languageValue {
            case .null: definition.language = .some(nil)
            case .string(let language): definition.language = .some(language.lowercased())
            default: throw JSONLDError(.invalidLanguageMapping, "@language of \(term) must be a string or null")
            }
        }
        // Step 24: direction mapping.
        if let directionValue = map["@direction"], map["@type"] == nil {
            switch directionValue {
            case .null: definition.direction = .some(nil)
            case .string(let d) where d == "ltr" || d == "rtl": definition.direction = .some(d)
            default: throw JSONLDError(.invalidBaseDirection, "@direction of \(term) must be \"ltr\", \"rtl\" or null")
            }
        }
        // Step 25: nest value.
        if let nestValue = map["@nest"] {
            if run.isJSONLD10 { throw JSONLDError(.invalidTermDefinition, "@nest needs JSON-LD 1.1") }
            guard case .string(let nest) = nestValue, !Keyword.isKeyword(nest) || nest == "@nest" else {
                throw JSONLDError(.invalidNestValue, "@nest of \(term) must be a term or @nest")
            }
            definition.nest = nest
        }
        // Step 26: prefix flag.
        if let prefixValue = map["@prefix"] {
            let u = term.utf8
            if run.isJSONLD10 || u.contains(UInt8(ascii: ":")) || u.contains(UInt8(ascii: "/")) {
                throw JSONLDError(.invalidTermDefinition, "@prefix is not allowed on \(term)")
            }
            guard case .bool(let b) = prefixValue else {
                throw JSONLDError(.invalidPrefixValue, "@prefix of \(term) must be true or false")
            }
            definition.prefix = b
            if b, let iri = definition.iri, Keyword.isKeyword(iri) {
                throw JSONLDError(.invalidTermDefinition, "\(term) aliases a keyword and cannot be a prefix")
            }
        }
        // Step 27.
        for (key, _) in map {
            switch key {
            case "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest",
                "@prefix", "@protected", "@type":
                continue
            default:
                throw JSONLDError(.invalidTermDefinition, "\(term) has the unknown entry \(key)")
            }
        }
        try finish(term, definition, previous: previous, in: active, scope: scope)
    }

    /// Step 21: the index mapping of a property-valued index map.
    private func applyIndexMapping(
        _ map: JSONObject, to definition: inout TermDefinition, term: String, _ active: ActiveContext,
        scope: DefinitionScope, run: ProcessingRun
    ) throws(JSONLDError) {
    if let indexValue = map["@index"] {
        if run.isJSONLD10 || !definition.container.contains(.index) {
            throw JSONLDError(.invalidTermDefinition, "@index of \(term) needs an @index container (JSON-LD 1.1)")
        }
        guard case .string(let index) = indexValue,
            let expanded = try expandIRI(index, active, vocab: true, scope: scope, run: run),
            IRI.isAbsolute(expanded)
        else {
            throw JSONLDError(.invalidTermDefinition, "@index of \(term) must expand to an IRI")
        }
        if Keyword.isKeyword(index) {
            throw JSONLDError(.invalidTermDefinition, "@index of \(term) cannot be a keyword")
        }
        definition.index = index
    }
    }

    /// How long a chain of terms that depend on one another (`"b": "a:x"`, `"c": "b:y"`, ...) may be.
    static let maxDependencyChain = 256

    /// Steps 28–29: protected terms keep their definition; otherwise the new one is stored.
    private func finish(
        _ term: String, _ definition: TermDefinition, previous: TermDefinition?, in active: ActiveContext,
        scope: DefinitionScope
    ) throws(JSONLDError) {
        var definition = definition
        if !scope.overrideProtected, let previous, previous.isProtected {
            // "If definition is not the same as previous definition (other than the value of
            // protected), a protected term redefinition error has been detected."
            guard definition.sameDefinition(as: previous) else {
                throw JSONLDError(.protectedTermRedefinition, "the protected term \(term) cannot be redefined")
            }
            definition = previous
        } else if let iri = definition.iri {
            definition.iriIsSafeProperty = Self.isSafeProperty(iri)
        }
        if definition.isProtected { active.hasProtectedTerms = true }
        active.terms[term] = definition
        if let iri = definition.iri, Keyword.isKeyword(iri) { active.updateKeywordAlias(term, iri: iri) }
        scope.defined[term] = true
    }

    /// gen-delims of [RFC 3986 §2.2](https://www.rfc-editor.org/rfc/rfc3986#section-2.2): `: / ? # [ ] @`.
    static func isGenDelim(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "@"):
            return true
        default:
            return false
        }
    }
}
