extension JSONText {
    /// The canonical form ([RFC 8785](https://www.rfc-editor.org/rfc/rfc8785)) of the value at
    /// `position`, written straight from the text; when that value is an object, its member named
    /// `omitted` is left out (a secured document without its `proof`).
    ///
    /// The same bytes as ``JSONCanonicalization/canonicalBytes(_:)`` of ``value(at:)`` with the
    /// member removed, without building the value: a string without escapes is already in its
    /// canonical form (§3.2.2.2 escapes only `"`, `\` and control characters, which such a body
    /// cannot hold), and names are compared on the text's own bytes.
    public func canonicalBytes(at position: Position, omittingMember omitted: String? = nil) -> [UInt8] {
        let omittedKey = omitted.flatMap { member($0, of: position) }.map { $0.entry - 1 }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { text in
            JSONTextCanonicalWriter(entries: entries, text: text).write(position.entry, omittingKey: omittedKey, into: &out)
        }
        return out
    }
}

/// Writes entries of a ``JSONText`` in RFC 8785 form.
struct JSONTextCanonicalWriter {
    let entries: [JSONTextEntry]
    let text: UnsafeBufferPointer<UInt8>

    func slice(_ entry: JSONTextEntry) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(entry.start)..<Int(entry.end)])
    }

    func write(_ index: Int, omittingKey: Int? = nil, into out: inout [UInt8]) {
        let entry = entries[index]
        switch entry.kind {
        case .null: out.append(contentsOf: "null".utf8)
        case .true: out.append(contentsOf: "true".utf8)
        case .false: out.append(contentsOf: "false".utf8)
        case .number: JSONCanonicalization.writeNumber(text: slice(entry), into: &out)
        case .string: writeString(entry, into: &out)
        case .array:
            out.append(UInt8(ascii: "["))
            var element = index + 1
            for i in 0..<entry.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
                element = Int(entries[element].next)
            }
            out.append(UInt8(ascii: "]"))
        case .object:
            writeObject(index, omittingKey: omittingKey, into: &out)
        }
    }

    func writeString(_ entry: JSONTextEntry, into out: inout [UInt8]) {
        if entry.escaped {
            let decoded = JSONStringEscapes.decodeKnownValid(text, entry)
            decoded.withUnsafeBufferPointer { JSONWriter.writeString(utf8: $0, into: &out) }
        } else {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: slice(entry))
            out.append(UInt8(ascii: "\""))
        }
    }

    func writeMember(_ key: Int, first: Bool, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        writeString(entries[key], into: &out)
        out.append(UInt8(ascii: ":"))
        write(key + 1, into: &out)
    }

    /// §3.2.3: members sorted by their names, compared where they lie in the text (names with
    /// escapes are decoded first).
    func writeObject(_ index: Int, omittingKey: Int?, into out: inout [UInt8]) {
        let entry = entries[index]
        out.append(UInt8(ascii: "{"))
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Int(entry.count)) { keys in
            var count = 0
            var key = index + 1
            for _ in 0..<entry.count {
                if key != omittingKey {
                    (keys.baseAddress! + count).initialize(to: key)
                    count += 1
                }
                key = Int(entries[key + 1].next)
            }
            JSONCanonicalization.withMemberOrder(
                count: count,
                prefix: { i in
                    let name = entries[keys[i]]
                    guard name.escaped else { return JSONCanonicalization.sortPrefix(slice(name)) }
                    return JSONStringEscapes.decodeKnownValid(text, name).withUnsafeBufferPointer { JSONCanonicalization.sortPrefix($0) }
                },
                less: { nameLess(keys[$0], keys[$1]) }
            ) { order in
                for (n, k) in order.enumerated() { writeMember(keys[k.index], first: n == 0, into: &out) }
            }
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Whether the name at entry `a` sorts before the one at `b`.
    func nameLess(_ a: Int, _ b: Int) -> Bool {
        let x = entries[a], y = entries[b]
        if !x.escaped && !y.escaped { return JSONCanonicalization.utf16Less(slice(x), slice(y)) }
        let dx = x.escaped ? JSONStringEscapes.decodeKnownValid(text, x) : Array(slice(x))
        let dy = y.escaped ? JSONStringEscapes.decodeKnownValid(text, y) : Array(slice(y))
        return dx.withUnsafeBufferPointer { p in dy.withUnsafeBufferPointer { q in JSONCanonicalization.utf16Less(p, q) } }
    }
}
