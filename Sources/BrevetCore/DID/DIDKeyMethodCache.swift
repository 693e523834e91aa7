#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small, bounded memo of did:key verification methods, so that verifying many credentials of
/// one issuer reads its key once.
///
/// Why it is safe:
/// - **Nothing can go stale or be planted.** A did:key *is* its key: the method is a pure function
///   of the id's text, computed by ``VerificationMethodResolver/directDIDKeyMethod(_:relationship:)``
///   from that text alone. An entry is stored only after that computation succeeded, keyed by the
///   exact id, so a lookup returns what the computation would return again. Failures are never
///   stored, so every error is raised afresh by the general path.
/// - **Policy is not cached.** The resolver checks its allowed DID methods, the relationship and
///   its allowed key algorithms on every call, before and after the memo.
/// - **The values are immutable.** ``ResolvedVerificationMethod`` is a `Sendable` value type; a hit
///   hands out a copy, which no other thread can change.
/// - **Every access to the table holds the lock**, and nothing else runs while it is held (no
///   callbacks, no allocation beyond the dictionary's own). The `pthread_mutex_t` lives in memory
///   allocated once and never moved (a mutex must not be moved after initialization, which is why
///   it is not stored inline in a Swift value), and the shared instance is never deinitialized.
/// - **It is bounded**: at most ``capacity`` entries of ids of at most 512 bytes; when full it is
///   emptied and refilled, so a stream of distinct keys costs memory of `capacity` entries only.
final class DIDKeyMethodCache: @unchecked Sendable {
    /// The process-wide memo the resolver uses.
    static let shared = DIDKeyMethodCache(capacity: 256)

    let capacity: Int
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var entries: [String: ResolvedVerificationMethod] = [:]

    init(capacity: Int) {
        self.capacity = capacity
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    func method(for id: String) -> ResolvedVerificationMethod? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return entries[id]
    }

    func store(_ method: ResolvedVerificationMethod, for id: String) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[id] = method
    }
}
