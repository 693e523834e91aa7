import BrevetJSON
import Synchronization

/// The active context ([JSON-LD 1.1 API §4.1](https://www.w3.org/TR/json-ld11-api/#context-processing-algorithms)).
///
/// A reference type so that processed contexts can be cached and shared: context processing
/// builds a fresh copy, mutates it while no one else can see it, and never changes it after it is
/// returned. Because of that discipline its stored properties opt out of dynamic exclusivity
/// checks (`@exclusivity(unchecked)`), which would otherwise cost on every read in expansion's
/// hot path. `derived` memoises "this context with local context X applied", so documents that
/// use the same remote or scoped contexts skip re-processing them.
final class ActiveContext: @unchecked Sendable {
    /// Term definitions by term.
    @exclusivity(unchecked) var terms: [String: TermDefinition] = [:]
    /// The base IRI (`nil` when it is null).
    @exclusivity(unchecked) var baseIRI: String?
    /// The original base URL, used to resolve relative context references.
    @exclusivity(unchecked) var originalBaseURL: String?
    /// The vocabulary mapping (`@vocab`).
    @exclusivity(unchecked) var vocabularyMapping: String?
    /// The default language (`@language`).
    @exclusivity(unchecked) var defaultLanguage: String?
    /// The default base direction (`@direction`): `ltr`, `rtl`, or `nil`.
    @exclusivity(unchecked) var defaultBaseDirection: String?
    /// The context to revert to when a non-propagated (type-scoped) context goes out of scope.
    @exclusivity(unchecked) var previousContext: ActiveContext?
    /// Terms whose IRI mapping is a keyword (`"id": "@id"`), so that finding the entries of a map
    /// that expand to a keyword needs no hashing (a handful at most).
    @exclusivity(unchecked) var keywordAliases: [(alias: String, keyword: String)] = []
    /// True when some term definition is protected (makes nullification checks cheap).
    @exclusivity(unchecked) var hasProtectedTerms = false
    /// Set when the context belongs to the processor's cache: complete, shared, and kept as long
    /// as the processor. Only cacheable contexts memoise what is derived from them, so contexts
    /// of one document (inline contexts) are freed with it: a memo entry and the derived
    /// context's ``previousContext`` point at each other.
    @exclusivity(unchecked) var cacheable = false
    /// Memo of contexts derived from this one.
    let derived = Mutex<[DerivationKey: ActiveContext]>([:])

    init() {}

    /// A mutable copy for context processing (the memo is not copied).
    func copy() -> ActiveContext {
        let c = ActiveContext()
        c.terms = terms
        c.baseIRI = baseIRI
        c.originalBaseURL = originalBaseURL
        c.vocabularyMapping = vocabularyMapping
        c.defaultLanguage = defaultLanguage
        c.defaultBaseDirection = defaultBaseDirection
        c.previousContext = previousContext
        c.hasProtectedTerms = hasProtectedTerms
        c.keywordAliases = keywordAliases
        return c
    }

    /// True when `key` IRI-expands (with vocab) to `keyword`: the keyword itself or an alias of it.
    @inline(__always) func expands(_ key: String, to keyword: String) -> Bool {
        if key == keyword { return true }
        for entry in keywordAliases where entry.keyword == keyword && entry.alias == key { return true }
        return false
    }

    /// Keeps ``keywordAliases`` in step with a term's new IRI mapping (`nil` when it is removed).
    func updateKeywordAlias(_ term: String, iri: String?) {
        keywordAliases.removeAll { $0.alias == term }
        if let iri, Keyword.isKeyword(iri) { keywordAliases.append((alias: term, keyword: iri)) }
    }
}

/// What was applied to an active context to derive another: a remote context by URL, or the
/// scoped context of a term definition by its identity, with the processing flags.
struct DerivationKey: Hashable, Sendable {
    enum Source: Hashable, Sendable {
        case remote(String)
        case scoped(Int)
        case revert
    }
    var source: Source
    var overrideProtected: Bool
    var propagate: Bool
}
