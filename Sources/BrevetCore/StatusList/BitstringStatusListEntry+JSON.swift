import BrevetJSON

extension BitstringStatusListEntry {
    /// Reads an entry, checking every rule of
    /// [§2.1](https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry) that can be
    /// checked without the list; failures are ``StatusListError/Code-swift.struct/malformedValue``.
    public init(json: JSONValue) throws(StatusListError) {
        guard let o = json.objectValue else {
            throw StatusListError(.malformedValue, "a status entry is an object, found \(json.typeName)")
        }
        guard let types = o["type"], types.asArray.contains(.string(Self.type)) else {
            throw StatusListError(.malformedValue, "the status entry's type is not \(Self.type)")
        }
        var id: String?
        if let v = o["id"] {
            guard let s = v.stringValue else { throw StatusListError(.malformedValue, "status entry id must be a string") }
            id = s
        }
        guard let purpose = o["statusPurpose"]?.stringValue, !purpose.isEmpty else {
            throw StatusListError(.malformedValue, "statusPurpose must be a non-empty string")
        }
        let (index, wasNumber) = try Self.readIndex(o["statusListIndex"])
        guard let list = o["statusListCredential"]?.stringValue, !list.isEmpty else {
            throw StatusListError(.malformedValue, "statusListCredential must be a URL string")
        }
        var size = 1
        if let v = o["statusSize"] {
            guard let n = v.numberValue, n.isIntegerLiteral, let i = n.intValue, i >= 1 else {
                throw StatusListError(.malformedValue, "statusSize must be an integer greater than zero")
            }
            size = i
        }
        var messages: [StatusMessage] = []
        if let v = o["statusMessage"] {
            guard let a = v.arrayValue else { throw StatusListError(.malformedValue, "statusMessage must be an array") }
            for m in a { messages.append(try StatusMessage(json: m)) }
        }
        if size > 1 {
            // "If statusSize is provided and is greater than 1, then the property statusMessage MUST be
            // present, and the number of status messages MUST equal the number of possible values".
            guard size < 64, messages.count == 1 << size else {
                throw StatusListError(
                    .malformedValue,
                    "statusSize \(size) requires \(size < 64 ? String(1 << size) : "2^\(size)") statusMessage entries, found \(messages.count)")
            }
        }
        var references: [String] = []
        if let v = o["statusReference"] {
            for r in v.asArray {
                guard let s = r.stringValue else { throw StatusListError(.malformedValue, "statusReference must hold URL strings") }
                references.append(s)
            }
        }
        self.init(
            id: id, statusPurpose: StatusPurpose(rawValue: purpose), statusListIndex: index,
            statusListCredential: list, statusSize: size, statusMessage: messages, statusReference: references)
        statusListIndexWasNumber = wasNumber
    }

    /// The `BitstringStatusListEntry` values of a credential's `credentialStatus` (one object or an
    /// array); other status types are skipped, malformed entries of this type throw.
    public static func entries(inCredential credential: JSONValue) throws(StatusListError) -> [BitstringStatusListEntry] {
        guard let status = credential["credentialStatus"] else { return [] }
        var out: [BitstringStatusListEntry] = []
        for item in status.asArray where item["type"]?.asArray.contains(.string(type)) == true {
            out.append(try BitstringStatusListEntry(json: item))
        }
        return out
    }

    private static func readIndex(_ value: JSONValue?) throws(StatusListError) -> (Int, Bool) {
        switch value {
        case .string(let s)?:
            guard !s.isEmpty, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                throw StatusListError(.malformedValue, "statusListIndex \"\(s.prefix(40))\" is not a base-10 integer string")
            }
            guard let i = Int(s) else {
                throw StatusListError(.range, "statusListIndex \(s.prefix(40)) is larger than any list this implementation reads")
            }
            return (i, false)
        case .number(let n)?:
            guard n.isIntegerLiteral, !n.text.hasPrefix("-") else {
                throw StatusListError(.malformedValue, "statusListIndex \(n.text) is not a non-negative integer")
            }
            guard let i = Int(n.text) else {
                throw StatusListError(.range, "statusListIndex \(n.text) is larger than any list this implementation reads")
            }
            return (i, true)
        case nil:
            throw StatusListError(.malformedValue, "statusListIndex is missing")
        case let v?:
            throw StatusListError(.malformedValue, "statusListIndex must be a string, found \(v.typeName)")
        }
    }
}
