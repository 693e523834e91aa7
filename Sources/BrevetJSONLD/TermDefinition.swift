import BrevetJSON
import Synchronization

/// A term definition ([JSON-LD 1.1 API §4.2](https://www.w3.org/TR/json-ld11-api/#create-term-definition)).
///
/// A reference type so that the hot path of expansion copies one pointer, not a dozen strings.
/// Create Term Definition builds it; once stored in an active context it never changes, so its
/// properties opt out of dynamic exclusivity checks.
final class TermDefinition: @unchecked Sendable {
    /// The IRI mapping (an IRI, blank node identifier or keyword); `nil` for a term mapped to null.
    @exclusivity(unchecked) var iri: String?
    /// Whether the term may be used as a compact IRI prefix.
    @exclusivity(unchecked) var prefix = false
    @exclusivity(unchecked) var isProtected = false
    /// Whether the term is a reverse property.
    @exclusivity(unchecked) var reverse = false
    /// The base URL that the scoped context's relative references resolve against.
    @exclusivity(unchecked) var baseURL: String?
    /// The scoped (local) context, if any.
    @exclusivity(unchecked) var context: JSONValue?
    /// Identity of ``context`` for caching derived active contexts.
    @exclusivity(unchecked) var contextID = 0
    /// The container mapping.
    @exclusivity(unchecked) var container: Container = []
    /// The direction mapping: `nil` absent, `.some(nil)` null, or `ltr`/`rtl`.
    @exclusivity(unchecked) var direction: String??
    /// The index mapping (`@index` of an index map).
    @exclusivity(unchecked) var index: String?
    /// The language mapping: `nil` absent, `.some(nil)` null, or a language tag.
    @exclusivity(unchecked) var language: String??
    /// The nest value.
    @exclusivity(unchecked) var nest: String?
    /// The type mapping (an IRI, `@id`, `@vocab`, `@json`, `@none`).
    @exclusivity(unchecked) var typeMapping: String?
    /// Whether ``iri`` passes safe mode's check of a property (an absolute IRI of IRI characters,
    /// not a blank node), worked out once when the definition is stored in an active context.
    @exclusivity(unchecked) var iriIsSafeProperty = false

    init() {}

    /// Equal in everything but `protected` (and the identity of the scoped context), as protected
    /// term redefinition compares.
    func sameDefinition(as other: TermDefinition) -> Bool {
        iri == other.iri && prefix == other.prefix && reverse == other.reverse && baseURL == other.baseURL
            && context == other.context && container == other.container && direction == other.direction
            && index == other.index && language == other.language && nest == other.nest
            && typeMapping == other.typeMapping
    }

    private static let nextContextID = Atomic<Int>(1)
    /// A fresh identity for a scoped context.
    static func newContextID() -> Int {
        nextContextID.add(1, ordering: .relaxed).newValue
    }
}
