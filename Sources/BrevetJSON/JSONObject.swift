/// The members of a JSON object, in the order the text gave them.
///
/// Lookups are linear: credentials and proofs have a handful of members each, where a scan beats
/// hashing. Keys are unique; ``JSONParser`` rejects duplicates rather than picking one, because two
/// readers that pick differently would see two different documents
/// ([RFC 7493 §2.3](https://www.rfc-editor.org/rfc/rfc7493#section-2.3)).
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Member = (key: String, value: JSONValue)

    @usableFromInline var storage: [Member]

    public init() { storage = [] }

    /// Members in order; when a key repeats, the later value replaces the earlier one in place.
    public init(_ members: [Member]) {
        storage = []
        storage.reserveCapacity(members.count)
        for m in members { self[m.key] = m.value }
    }

    /// Members taken as they are, without checking for duplicate keys: the caller guarantees the
    /// keys are unique (building a wide object member by member through the subscript is quadratic).
    @inlinable public init(uniqueMembers: [Member]) { storage = uniqueMembers }

    @inlinable init(uncheckedMembers: [Member]) { storage = uncheckedMembers }

    /// Appends a member whose key the caller knows is not present yet (no lookup).
    @inlinable public mutating func appendUnique(key: String, value: JSONValue) {
        storage.append((key: key, value: value))
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }

    @inlinable public var count: Int { storage.count }
    @inlinable public var isEmpty: Bool { storage.isEmpty }
    @inlinable public var keys: [String] { storage.map(\.key) }
    @inlinable public var members: [Member] { storage }

    @inlinable public func index(forKey key: String) -> Int? {
        storage.firstIndex { $0.key == key }
    }

    /// The value of `key`; setting `nil` removes the member, setting a new key appends it.
    @inlinable public subscript(key: String) -> JSONValue? {
        get {
            for m in storage where m.key == key { return m.value }
            return nil
        }
        set {
            if let i = index(forKey: key) {
                if let newValue { storage[i].value = newValue } else { storage.remove(at: i) }
            } else if let newValue {
                storage.append((key: key, value: newValue))
            }
        }
    }

    @discardableResult
    @inlinable public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let i = index(forKey: key) else { return nil }
        return storage.remove(at: i).value
    }

    public func makeIterator() -> IndexingIterator<[Member]> { storage.makeIterator() }

    /// Equality of JSON objects: the same keys with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.storage.count == rhs.storage.count else { return false }
        for m in lhs.storage {
            guard let other = rhs[m.key], other == m.value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine per-member hashes commutatively.
        var acc = 0
        for m in storage {
            var h = Hasher()
            h.combine(m.key)
            h.combine(m.value)
            acc ^= h.finalize()
        }
        hasher.combine(storage.count)
        hasher.combine(acc)
    }
}
