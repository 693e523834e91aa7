/// The status an entry has in a list, as the validation algorithm returns it.
///
/// [§3.2 Validate Algorithm](https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm), step 13:
/// the result holds the status purpose, the status value and, for `message`, the matching message.
public struct BitstringStatusResult: Sendable, Hashable {
    public var statusPurpose: StatusPurpose
    /// The `statusSize`-bit value at the entry's position.
    public var status: UInt64
    /// The entry's `statusMessage` for this value, when it has one.
    public var message: String?

    /// True when the status is not zero: revoked, suspended or flagged for refresh, per the purpose.
    public var isSet: Bool { status != 0 }
}

extension BitstringStatusList {
    /// The status of `entry` in this list, after the checks of
    /// [§3.2](https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm):
    /// - "Verify that the status purpose is equal to a statusPurpose value in the statusListCredential"
    ///   (else `STATUS_VERIFICATION_ERROR`, ``StatusListError/Code-swift.struct/statusVerification``);
    /// - "If the length of the status list is less than minimumNumberOfEntries [131,072 / statusSize],
    ///   raise a STATUS_LIST_LENGTH_ERROR" (``StatusListError/Code-swift.struct/statusListLength``);
    /// - "If the status list index is greater than or equal to the length of the status list, raise a
    ///   RANGE_ERROR" (``StatusListError/Code-swift.struct/range``).
    ///
    /// The caller has already verified the list credential (proof, issuer, validity period) and checked
    /// that its URL is the entry's `statusListCredential`.
    public func status(of entry: BitstringStatusListEntry) throws(StatusListError) -> BitstringStatusResult {
        guard statusPurposes.contains(entry.statusPurpose) else {
            throw StatusListError(
                .statusVerification,
                "the entry's statusPurpose \(entry.statusPurpose) is not one of the list's (\(statusPurposes.map(\.rawValue).joined(separator: ", ")))")
        }
        let minimumEntries = Bitstring.minimumLength / entry.statusSize
        let entries = bitstring.entryCount(size: entry.statusSize)
        guard entries >= minimumEntries else {
            throw StatusListError(
                .statusListLength,
                "the list holds \(entries) entries of \(entry.statusSize) bit(s); the minimum is \(minimumEntries)")
        }
        guard entry.statusListIndex < entries else {
            throw StatusListError(.range, "statusListIndex \(entry.statusListIndex) is past the list's \(entries) entries")
        }
        let value = try bitstring.status(at: entry.statusListIndex, size: entry.statusSize)
        let message = entry.statusMessage.first { $0.status == value }?.message
        return BitstringStatusResult(statusPurpose: entry.statusPurpose, status: value, message: message)
    }
}
