/// The cursor behind ``NQuadsParser``: reads the productions of the
/// [N-Quads grammar](https://www.w3.org/TR/n-quads/#sec-grammar) from valid UTF-8 bytes.
struct NQuadsReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Decoded bytes of the token being read when it holds escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// `nquadsDoc ::= statement? (EOL statement)* EOL?`, with comments and blank lines.
    mutating func readDocument() throws(RDFError) -> RDFDataset {
        var quads: RDFDataset = []
        while true {
            skipSpace()
            guard let byte = peek() else { return quads }
            switch byte {
            case .numberSign: skipComment()
            case .lineFeed, .carriageReturn: consumeLineEnd()
            default:
                quads.append(try readStatement())
                skipSpace()
                if peek() == .numberSign { skipComment() }
                guard let end = peek() else { return quads }
                guard end == .lineFeed || end == .carriageReturn else {
                    throw error("expected the end of the line after '.', found \(describe(end))")
                }
            }
        }
    }

    /// `statement ::= subject predicate object graphLabel? '.'`
    private mutating func readStatement() throws(RDFError) -> Quad {
        let subject: RDFTerm
        switch peek() {
        case .lessThan: subject = .iri(try readIRI())
        case .underscore: subject = .blankNode(try readBlankNodeLabel())
        default: throw error("expected a subject (an IRI or a blank node), found \(describeNext())")
        }
        skipSpace()
        guard peek() == .lessThan else { throw error("expected a predicate IRI, found \(describeNext())") }
        let predicate = RDFTerm.iri(try readIRI())
        skipSpace()
        let object: RDFTerm
        switch peek() {
        case .lessThan: object = .iri(try readIRI())
        case .underscore: object = .blankNode(try readBlankNodeLabel())
        case .quote: object = .literal(try readLiteral())
        default: throw error("expected an object (an IRI, a blank node or a literal), found \(describeNext())")
        }
        skipSpace()
        var graph: RDFTerm?
        switch peek() {
        case .lessThan: graph = .iri(try readIRI())
        case .underscore: graph = .blankNode(try readBlankNodeLabel())
        case .quote: throw error("a graph label must be an IRI or a blank node, not a literal")
        default: break
        }
        skipSpace()
        guard peek() == .period else { throw error("expected '.' to end the statement, found \(describeNext())") }
        index += 1
        return Quad(subject: subject, predicate: predicate, object: object, graph: graph)
    }

    // MARK: - Terms

    /// `IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'`, which must be an absolute IRI.
    private mutating func readIRI() throws(RDFError) -> String {
        let open = index
        index += 1
        let start = index
        // Fast path: a run of plain bytes up to '>'.
        index = scan(from: index, while: Self.isPlainIRIByte)
        var escaped = false
        while true {
            guard let byte = peek() else {
                index = open
                throw error("the IRI is not closed with '>'")
            }
            if byte == .greaterThan { break }
            if byte == .backslash {
                if !escaped {
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    escaped = true
                }
                let escapeStart = index
                guard let next = peek(at: index + 1), next == .lowerU || next == .upperU else {
                    throw error("only \\u and \\U escapes are allowed in an IRI")
                }
                let scalar = try readUCHAR()
                if scalar.value < 0x80 && !Self.isPlainIRIByte(UInt8(scalar.value)) {
                    index = escapeStart
                    throw error("the escape \\u\(hex(scalar.value)) stands for a character that an IRI cannot contain")
                }
                appendUTF8(scalar, to: &scratch)
                continue
            }
            guard Self.isPlainIRIByte(byte) else { throw error("\(describe(byte)) is not allowed in an IRI") }
            if escaped { scratch.append(byte) }
            index += 1
        }
        let end = index
        index += 1
        let absolute = escaped
            ? scratch.withUnsafeBufferPointer { Self.hasScheme($0) }
            : Self.hasScheme(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        guard absolute else {
            let iri = escaped ? String(decoding: scratch, as: UTF8.self) : string(start..<end)
            index = open
            throw error("the IRI <\(iri)> is relative; N-Quads allows only absolute IRIs")
        }
        return escaped ? String(decoding: scratch, as: UTF8.self) : string(start..<end)
    }

    /// `BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?`; returns the
    /// label without `_:`.
    private mutating func readBlankNodeLabel() throws(RDFError) -> String {
        guard peek(at: index + 1) == .colon else { throw error("expected '_:' to start a blank node label") }
        index += 2
        let start = index
        guard let first = scalar(at: index), Self.isPNCharsU(first.0) || (0x30...0x39).contains(first.0)
        else { throw error("a blank node label must start with a letter, a digit, '_' or ':', found \(describeNext())") }
        index += first.1
        var lastNonPeriodEnd = index
        while let next = scalar(at: index), next.0 == 0x2E || Self.isPNChars(next.0) {
            index += next.1
            if next.0 != 0x2E { lastNonPeriodEnd = index }
        }
        // A label cannot end with '.'; trailing periods belong to the statement.
        index = lastNonPeriodEnd
        return string(start..<index)
    }

    /// `literal ::= STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?`
    private mutating func readLiteral() throws(RDFError) -> RDFLiteral {
        let open = index
        index += 1
        let start = index
        // Fast path: a run of bytes that need no attention.
        index = scan(from: index, while: Self.isPlainLiteralByte)
        var escaped = false
        while true {
            guard let byte = peek() else {
                index = open
                throw error("the literal is not closed with '\"'")
            }
            if byte == .quote { break }
            if byte == .lineFeed || byte == .carriageReturn {
                throw error("a line break inside a literal must be written as \\n or \\r")
            }
            if byte == .backslash {
                if !escaped {
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    escaped = true
                }
                appendUTF8(try readEscape(), to: &scratch)
                continue
            }
            if escaped { scratch.append(byte) }
            index += 1
        }
        let lexicalForm = escaped ? String(decoding: scratch, as: UTF8.self) : string(start..<index)
        index += 1
        switch peek() {
        case .at:
            return RDFLiteral(lexicalForm, language: try readLanguageTag())
        case .caret:
            guard peek(at: index + 1) == .caret else { throw error("expected '^^' before the datatype IRI") }
            index += 2
            guard peek() == .lessThan else { throw error("expected a datatype IRI after '^^', found \(describeNext())") }
            return RDFLiteral(lexicalForm, datatype: try readIRI())
        default:
            return RDFLiteral(lexicalForm)
        }
    }

    /// `LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`; returns the tag without `@`.
    private mutating func readLanguageTag() throws(RDFError) -> String {
        index += 1
        let start = index
        while let byte = peek(), byte.isASCIILetter { index += 1 }
        guard index > start else { throw error("expected a language tag after '@'") }
        while peek() == .hyphen {
            index += 1
            let subtagStart = index
            while let byte = peek(), byte.isASCIILetter || byte.isASCIIDigit { index += 1 }
            guard index > subtagStart else { throw error("a language subtag cannot be empty") }
        }
        return string(start..<index)
    }

    // MARK: - Escapes

    /// `ECHAR ::= '\' [tbnrf"'\]` or a UCHAR, at a backslash.
    private mutating func readEscape() throws(RDFError) -> Unicode.Scalar {
        guard let next = peek(at: index + 1) else { throw error("the escape at the end of the input is incomplete") }
        let scalar: Unicode.Scalar
        switch next {
        case .lowerU, .upperU: return try readUCHAR()
        case UInt8(ascii: "t"): scalar = "\t"
        case UInt8(ascii: "b"): scalar = "\u{08}"
        case UInt8(ascii: "n"): scalar = "\n"
        case UInt8(ascii: "r"): scalar = "\r"
        case UInt8(ascii: "f"): scalar = "\u{0C}"
        case .quote: scalar = "\""
        case UInt8(ascii: "'"): scalar = "'"
        case .backslash: scalar = "\\"
        default: throw error("\\\(describeRaw(next)) is not an escape; use \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u or \\U")
        }
        index += 2
        return scalar
    }

    /// `UCHAR ::= '\u' HEX HEX HEX HEX | '\U' HEX HEX HEX HEX HEX HEX HEX HEX`, at a backslash.
    private mutating func readUCHAR() throws(RDFError) -> Unicode.Scalar {
        let digits = peek(at: index + 1) == .lowerU ? 4 : 8
        var value: UInt32 = 0
        for offset in 0..<digits {
            guard let byte = peek(at: index + 2 + offset), let digit = byte.hexValue else {
                throw error("\\\(digits == 4 ? "u" : "U") needs \(digits) hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("the escape stands for U+\(hex(value)), which is not a Unicode scalar value (a surrogate or beyond U+10FFFF)")
        }
        index += 2 + digits
        return scalar
    }

    // MARK: - Cursor

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }
    private func peek(at position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// The scalar that starts at `position` and its length in bytes (the input is valid UTF-8).
    private func scalar(at position: Int) -> (UInt32, Int)? {
        guard position < bytes.count else { return nil }
        let lead = bytes[position]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard position + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return (value, length)
    }

    /// The position of the first byte from `start` on that fails `test`, or the end of the input.
    @inline(__always)
    private func scan(from start: Int, while test: (UInt8) -> Bool) -> Int {
        var position = start
        let end = bytes.count
        while position < end, test(bytes[position]) { position += 1 }
        return position
    }

    /// WS: spaces and tabs.
    private mutating func skipSpace() {
        while let byte = peek(), byte == .space || byte == .tab { index += 1 }
    }

    /// A comment runs to the end of the line, which it does not consume.
    private mutating func skipComment() {
        while let byte = peek(), byte != .lineFeed, byte != .carriageReturn { index += 1 }
    }

    /// `EOL ::= [#xD#xA]+`; counts `\r\n`, `\n` and a lone `\r` as one line each.
    private mutating func consumeLineEnd() {
        if peek() == .carriageReturn, peek(at: index + 1) == .lineFeed { index += 1 }
        index += 1
        line += 1
        lineStart = index
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }

    // MARK: - Errors

    private func error(_ reason: String) -> RDFError {
        var column = 1
        var position = lineStart
        while position < index, position < bytes.count {
            position += scalar(at: position)?.1 ?? 1
            column += 1
        }
        return RDFError(.syntax, reason, line: line, column: column)
    }

    private func describeNext() -> String {
        guard let byte = peek() else { return "the end of the input" }
        return describe(byte)
    }

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case .lineFeed, .carriageReturn: return "the end of the line"
        case 0x21..<0x7F: return "'\(Character(Unicode.Scalar(byte)))'"
        default:
            if let (value, _) = scalar(at: index), value >= 0x80 { return "U+\(hex(value))" }
            return "U+\(hex(UInt32(byte)))"
        }
    }

    private func describeRaw(_ byte: UInt8) -> String {
        byte > 0x20 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "U+\(hex(UInt32(byte)))"
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
