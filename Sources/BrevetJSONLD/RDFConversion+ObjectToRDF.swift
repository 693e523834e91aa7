import BrevetJSON
import BrevetRDF

extension RDFConversion {
    /// The object term of a node map item; the statements of a list or compound literal go to
    /// `listTriples`. `nil` when the item is not well-formed and is left out.
    ///
    /// [JSON-LD 1.1 API §8.2 Object to RDF Conversion](https://www.w3.org/TR/json-ld11-api/#object-to-rdf-conversion).
    mutating func objectToRDF(
        _ item: NodeMapItem, graph: Sink.Term?, listTriples: inout [PendingQuad]
    ) throws(JSONLDError) -> Sink.Term? {
        switch item {
        case .reference(let id):
            // 1–2 "If item is a node object and the value of its @id entry is not well-formed, return null."
            return try term(id, role: "object")
        case .list(let items):
            // 3 A list object becomes an RDF collection.
            return try listToRDF(items, graph: graph, listTriples: &listTriples)
        case .value(let object):
            return try valueToRDF(object, graph: graph, listTriples: &listTriples)
        }
    }

    /// Steps 4–14: a value object as a literal (or, with `compound-literal`, a blank node).
    private mutating func valueToRDF(
        _ item: JSONObject, graph: Sink.Term?, listTriples: inout [PendingQuad]
    ) throws(JSONLDError) -> Sink.Term? {
        var value = JSONValue.null
        var datatype: String?
        var language: String?
        var baseDirection: String?
        for member in item {
            switch member.key {
            case "@value": value = member.value
            case "@type": datatype = member.value.stringValue
            case "@language": language = member.value.stringValue
            case "@direction": baseDirection = member.value.stringValue
            default: break
            }
        }
        // 6 "If datatype is not well-formed, return null." (`@json` is a keyword, handled below.)
        if let datatype, datatype != "@json", !RDFWellFormedness.isIRI(datatype) {
            try dropped("datatype \"\(datatype)\" is not a well-formed IRI")
            return nil
        }
        // 7 "If item has an @language entry which is not well-formed, return null."
        if let language, !RDFWellFormedness.isLanguageTag(language) {
            try dropped("language tag \"\(language)\" is not well-formed")
            return nil
        }
        let lexicalForm: String
        var literalType: String
        if datatype == "@json" {
            // 8 A JSON literal: the canonical form of RFC 8785, datatype rdf:JSON.
            lexicalForm = JSONCanonicalization.canonicalString(value)
            literalType = RDFVocabulary.rdfJSON
        } else {
            switch value {
            case .bool(let b):
                // 9 "true" or "false", xsd:boolean unless typed.
                lexicalForm = b ? "true" : "false"
                literalType = datatype ?? RDFVocabulary.xsdBoolean
            case .number(let n):
                // 10–11 xsd:double for fractions, magnitudes from 10^21 and xsd:double-typed numbers;
                // xsd:integer otherwise.
                let form = RDFLexicalForm.number(n, forceDouble: datatype == RDFVocabulary.xsdDouble)
                lexicalForm = form.lexical
                literalType = datatype ?? (form.isDouble ? RDFVocabulary.xsdDouble : RDFVocabulary.xsdInteger)
            case .string(let s):
                // 12 xsd:string, or rdf:langString with a language.
                lexicalForm = s
                literalType = datatype ?? (language == nil ? RDFVocabulary.xsdString : RDFVocabulary.rdfLangString)
            case .null, .array, .object:
                return nil  // not a value object's value unless typed @json
            }
        }
        // 13 "If item contains an @direction entry and rdfDirection is not null, item is a value
        // object which is serialized using special rules." The language is "normalized to lower case".
        if let baseDirection, let direction {
            let lowercasedLanguage = language?.lowercased() ?? ""
            switch direction {
            case .i18nDatatype:
                literalType = "https://www.w3.org/ns/i18n#" + lowercasedLanguage + "_" + baseDirection
                return sink.literal(lexicalForm, datatype: literalType, language: nil)
            case .compoundLiteral:
                let literal = sink.blankNode(identifiers.generateLabel())
                listTriples.append(
                    PendingQuad(
                        subject: literal, predicate: sink.iri(RDFVocabulary.rdfValue),
                        object: sink.literal(lexicalForm, datatype: RDFVocabulary.xsdString, language: nil), graph: graph))
                if language != nil {
                    listTriples.append(
                        PendingQuad(
                            subject: literal, predicate: sink.iri(RDFVocabulary.rdfLanguage),
                            object: sink.literal(lowercasedLanguage, datatype: RDFVocabulary.xsdString, language: nil),
                            graph: graph))
                }
                listTriples.append(
                    PendingQuad(
                        subject: literal, predicate: sink.iri(RDFVocabulary.rdfDirection),
                        object: sink.literal(baseDirection, datatype: RDFVocabulary.xsdString, language: nil), graph: graph))
                return literal
            }
        }
        // Without rdfDirection the base direction has no place in the literal and is lost: in safe
        // mode that is a drop like any other (a signature would not cover the direction).
        if let baseDirection {
            try dropped("the base direction \"\(baseDirection)\" of \"\(lexicalForm)\" has no RDF form unless rdfDirection is set")
        }
        // 14 The literal, with the language tag as written.
        return sink.literal(lexicalForm, datatype: literalType, language: language)
    }

    /// The head of an RDF collection holding `list`; its statements go to `listTriples`.
    ///
    /// [JSON-LD 1.1 API §8.3 List to RDF Conversion](https://www.w3.org/TR/json-ld11-api/#list-to-rdf-conversion):
    /// one new blank node per item, each with `rdf:first` (left out when the item is not well-formed)
    /// and `rdf:rest`; the empty list is `rdf:nil`.
    mutating func listToRDF(
        _ list: [NodeMapItem], graph: Sink.Term?, listTriples: inout [PendingQuad]
    ) throws(JSONLDError) -> Sink.Term {
        if list.isEmpty { return sink.iri(RDFVocabulary.rdfNil) }
        var bnodes: [Sink.Term] = []
        bnodes.reserveCapacity(list.count)
        for _ in list { bnodes.append(sink.blankNode(identifiers.generateLabel())) }
        let rdfFirst = sink.iri(RDFVocabulary.rdfFirst), rdfRest = sink.iri(RDFVocabulary.rdfRest)
        let rdfNil = sink.iri(RDFVocabulary.rdfNil)
        for (i, item) in list.enumerated() {
            var embeddedTriples: [PendingQuad] = []
            if let object = try objectToRDF(item, graph: graph, listTriples: &embeddedTriples) {
                listTriples.append(PendingQuad(subject: bnodes[i], predicate: rdfFirst, object: object, graph: graph))
            }
            let rest = i + 1 < bnodes.count ? bnodes[i + 1] : rdfNil
            listTriples.append(PendingQuad(subject: bnodes[i], predicate: rdfRest, object: rest, graph: graph))
            listTriples.append(contentsOf: embeddedTriples)
        }
        return bnodes[0]
    }
}
