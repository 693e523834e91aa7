/// A JSON text ([RFC 8259](https://www.rfc-editor.org/rfc/rfc8259)) kept as the bytes it arrived in,
/// with an index of where each of its values lies.
///
/// Reading builds the index only: no strings, arrays or objects are made until a caller asks for a
/// value with ``value(at:)``. A verifier that needs a few members and the canonical form of the
/// whole text (the JCS cryptosuites) works from the bytes themselves, which is several times
/// cheaper than building and freeing a ``JSONValue`` tree. Reading is exactly as strict as
/// ``JSONParser`` — which is built on it — so both accept the same texts and report the same errors.
public struct JSONText: Sendable {
    /// The text as given.
    public let bytes: [UInt8]
    /// One entry per value, in document order; an object's members are its key and value entries
    /// in turn.
    let entries: [JSONTextEntry]

    /// Reads `bytes` as one JSON text; white space may surround it, nothing else may follow it.
    public init(_ bytes: [UInt8], limits: JSONParser.Limits = .default) throws(JSONError) {
        let result: Result<[JSONTextEntry], JSONError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONError) -> [JSONTextEntry] in try JSONTextIndexer.index(buffer, limits: limits) }
        }
        self.entries = try result.get()
        self.bytes = bytes
    }

    /// Where a value lies in the text.
    public struct Position: Sendable, Hashable {
        let entry: Int
    }

    /// The JSON value the whole text holds.
    public var root: Position { Position(entry: 0) }

    /// Whether the value at `position` is an object.
    public func isObject(_ position: Position) -> Bool { entries[position.entry].kind == .object }

    /// The position of the member named `name` of the object at `object`; `nil` when the value
    /// there is not an object or has no such member.
    public func member(_ name: String, of object: Position) -> Position? {
        let entry = entries[object.entry]
        guard entry.kind == .object else { return nil }
        var name = name
        return name.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { text in
                var key = object.entry + 1
                for _ in 0..<entry.count {
                    if keyEquals(key, wanted, in: text) { return Position(entry: key + 1) }
                    key = Int(entries[key + 1].next)
                }
                return nil
            }
        }
    }

    /// The positions of the elements of the array at `array`; `nil` when the value there is not
    /// an array.
    public func elements(of array: Position) -> [Position]? {
        let entry = entries[array.entry]
        guard entry.kind == .array else { return nil }
        var positions: [Position] = []
        positions.reserveCapacity(Int(entry.count))
        var element = array.entry + 1
        for _ in 0..<entry.count {
            positions.append(Position(entry: element))
            element = Int(entries[element].next)
        }
        return positions
    }

    /// Whether the member name at entry `key` is `wanted` (compared on the decoded name).
    func keyEquals(_ key: Int, _ wanted: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let entry = entries[key]
        if !entry.escaped {
            return entry.length == wanted.count && memoryEqual(text.baseAddress! + Int(entry.start), wanted.baseAddress, wanted.count)
        }
        let decoded = JSONStringEscapes.decodeKnownValid(text, entry)
        return decoded.elementsEqual(wanted)
    }

    /// Whether the value at `position` is `value` written the same way: the same strings byte for
    /// byte, in arrays of the same length. Only strings and arrays of them compare; anything else
    /// answers `false`. (`==` on values equates canonically equivalent Unicode, which this does not.)
    public func isSameText(at position: Position, as value: JSONValue) -> Bool {
        bytes.withUnsafeBufferPointer { text in sameText(position.entry, value, text) }
    }

    func sameText(_ index: Int, _ value: JSONValue, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let entry = entries[index]
        switch (entry.kind, value) {
        case (.string, .string(var s)):
            if entry.escaped { return makeString(entry, text).utf8.elementsEqual(s.utf8) }
            return s.withUTF8 { $0.count == entry.length && memoryEqual(text.baseAddress! + Int(entry.start), $0.baseAddress, $0.count) }
        case (.array, .array(let elements)):
            guard elements.count == entry.count else { return false }
            var element = index + 1
            for e in elements {
                guard sameText(element, e, text) else { return false }
                element = Int(entries[element].next)
            }
            return true
        default:
            return false
        }
    }

    /// The string at `position`, when the value there is a string.
    public func string(at position: Position) -> String? {
        guard entries[position.entry].kind == .string else { return nil }
        return bytes.withUnsafeBufferPointer { makeString(entries[position.entry], $0) }
    }

    /// The value at `position`, built as a ``JSONValue``.
    public func value(at position: Position) -> JSONValue {
        bytes.withUnsafeBufferPointer { JSONTextValueBuilder(entries: entries, text: $0).value(position.entry) }
    }

    /// The whole text as a ``JSONValue``.
    public var value: JSONValue { value(at: root) }
}

/// Compares `count` bytes at two addresses.
@inline(__always)
func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
    guard count > 0, let b else { return true }
    var i = 0
    while i + 8 <= count {
        if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) { return false }
        i += 8
    }
    while i < count {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}

/// The string of a string entry.
func makeString(_ entry: JSONTextEntry, _ text: UnsafeBufferPointer<UInt8>) -> String {
    if entry.escaped {
        let decoded = JSONStringEscapes.decodeKnownValid(text, entry)
        return String(decoding: decoded, as: UTF8.self)
    }
    return String(decoding: UnsafeBufferPointer(rebasing: text[Int(entry.start)..<Int(entry.end)]), as: UTF8.self)
}
