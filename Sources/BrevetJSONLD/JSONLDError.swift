/// Why JSON-LD processing failed.
///
/// One error type for the module. ``Code`` values are the error codes of the
/// [JSON-LD 1.1 API §9.4.2 JsonLdErrorCode](https://www.w3.org/TR/json-ld11-api/#jsonlderrorcode); their
/// ``Code/name`` is the specification's string, so tests compare with a test manifest's
/// `expectErrorCode`. Equality compares the code only, so tests can build the expected error without
/// knowing the exact wording.
public struct JSONLDError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An error code of the JSON-LD 1.1 API, plus ``safeModeViolation`` for safe mode.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: Sendable, Hashable {
            case collidingKeywords, conflictingIndexes, contextOverflow, cyclicIRIMapping, invalidIdValue, invalidImportValue, invalidIncludedValue, invalidIndexValue, invalidNestValue, invalidPrefixValue, invalidPropagateValue, invalidProtectedValue, invalidReverseValue, invalidVersionValue, invalidBaseDirection, invalidBaseIRI, invalidContainerMapping, invalidContextEntry, invalidContextNullification, invalidDefaultLanguage, invalidIRIMapping, invalidJSONLiteral, invalidKeywordAlias, invalidLanguageMapValue, invalidLanguageMapping, invalidLanguageTaggedString, invalidLanguageTaggedValue, invalidLocalContext, invalidRemoteContext, invalidReverseProperty, invalidReversePropertyMap, invalidReversePropertyValue, invalidScopedContext, invalidScriptElement, invalidSetOrListObject, invalidTermDefinition, invalidTypeMapping, invalidTypeValue, invalidTypedValue, invalidValueObject, invalidValueObjectValue, invalidVocabMapping, iriConfusedWithPrefix, keywordRedefinition, listOfLists, loadingDocumentFailed, loadingRemoteContextFailed, multipleContextLinkHeaders, processingModeConflict, protectedTermRedefinition, recursiveContextInclusion, safeModeViolation, resourceLimitExceeded
        }
        let base: Base

        /// The specification's name of the code, e.g. `"invalid context entry"`.
        public var name: String {
            switch base {
            case .collidingKeywords: return "colliding keywords"
            case .conflictingIndexes: return "conflicting indexes"
            case .contextOverflow: return "context overflow"
            case .cyclicIRIMapping: return "cyclic IRI mapping"
            case .invalidIdValue: return "invalid @id value"
            case .invalidImportValue: return "invalid @import value"
            case .invalidIncludedValue: return "invalid @included value"
            case .invalidIndexValue: return "invalid @index value"
            case .invalidNestValue: return "invalid @nest value"
            case .invalidPrefixValue: return "invalid @prefix value"
            case .invalidPropagateValue: return "invalid @propagate value"
            case .invalidProtectedValue: return "invalid @protected value"
            case .invalidReverseValue: return "invalid @reverse value"
            case .invalidVersionValue: return "invalid @version value"
            case .invalidBaseDirection: return "invalid base direction"
            case .invalidBaseIRI: return "invalid base IRI"
            case .invalidContainerMapping: return "invalid container mapping"
            case .invalidContextEntry: return "invalid context entry"
            case .invalidContextNullification: return "invalid context nullification"
            case .invalidDefaultLanguage: return "invalid default language"
            case .invalidIRIMapping: return "invalid IRI mapping"
            case .invalidJSONLiteral: return "invalid JSON literal"
            case .invalidKeywordAlias: return "invalid keyword alias"
            case .invalidLanguageMapValue: return "invalid language map value"
            case .invalidLanguageMapping: return "invalid language mapping"
            case .invalidLanguageTaggedString: return "invalid language-tagged string"
            case .invalidLanguageTaggedValue: return "invalid language-tagged value"
            case .invalidLocalContext: return "invalid local context"
            case .invalidRemoteContext: return "invalid remote context"
            case .invalidReverseProperty: return "invalid reverse property"
            case .invalidReversePropertyMap: return "invalid reverse property map"
            case .invalidReversePropertyValue: return "invalid reverse property value"
            case .invalidScopedContext: return "invalid scoped context"
            case .invalidScriptElement: return "invalid script element"
            case .invalidSetOrListObject: return "invalid set or list object"
            case .invalidTermDefinition: return "invalid term definition"
            case .invalidTypeMapping: return "invalid type mapping"
            case .invalidTypeValue: return "invalid type value"
            case .invalidTypedValue: return "invalid typed value"
            case .invalidValueObject: return "invalid value object"
            case .invalidValueObjectValue: return "invalid value object value"
            case .invalidVocabMapping: return "invalid vocab mapping"
            case .iriConfusedWithPrefix: return "IRI confused with prefix"
            case .keywordRedefinition: return "keyword redefinition"
            case .listOfLists: return "list of lists"
            case .loadingDocumentFailed: return "loading document failed"
            case .loadingRemoteContextFailed: return "loading remote context failed"
            case .multipleContextLinkHeaders: return "multiple context link headers"
            case .processingModeConflict: return "processing mode conflict"
            case .protectedTermRedefinition: return "protected term redefinition"
            case .recursiveContextInclusion: return "recursive context inclusion"
            case .safeModeViolation: return "safe mode violation"
            case .resourceLimitExceeded: return "resource limit exceeded"
            }
        }
        public var description: String { name }

        /// Two properties expand to the same keyword.
        public static let collidingKeywords = Code(base: .collidingKeywords)
        /// Two node objects with the same `@id` carry different `@index` values.
        public static let conflictingIndexes = Code(base: .conflictingIndexes)
        /// More remote contexts, or deeper context nesting, than the processor's limits allow.
        public static let contextOverflow = Code(base: .contextOverflow)
        /// A term's IRI mapping depends on itself.
        public static let cyclicIRIMapping = Code(base: .cyclicIRIMapping)
        /// An `@id` value is not a string.
        public static let invalidIdValue = Code(base: .invalidIdValue)
        /// An `@import` value is not a string, or names a context that is not an object.
        public static let invalidImportValue = Code(base: .invalidImportValue)
        /// An `@included` value is not a node object or an array of them.
        public static let invalidIncludedValue = Code(base: .invalidIncludedValue)
        /// An `@index` value is not a string.
        public static let invalidIndexValue = Code(base: .invalidIndexValue)
        /// An `@nest` value is invalid.
        public static let invalidNestValue = Code(base: .invalidNestValue)
        /// An `@prefix` value is not a boolean.
        public static let invalidPrefixValue = Code(base: .invalidPrefixValue)
        /// An `@propagate` value is not a boolean.
        public static let invalidPropagateValue = Code(base: .invalidPropagateValue)
        /// An `@protected` value is not a boolean.
        public static let invalidProtectedValue = Code(base: .invalidProtectedValue)
        /// An `@reverse` value is not an object.
        public static let invalidReverseValue = Code(base: .invalidReverseValue)
        /// An `@version` value is not the number 1.1.
        public static let invalidVersionValue = Code(base: .invalidVersionValue)
        /// A `@direction` value is neither `ltr`, `rtl` nor null.
        public static let invalidBaseDirection = Code(base: .invalidBaseDirection)
        /// An `@base` value is neither an IRI nor a relative reference that can be resolved.
        public static let invalidBaseIRI = Code(base: .invalidBaseIRI)
        /// A `@container` value is not an allowed combination.
        public static let invalidContainerMapping = Code(base: .invalidContainerMapping)
        /// A context entry is not allowed there (for example `@propagate` in a 1.0 context, or `@context` inside a scoped definition's value).
        public static let invalidContextEntry = Code(base: .invalidContextEntry)
        /// A context is set to null where protected terms forbid it.
        public static let invalidContextNullification = Code(base: .invalidContextNullification)
        /// A context's `@language` is neither a string nor null.
        public static let invalidDefaultLanguage = Code(base: .invalidDefaultLanguage)
        /// A term's `@id` is not a valid IRI, blank node identifier or keyword.
        public static let invalidIRIMapping = Code(base: .invalidIRIMapping)
        /// A JSON literal is not valid.
        public static let invalidJSONLiteral = Code(base: .invalidJSONLiteral)
        /// A term aliases `@context` or is otherwise an invalid keyword alias.
        public static let invalidKeywordAlias = Code(base: .invalidKeywordAlias)
        /// A language map holds a value that is not a string.
        public static let invalidLanguageMapValue = Code(base: .invalidLanguageMapValue)
        /// A term's `@language` is neither a string nor null.
        public static let invalidLanguageMapping = Code(base: .invalidLanguageMapping)
        /// A language tag is not well formed.
        public static let invalidLanguageTaggedString = Code(base: .invalidLanguageTaggedString)
        /// A value with `@language` is not a string.
        public static let invalidLanguageTaggedValue = Code(base: .invalidLanguageTaggedValue)
        /// A local context is neither an object, a string, nor null.
        public static let invalidLocalContext = Code(base: .invalidLocalContext)
        /// A loaded remote context has no `@context` object.
        public static let invalidRemoteContext = Code(base: .invalidRemoteContext)
        /// A reverse property is used where it is not allowed.
        public static let invalidReverseProperty = Code(base: .invalidReverseProperty)
        /// A `@reverse` map holds a keyword or an invalid member.
        public static let invalidReversePropertyMap = Code(base: .invalidReversePropertyMap)
        /// A reverse property value is a value object or a list.
        public static let invalidReversePropertyValue = Code(base: .invalidReversePropertyValue)
        /// A scoped context is invalid.
        public static let invalidScopedContext = Code(base: .invalidScopedContext)
        /// An HTML script element does not hold valid JSON.
        public static let invalidScriptElement = Code(base: .invalidScriptElement)
        /// A `@set` or `@list` object has other members than `@index`.
        public static let invalidSetOrListObject = Code(base: .invalidSetOrListObject)
        /// A term definition is neither a string, an object nor null, or has invalid members.
        public static let invalidTermDefinition = Code(base: .invalidTermDefinition)
        /// A term's `@type` is not an IRI, `@id`, `@vocab`, `@json` or `@none`.
        public static let invalidTypeMapping = Code(base: .invalidTypeMapping)
        /// An `@type` value is not a string or an array of strings.
        public static let invalidTypeValue = Code(base: .invalidTypeValue)
        /// A typed value's `@type` is not an IRI.
        public static let invalidTypedValue = Code(base: .invalidTypedValue)
        /// A value object has members it may not have.
        public static let invalidValueObject = Code(base: .invalidValueObject)
        /// A value object's `@value` is not a scalar (or null), or is not allowed with its type.
        public static let invalidValueObjectValue = Code(base: .invalidValueObjectValue)
        /// A context's `@vocab` is not an IRI, blank node identifier or null.
        public static let invalidVocabMapping = Code(base: .invalidVocabMapping)
        /// A term that looks like a compact IRI expands to another IRI.
        public static let iriConfusedWithPrefix = Code(base: .iriConfusedWithPrefix)
        /// A context tries to define a keyword.
        public static let keywordRedefinition = Code(base: .keywordRedefinition)
        /// A list holds a list (only in JSON-LD 1.0 processing).
        public static let listOfLists = Code(base: .listOfLists)
        /// The document could not be loaded or parsed.
        public static let loadingDocumentFailed = Code(base: .loadingDocumentFailed)
        /// A remote context could not be loaded or parsed.
        public static let loadingRemoteContextFailed = Code(base: .loadingRemoteContextFailed)
        /// More than one context Link header was found.
        public static let multipleContextLinkHeaders = Code(base: .multipleContextLinkHeaders)
        /// The document requires a processing mode other than the one requested.
        public static let processingModeConflict = Code(base: .processingModeConflict)
        /// A context changes the definition of a protected term.
        public static let protectedTermRedefinition = Code(base: .protectedTermRedefinition)
        /// A remote context includes itself, directly or through others.
        public static let recursiveContextInclusion = Code(base: .recursiveContextInclusion)
        /// Safe mode: expansion would drop a property, an `@type` or `@id` value, or keep a relative IRI, so a signature would not cover it.
        public static let safeModeViolation = Code(base: .safeModeViolation)
        /// Not a JSON-LD code: the input needs more work or memory than ``JSONLDProcessor/Limits`` allow.
        public static let resourceLimitExceeded = Code(base: .resourceLimitExceeded)
    }

    public let code: Code
    /// What is wrong, in words a person understands (names the offending term or value).
    public let reason: String

    public init(_ code: Code, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { "\(code.name): \(reason)" }

    public static func == (lhs: JSONLDError, rhs: JSONLDError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
