/// Reads a JSON text into the entries of a ``JSONText``: the one strict reader behind both
/// ``JSONText`` and ``JSONParser``.
///
/// Strict on purpose, since its input comes from strangers: invalid UTF-8, lone surrogates,
/// duplicate member names, trailing data and nesting deeper than the limit are errors. Nesting is
/// checked before recursing, so a hostile document cannot exhaust the stack.
struct JSONTextIndexer {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var position = 0
    var entries: [JSONTextEntry] = []

    static func index(_ buffer: UnsafeBufferPointer<UInt8>, limits: JSONParser.Limits) throws(JSONError) -> [JSONTextEntry] {
        guard buffer.count <= limits.maxBytes else {
            throw JSONError(.tooLarge, "the document is \(buffer.count) bytes, more than the limit of \(limits.maxBytes)", offset: 0)
        }
        var indexer = JSONTextIndexer(bytes: buffer, maxDepth: limits.maxDepth)
        // Credentials hold about one value per 16 bytes.
        indexer.entries.reserveCapacity(buffer.count / 16 + 4)
        indexer.skipWhitespace()
        try indexer.readValue(depth: 0)
        indexer.skipWhitespace()
        if indexer.position != buffer.count {
            throw JSONError(.syntax, "unexpected \(indexer.describeCurrent()) after the end of the JSON value", offset: indexer.position)
        }
        return indexer.entries
    }

    @inline(__always) var atEnd: Bool { position >= bytes.count }
    @inline(__always) var current: UInt8 { bytes[position] }

    func describeCurrent() -> String {
        guard !atEnd else { return "end of input" }
        let c = current
        if c >= 0x21 && c < 0x7F { return "character '\(Character(Unicode.Scalar(c)))'" }
        return "byte 0x\(String(c, radix: 16, uppercase: true))"
    }

    @inline(__always) mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    @inline(__always) mutating func appendScalar(_ kind: JSONTextEntry.Kind, start: Int) {
        entries.append(JSONTextEntry(kind: kind, escaped: false, ascii: true, start: UInt32(start), end: UInt32(position),
                                     next: UInt32(entries.count + 1), count: 0))
    }

