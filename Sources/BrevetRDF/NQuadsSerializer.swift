/// Writes quads in the canonical form of N-Quads.
///
/// [RDFC-1.0 Appendix A](https://www.w3.org/TR/rdf-canon/#canonical-quads) and canonical
/// [N-Triples](https://www.w3.org/TR/rdf12-n-triples/#canonical-ntriples): one space between terms,
/// `" .\n"` after the last one, IRIs and characters written as they are, and in literals exactly these
/// escapes: "`U+0022` QUOTATION MARK, `U+005C` REVERSE SOLIDUS, `U+000A` LINE FEED and `U+000D`
/// CARRIAGE RETURN MUST be encoded using ECHAR", as must `U+0008` (`\b`), `U+0009` (`\t`) and
/// `U+000C` (`\f`); the other characters `U+0000`–`U+001F` and `U+007F` "MUST be encoded using
/// UCHAR" as `\u00XX` with upper-case hexadecimal digits. `xsd:string` literals are written without
/// a datatype, language-tagged strings as `"…"@tag`.
public enum NQuadsSerializer {
    /// One quad in canonical N-Quads form, with its line feed.
    public static func line(_ quad: Quad) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(128)
        appendLine(quad, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Every quad of `dataset`, one line each, in the order given (neither sorted nor deduplicated;
    /// ``RDFCanonicalizer`` produces the sorted canonical document).
    public static func serialize(_ dataset: RDFDataset) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(dataset.count * 96)
        for quad in dataset { appendLine(quad, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one canonical line (with its line feed) to `out`.
    public static func appendLine(_ quad: Quad, to out: inout [UInt8]) {
        appendTerm(quad.subject, to: &out)
        out.append(.space)
        appendTerm(quad.predicate, to: &out)
        out.append(.space)
        appendTerm(quad.object, to: &out)
        if let graph = quad.graph {
            out.append(.space)
            appendTerm(graph, to: &out)
        }
        out.append(.space)
        out.append(.period)
        out.append(.lineFeed)
    }

    /// Appends one term in canonical form: `<iri>`, `_:label` or a literal.
    public static func appendTerm(_ term: RDFTerm, to out: inout [UInt8]) {
        switch term {
        case .iri(let iri): appendIRI(iri, to: &out)
        case .blankNode(let label):
            out.append(.underscore)
            out.append(.colon)
            appendUTF8(label, to: &out)
        case .literal(let literal): appendLiteral(literal, to: &out)
        }
    }

    static func appendIRI(_ iri: String, to out: inout [UInt8]) {
        out.append(.lessThan)
        appendUTF8(iri, to: &out)
        out.append(.greaterThan)
    }

    static func appendLiteral(_ literal: RDFLiteral, to out: inout [UInt8]) {
        appendLiteral(literal.lexicalForm, datatype: literal.datatype, language: literal.language, to: &out)
    }

    /// A literal from its parts: with a language, `"…"@tag` (the datatype is then `rdf:langString`).
    static func appendLiteral(_ lexicalForm: String, datatype: String, language: String?, to out: inout [UInt8]) {
        out.append(.quote)
        appendEscaped(lexicalForm, to: &out)
        out.append(.quote)
        if let language {
            out.append(.at)
            appendUTF8(language, to: &out)
        } else if !isXSDString(datatype) {
            out.append(.caret)
            out.append(.caret)
            appendIRI(datatype, to: &out)
        }
    }

    /// The lexical form with the escapes canonical N-Quads requires; runs of plain bytes are copied
    /// in one go. Every byte that needs an escape is ASCII, so UTF-8 sequences pass through untouched.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else { continue }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                runStart = index + 1
                out.append(.backslash)
                switch byte {
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x22: out.append(.quote)
                case 0x5C: out.append(.backslash)
                default:
                    out.append(.lowerU)
                    out.append(UInt8(ascii: "0"))
                    out.append(UInt8(ascii: "0"))
                    out.append(0x30 + (byte >> 4))
                    let low = byte & 0x0F
                    out.append(low < 10 ? 0x30 + low : 0x41 + low - 10)
                }
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
    }

    /// Appends the UTF-8 bytes of `text` in one copy.
    @inline(__always)
    static func appendUTF8(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil {
            out.append(contentsOf: text.utf8)
        }
    }

    /// `http://www.w3.org/2001/XMLSchema#string`, compared without building a string.
    @inline(__always)
    static func isXSDString(_ datatype: String) -> Bool {
        datatype.utf8.count == 39 && datatype == RDFVocabulary.xsdString
    }
}
