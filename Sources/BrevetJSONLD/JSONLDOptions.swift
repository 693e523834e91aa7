import BrevetJSON

/// Options of a JSON-LD operation.
///
/// [JSON-LD 1.1 API §9.4.3 JsonLdOptions](https://www.w3.org/TR/json-ld11-api/#jsonldoptions), plus
/// ``safeMode``.
public struct JSONLDOptions: Sendable {
    /// The base IRI of the document; `nil` leaves relative IRIs unresolved (they are then dropped).
    public var base: String?
    /// A context to apply before the document's own (`expandContext`).
    public var expandContext: JSONValue?
    /// `"json-ld-1.1"` (default) or `"json-ld-1.0"`.
    public var processingMode: String = "json-ld-1.1"
    /// Whether toRdf may emit blank nodes as predicates.
    public var produceGeneralizedRdf: Bool = false
    /// How toRdf represents base direction: `nil`, `"i18n-datatype"` or `"compound-literal"`.
    public var rdfDirection: String?
    /// Process object members in lexicographic order of their keys (`ordered`).
    public var ordered: Bool = false
    /// Fail with ``JSONLDError/Code/safeModeViolation`` instead of silently dropping data: a
    /// property with no definition that is not an absolute IRI, an `@type` or `@id` value that would
    /// be dropped, or an `@id`/`@type` left as a relative IRI. A signature cannot cover what
    /// expansion drops, so signing and verifying run with this on.
    public var safeMode: Bool = false

    public init(
        base: String? = nil, expandContext: JSONValue? = nil, processingMode: String = "json-ld-1.1",
        produceGeneralizedRdf: Bool = false, rdfDirection: String? = nil, ordered: Bool = false,
        safeMode: Bool = false
    ) {
        self.base = base
        self.expandContext = expandContext
        self.processingMode = processingMode
        self.produceGeneralizedRdf = produceGeneralizedRdf
        self.rdfDirection = rdfDirection
        self.ordered = ordered
        self.safeMode = safeMode
    }
}