    mutating func readValue(depth: Int) throws(JSONError) {
        guard !atEnd else { throw JSONError(.syntax, "expected a value but the input ended", offset: position) }
        let start = position
        switch current {
        case UInt8(ascii: "{"):
            try readObject(depth: depth + 1)
        case UInt8(ascii: "["):
            try readArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            try readString()
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            appendScalar(.true, start: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            appendScalar(.false, start: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            appendScalar(.null, start: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try readNumber()
            appendScalar(.number, start: start)
        default:
            throw JSONError(.syntax, "expected a value but found \(describeCurrent())", offset: position)
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
        let start = position
        let n = literal.utf8CodeUnitCount
        guard bytes.count - position >= n else {
            throw JSONError(.syntax, "expected '\(literal)'", offset: start)
        }
        let p = literal.utf8Start
        for i in 0..<n where bytes[position + i] != p[i] {
            throw JSONError(.syntax, "expected '\(literal)'", offset: start)
        }
        position += n
    }

    func checkDepth(_ depth: Int) throws(JSONError) {
        if depth > maxDepth {
            throw JSONError(.tooDeep, "arrays and objects nest more than \(maxDepth) levels deep", offset: position)
        }
    }

    /// Appends a container's entry; ``close(_:count:)`` fills it in once its contents are read.
    mutating func open(_ kind: JSONTextEntry.Kind) -> Int {
        entries.append(JSONTextEntry(kind: kind, escaped: false, ascii: true, start: UInt32(position), end: 0, next: 0, count: 0))
        position += 1
        return entries.count - 1
    }

    mutating func close(_ container: Int, count: Int) {
        position += 1
        entries[container].end = UInt32(position)
        entries[container].next = UInt32(entries.count)
        entries[container].count = UInt32(count)
    }

    mutating func readArray(depth: Int) throws(JSONError) {
        try checkDepth(depth)
        let me = open(.array)
        skipWhitespace()
        if !atEnd && current == UInt8(ascii: "]") {
            close(me, count: 0)
            return
        }
        var count = 0
        while true {
            skipWhitespace()
            try readValue(depth: depth)
            count += 1
            skipWhitespace()
            guard !atEnd else { throw JSONError(.syntax, "an array is not closed with ']'", offset: position) }
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                close(me, count: count)
                return
            default:
                throw JSONError(.syntax, "expected ',' or ']' in an array but found \(describeCurrent())", offset: position)
            }
        }
    }

    mutating func readObject(depth: Int) throws(JSONError) {
        try checkDepth(depth)
        let me = open(.object)
        // Small objects check duplicates by comparing with the names before; wide ones switch to a
        // set, so a hostile object with many members costs linear, not quadratic, time.
        var seen: Set<[UInt8]>?
        skipWhitespace()
        if !atEnd && current == UInt8(ascii: "}") {
            close(me, count: 0)
            return
        }
        var count = 0
        while true {
            skipWhitespace()
            guard !atEnd, current == UInt8(ascii: "\"") else {
                throw JSONError(.syntax, "expected a member name in double quotes but found \(describeCurrent())", offset: position)
            }
            let keyOffset = position
            let key = entries.count
            try readString()
            if seen == nil && count >= 16 { seen = Set(memberNames(of: me, count: count)) }
            let duplicate: Bool
            if seen != nil {
                duplicate = !seen!.insert(name(key)).inserted
            } else {
                duplicate = isEarlierName(key, in: me, count: count)
            }
            if duplicate {
                throw JSONError(.duplicateKey, "the member \"\(String(decoding: name(key), as: UTF8.self))\" appears twice in one object", offset: keyOffset)
            }
            skipWhitespace()
            guard !atEnd, current == UInt8(ascii: ":") else {
                throw JSONError(.syntax, "expected ':' after the member name \"\(String(decoding: name(key), as: UTF8.self))\" but found \(describeCurrent())", offset: position)
            }
            position += 1
            skipWhitespace()
            try readValue(depth: depth)
            count += 1
            skipWhitespace()
            guard !atEnd else { throw JSONError(.syntax, "an object is not closed with '}'", offset: position) }
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                close(me, count: count)
                return
            default:
                throw JSONError(.syntax, "expected ',' or '}' in an object but found \(describeCurrent())", offset: position)
            }
        }
    }

    /// The decoded member name of the string entry at `key`.
    func name(_ key: Int) -> [UInt8] {
        let entry = entries[key]
        if entry.escaped { return JSONStringEscapes.decodeKnownValid(bytes, entry) }
        return Array(UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.end)]))
    }

    func memberNames(of object: Int, count: Int) -> [[UInt8]] {
        var names: [[UInt8]] = []
        var key = object + 1
        for _ in 0..<count {
            names.append(name(key))
            key = Int(entries[key + 1].next)
        }
        return names
    }

    /// Whether one of the first `count` member names of `object` equals the name at `key`.
    func isEarlierName(_ key: Int, in object: Int, count: Int) -> Bool {
        let new = entries[key]
        var other = object + 1
        for _ in 0..<count {
            let old = entries[other]
            if !new.escaped && !old.escaped {
                if new.length == old.length && memoryEqual(bytes.baseAddress! + Int(new.start), bytes.baseAddress! + Int(old.start), new.length) {
                    return true
                }
            } else if name(key) == name(other) {
                return true
            }
            other = Int(entries[other + 1].next)
        }
        return false
    }

    mutating func readNumber() throws(JSONError) {
        let start = position
        func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        if current == UInt8(ascii: "-") { position += 1 }
        guard !atEnd, digit(current) else {
            throw JSONError(.invalidNumber, "a number needs a digit after '-'", offset: start)
        }
        if current == UInt8(ascii: "0") {
            position += 1
            if !atEnd && digit(current) {
                throw JSONError(.invalidNumber, "a number may not have leading zeros", offset: start)
            }
        } else {
            while !atEnd && digit(current) { position += 1 }
        }
        var integral = true
        if !atEnd && current == UInt8(ascii: ".") {
            integral = false
            position += 1
            guard !atEnd, digit(current) else {
                throw JSONError(.invalidNumber, "a number needs a digit after '.'", offset: start)
            }
            while !atEnd && digit(current) { position += 1 }
        }
        if !atEnd && (current == UInt8(ascii: "e") || current == UInt8(ascii: "E")) {
            integral = false
            position += 1
            if !atEnd && (current == UInt8(ascii: "+") || current == UInt8(ascii: "-")) { position += 1 }
            guard !atEnd, digit(current) else {
                throw JSONError(.invalidNumber, "a number needs a digit in its exponent", offset: start)
            }
            while !atEnd && digit(current) { position += 1 }
        }
        // An integer of up to 300 digits is a finite double; anything else is checked.
        if !integral || position - start > 300 {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            if let d = Double(text), !d.isFinite {
                throw JSONError(.invalidNumber, "the number \(text) is too large for a double", offset: start)
            }
        }
    }

    mutating func readString() throws(JSONError) {
        let start = position
        position += 1  // opening quote
        let contentStart = position
        // Fast path: no escapes. Plain runs go eight bytes at a time (noting any non-ASCII byte);
        // a word that holds a quote, backslash or control byte is then read byte by byte.
        var ascii = true
        scan: while position < bytes.count {
            if position + 8 <= bytes.count {
                let w = JSONStringScan.word(bytes, position)
                if !JSONStringScan.needsAttention(w) {
                    if JSONStringScan.hasHighByte(w) { ascii = false }
                    position += 8
                    continue
                }
            }
            let end = min(position + 8, bytes.count)
            while position < end {
                let c = bytes[position]
                if c == UInt8(ascii: "\"") {
                    if !ascii, !JSONStringEscapes.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[contentStart..<position])) {
                        throw JSONError(.invalidUTF8, "a string is not valid UTF-8", offset: contentStart)
                    }
                    entries.append(JSONTextEntry(kind: .string, escaped: false, ascii: ascii, start: UInt32(contentStart),
                                                 end: UInt32(position), next: UInt32(entries.count + 1), count: 0))
                    position += 1
                    return
                }
                if c == UInt8(ascii: "\\") { break scan }
                if c < 0x20 {
                    throw JSONError(.invalidString, "a string holds a raw control character (0x\(String(c, radix: 16))); it must be escaped", offset: position)
                }
                if c >= 0x80 { ascii = false }
                position += 1
            }
        }
        guard position < bytes.count else {
            throw JSONError(.syntax, "a string is not closed with '\"'", offset: start)
        }
        // Slow path: decode the escapes to check them (and the UTF-8 they and the text make).
        var decoded: [UInt8] = []
        let close = try JSONStringEscapes.decode(bytes, from: contentStart, into: &decoded)
        let valid = decoded.withUnsafeBufferPointer { JSONStringEscapes.isValidUTF8($0) }
        guard valid else { throw JSONError(.invalidUTF8, "a string is not valid UTF-8", offset: contentStart) }
        entries.append(JSONTextEntry(kind: .string, escaped: true, ascii: false, start: UInt32(contentStart),
                                     end: UInt32(close), next: UInt32(entries.count + 1), count: 0))
        position = close + 1
    }
}
