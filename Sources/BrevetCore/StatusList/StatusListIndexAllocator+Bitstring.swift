extension StatusListIndexAllocator {
    /// The taken indices as a bitstring (bit `i` set when index `i` is taken): 16 KiB for a
    /// 131,072-entry list, a compact form to persist beside the status list.
    public var usedBitstring: Bitstring {
        var bits = Bitstring(bytes: [UInt8](repeating: 0, count: (capacity + 7) / 8))
        for i in usedIndices { bits[i] = true }
        return bits
    }

    /// An allocator over `capacity` entries whose taken indices are the set bits of `used`
    /// (bits at or past `capacity` are ignored).
    public init(capacity: Int, usedBitstring used: Bitstring) {
        self.init(capacity: capacity)
        for (byteIndex, byte) in used.bytes.enumerated() where byte != 0 {
            for bit in 0..<8 where byte & (0x80 >> UInt8(bit)) != 0 {
                let index = byteIndex * 8 + bit
                if index < capacity { markUsed(index) }
            }
        }
    }
}
