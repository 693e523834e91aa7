import BrevetJSON

/// A `credentialStatus` entry that points at one position of a Bitstring Status List.
///
/// [§2.1 BitstringStatusListEntry](https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry).
/// "The statusListIndex property MUST be an arbitrary size integer greater than or equal to 0,
/// expressed as a string in base 10." Some issuers (the 1EdTech validator's fixtures among them) write a
/// JSON number instead; it is accepted and ``statusListIndexWasNumber`` says so, so a verifier can
/// report it.
public struct BitstringStatusListEntry: Sendable, Hashable {
    /// The `type` value of an entry.
    public static let type = "BitstringStatusListEntry"

    /// Optional identifier of the entry (often `<list URL>#<index>`).
    public var id: String?
    public var statusPurpose: StatusPurpose
    /// Position of the status in the list, in entries of ``statusSize`` bits.
    public var statusListIndex: Int
    /// URL of the `BitstringStatusListCredential`.
    public var statusListCredential: String
    /// Bits per status; 1 when absent. "If present, MUST be an integer greater than zero".
    public var statusSize: Int
    /// Meaning of each status value; present when ``statusSize`` is above 1.
    public var statusMessage: [StatusMessage]
    /// Optional URLs that document what the statuses mean.
    public var statusReference: [String]
    /// True when the input gave `statusListIndex` as a JSON number rather than a string.
    public internal(set) var statusListIndexWasNumber: Bool = false

    public init(
        id: String?, statusPurpose: StatusPurpose, statusListIndex: Int, statusListCredential: String,
        statusSize: Int = 1, statusMessage: [StatusMessage] = [], statusReference: [String] = []
    ) {
        self.id = id
        self.statusPurpose = statusPurpose
        self.statusListIndex = statusListIndex
        self.statusListCredential = statusListCredential
        self.statusSize = statusSize
        self.statusMessage = statusMessage
        self.statusReference = statusReference
    }

    /// The entry as JSON, with `statusListIndex` as a base-10 string; `statusSize` is written only when
    /// it is not 1.
    public var json: JSONValue {
        var o = JSONObject()
        if let id { o["id"] = .string(id) }
        o["type"] = .string(Self.type)
        o["statusPurpose"] = .string(statusPurpose.rawValue)
        o["statusListIndex"] = .string(String(statusListIndex))
        o["statusListCredential"] = .string(statusListCredential)
        if statusSize != 1 { o["statusSize"] = .number(JSONNumber(statusSize)) }
        if !statusMessage.isEmpty { o["statusMessage"] = .array(statusMessage.map(\.json)) }
        if statusReference.count == 1 {
            o["statusReference"] = .string(statusReference[0])
        } else if !statusReference.isEmpty {
            o["statusReference"] = .array(statusReference.map(JSONValue.string))
        }
        return .object(o)
    }
}
