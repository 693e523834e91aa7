import BrevetJSON

/// One `statusMessage` of a multi-bit status entry: which status value means what.
///
/// [§2.1](https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry): status is "a string
/// representing the hexadecimal value of the status prefixed with `0x`"; message is "a string used by
/// software developers to assist with debugging which SHOULD NOT be displayed to end users".
public struct StatusMessage: Sendable, Hashable {
    public var status: UInt64
    public var message: String

    public init(status: UInt64, message: String) {
        self.status = status
        self.message = message
    }

    /// Reads `{"status": "0x…", "message": "…"}`.
    public init(json: JSONValue) throws(StatusListError) {
        guard let object = json.objectValue else {
            throw StatusListError(.malformedValue, "statusMessage entries are objects, found \(json.typeName)")
        }
        guard let text = object["status"]?.stringValue, text.hasPrefix("0x") || text.hasPrefix("0X"),
            let value = UInt64(text.dropFirst(2), radix: 16)
        else {
            throw StatusListError(.malformedValue, "statusMessage.status must be a hexadecimal string prefixed with 0x")
        }
        guard let message = object["message"]?.stringValue else {
            throw StatusListError(.malformedValue, "statusMessage.message must be a string")
        }
        self.init(status: value, message: message)
    }

    /// The JSON form, with the status written as `0x` and lowercase hexadecimal.
    public var json: JSONValue {
        ["status": .string("0x" + String(status, radix: 16)), "message": .string(message)]
    }
}
