/// Builds ``JSONValue``s from the entries of a ``JSONText``.
struct JSONTextValueBuilder {
    let entries: [JSONTextEntry]
    let text: UnsafeBufferPointer<UInt8>

    func value(_ index: Int) -> JSONValue {
        let entry = entries[index]
        switch entry.kind {
        case .null: return .null
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .number:
            let slice = UnsafeBufferPointer(rebasing: text[Int(entry.start)..<Int(entry.end)])
            return .number(JSONNumber(validatedText: String(decoding: slice, as: UTF8.self)))
        case .string:
            return .string(makeString(entry, text))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(Int(entry.count))
            var element = index + 1
            for _ in 0..<entry.count {
                elements.append(value(element))
                element = Int(entries[element].next)
            }
            return .array(elements)
        case .object:
            var members: [JSONObject.Member] = []
            members.reserveCapacity(Int(entry.count))
            var key = index + 1
            for _ in 0..<entry.count {
                members.append((key: makeString(entries[key], text), value: value(key + 1)))
                key = Int(entries[key + 1].next)
            }
            return .object(JSONObject(uncheckedMembers: members))
        }
    }
}
