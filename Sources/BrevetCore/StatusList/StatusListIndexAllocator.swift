/// Hands out free positions of a status list in random order.
///
/// [§6.1 Herd Privacy](https://www.w3.org/TR/vc-bitstring-status-list/#herd-privacy) and
/// [§5.4](https://www.w3.org/TR/vc-bitstring-status-list/#correlation-risks): an issuer "SHOULD assign
/// indexes randomly" so that an index does not leak the order (and so roughly the time) of issuance.
/// Every free index is drawn with equal probability from the caller's generator; the core holds no
/// randomness of its own. The allocator is a value: the caller persists ``usedIndices`` with the list.
public struct StatusListIndexAllocator: Sendable, Hashable {
    /// The number of entries in the list.
    public let capacity: Int
    private var words: [UInt64]
    /// How many indices are taken.
    public private(set) var usedCount: Int = 0

    /// An allocator over `capacity` entries with `used` already taken (indices out of range are ignored).
    public init<Used: Sequence<Int>>(capacity: Int = Bitstring.minimumLength, used: Used) {
        self.init(capacity: capacity)
        for i in used { markUsed(i) }
    }

    /// An allocator over `capacity` entries, all free.
    public init(capacity: Int = Bitstring.minimumLength) {
        precondition(capacity > 0, "a status list has at least one entry")
        self.capacity = capacity
        words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
    }

    /// True when `index` is taken (or out of range).
    public func isUsed(_ index: Int) -> Bool {
        guard index >= 0, index < capacity else { return true }
        return words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Marks `index` taken; returns false when it was already taken or is out of range.
    @discardableResult
    public mutating func markUsed(_ index: Int) -> Bool {
        guard !isUsed(index) else { return false }
        words[index >> 6] |= 1 << UInt64(index & 63)
        usedCount += 1
        return true
    }

    /// The number of indices still free.
    public var freeCount: Int { capacity - usedCount }

    /// The taken indices in ascending order.
    public var usedIndices: [Int] {
        var out: [Int] = []
        out.reserveCapacity(usedCount)
        for (w, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                out.append(w * 64 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return out
    }

    /// Takes a free index chosen uniformly at random, or throws
    /// ``StatusListError/Code-swift.struct/indexExhausted`` when the list is full.
    public mutating func allocate<G: RandomNumberGenerator>(using generator: inout G) throws(StatusListError) -> Int {
        guard freeCount > 0 else {
            throw StatusListError(.indexExhausted, "all \(capacity) indices of the status list are taken")
        }
        // While most indices are free, rejection sampling is uniform and fast; once the list is mostly
        // full, pick the k-th free index directly so the time stays bounded.
        if usedCount * 4 < capacity * 3 {
            while true {
                let candidate = Int.random(in: 0..<capacity, using: &generator)
                if markUsed(candidate) { return candidate }
            }
        }
        var k = Int.random(in: 0..<freeCount, using: &generator)
        for (w, word) in words.enumerated() {
            let validBits = min(64, capacity - w * 64)
            let mask: UInt64 = validBits == 64 ? ~0 : (1 << UInt64(validBits)) - 1
            var free = ~word & mask
            let n = free.nonzeroBitCount
            if k >= n { k -= n; continue }
            for _ in 0..<k { free &= free - 1 }
            let index = w * 64 + free.trailingZeroBitCount
            markUsed(index)
            return index
        }
        preconditionFailure("freeCount disagrees with the bitmap")
    }
}
