import BrevetCore
import BrevetStorage
import Foundation
import Logging

/// Everything the use cases need from outside the pure core: storage, keys, a clock, randomness,
/// identifiers and a logger. Tests build one with fixed values.
public struct ServiceEnvironment: Sendable {
    public var store: any Store
    public var keys: any KeyStore
    /// The current time, in whole milliseconds: the precision storage keeps, so a time written and
    /// read back compares equal to the instant the services used (a renewal right after the
    /// re-assessment it rests on must not see that decision as later than itself).
    public var now: @Sendable () -> Date {
        get { { Self.wholeMilliseconds(clock()) } }
        set { clock = newValue }
    }
    private var clock: @Sendable () -> Date
    /// `count` random bytes from a cryptographically secure source.
    public var randomBytes: @Sendable (Int) -> [UInt8]
    /// A new unique identifier (a UUID in production).
    public var newIdentifier: @Sendable () -> String
    public var logger: Logger
    /// Secures credentials; holds the JSON-LD processor when the context store is available.
    public var securer: CredentialSecurer
    /// The pinned JSON-LD contexts, when this installation has a context store.
    public var contexts: ContextStore?

    public init(store: any Store, keys: any KeyStore, securer: CredentialSecurer = CredentialSecurer(processor: nil), contexts: ContextStore? = nil, now: @escaping @Sendable () -> Date = { Date() },
                randomBytes: @escaping @Sendable (Int) -> [UInt8] = ServiceEnvironment.systemRandomBytes,
                newIdentifier: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() },
                logger: Logger = Logger(label: "brevet", factory: { _ in SwiftLogNoOpLogHandler() })) {
        self.store = store
        self.keys = keys
        self.clock = now
        self.randomBytes = randomBytes
        self.newIdentifier = newIdentifier
        self.logger = logger
        self.securer = securer
        self.contexts = contexts
    }

    static func wholeMilliseconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    /// Bytes from the system's CSPRNG.
    @Sendable public static func systemRandomBytes(_ count: Int) -> [UInt8] {
        var rng = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
    }

    /// The suite new issuers get: eddsa-rdfc-2022 (what wallets and most verifiers accept) once the
    /// context store holds the contexts Brevet's credentials use, eddsa-jcs-2022 (which needs none) until then.
    public func defaultCryptosuite(for algorithm: KeyAlgorithm = .ed25519) -> String {
        let linkedData = contexts?.hasIssuingContexts == true
        if algorithm == .ed25519 { return linkedData ? "eddsa-rdfc-2022" : "eddsa-jcs-2022" }
        return linkedData ? "ecdsa-rdfc-2019" : "ecdsa-jcs-2019"
    }

    /// A random integer in `0..<upperBound`, without modulo bias.
    public func randomIndex(below upperBound: Int) -> Int {
        precondition(upperBound > 0)
        let bound = UInt64(upperBound)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let v = randomBytes(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            if v < limit { return Int(v % bound) }
        }
    }
}
