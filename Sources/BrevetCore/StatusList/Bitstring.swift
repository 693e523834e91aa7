/// The uncompressed bitstring of a Bitstring Status List.
///
/// [Bitstring Status List §4.1](https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-generation-algorithm):
/// "the first index, with a value of zero (0), is located at the left-most bit in the bitstring and the
/// last index ... is located at the right-most bit" — so index 0 is the most significant bit of byte 0.
/// The list "MUST be ... a minimum of 131,072 entries" for group privacy
/// ([§6.1 Herd Privacy](https://www.w3.org/TR/vc-bitstring-status-list/#herd-privacy)); the
/// initialisers that build a new list enforce that minimum, while ``init(bytes:)`` accepts whatever a
/// list holds so a reader can report a short list as a finding.
public struct Bitstring: Sendable, Hashable {
    /// The minimum list length in bits for a status size of one bit (16 KiB).
    public static let minimumLength = 131_072

    /// The bits, eight per byte, most significant bit first.
    public private(set) var bytes: [UInt8]

    /// The number of bits (always a multiple of eight).
    @inlinable public var count: Int { bytes.count * 8 }

    /// A list of `count` zero bits, rounded up to whole bytes; a smaller count is raised to
    /// ``minimumLength``, the specification's herd-privacy minimum, so no list Brevet builds is short.
    public init(count: Int = Bitstring.minimumLength) {
        bytes = [UInt8](repeating: 0, count: (max(count, Bitstring.minimumLength) + 7) / 8)
    }

    /// A list over the given bytes, as decoded from an `encodedList`.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The bit at `index` (0 = most significant bit of byte 0). Precondition: `0 <= index < count`.
    public subscript(index: Int) -> Bool {
        get { bytes[index >> 3] & (0x80 >> UInt8(index & 7)) != 0 }
        set {
            let mask: UInt8 = 0x80 >> UInt8(index & 7)
            if newValue { bytes[index >> 3] |= mask } else { bytes[index >> 3] &= ~mask }
        }
    }

    /// The `size`-bit status of entry `index`, read from bit position `index * size`, most significant
    /// bit first ([§3.2 step 11–12](https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm)).
    public func status(at index: Int, size: Int = 1) throws(StatusListError) -> UInt64 {
        let start = try position(of: index, size: size)
        var value: UInt64 = 0
        for i in start..<(start + size) { value = (value << 1) | (self[i] ? 1 : 0) }
        return value
    }

    /// Sets the `size`-bit status of entry `index` to `value`.
    public mutating func setStatus(_ value: UInt64, at index: Int, size: Int = 1) throws(StatusListError) {
        let start = try position(of: index, size: size)
        guard size == 64 || value < (UInt64(1) << UInt64(size)) else {
            throw StatusListError(.malformedValue, "status \(value) does not fit in \(size) bits")
        }
        for i in 0..<size { self[start + i] = (value >> UInt64(size - 1 - i)) & 1 == 1 }
    }

    /// The number of `size`-bit entries the list holds.
    public func entryCount(size: Int = 1) -> Int { size > 0 ? count / size : 0 }

    private func position(of index: Int, size: Int) throws(StatusListError) -> Int {
        guard size >= 1, size <= 64 else {
            throw StatusListError(.malformedValue, "statusSize \(size) is outside 1...64")
        }
        guard index >= 0 else { throw StatusListError(.range, "status list index \(index) is negative") }
        let (start, overflow) = index.multipliedReportingOverflow(by: size)
        guard !overflow, start <= count - size else {
            throw StatusListError(
                .range, "status list index \(index) × statusSize \(size) is past the end of a \(count)-bit list")
        }
        return start
    }
}
