/// The cryptosuites a verifier accepts, by name.
///
/// A value type: build it once at start-up and share it; it never changes under a running
/// verification. Looking up a name that is not registered gives an error that lists what is.
public struct CryptosuiteRegistry: Sendable {
    var suites: [String: any Cryptosuite]

    public init(_ suites: [any Cryptosuite] = []) {
        self.suites = [:]
        for s in suites { register(s) }
    }

    /// Adds `suite` under its ``Cryptosuite/name``, replacing one of the same name.
    public mutating func register(_ suite: any Cryptosuite) {
        suites[suite.name] = suite
    }

    /// Names of the registered suites, sorted.
    public var names: [String] { suites.keys.sorted() }

    /// The suite called `name`; throws ``CoreError/Code/unknownCryptosuite`` when none is.
    public func suite(named name: String) throws(CoreError) -> any Cryptosuite {
        guard let s = suites[name] else {
            throw CoreError(
                .unknownCryptosuite,
                "unknown cryptosuite '\(name)'; this verifier supports \(names.isEmpty ? "none" : names.joined(separator: ", "))")
        }
        return s
    }

    /// The suite that checks `proof`: by `cryptosuite` for a `DataIntegrityProof`, by `type` otherwise.
    public func suite(for proof: DataIntegrityProof) throws(CoreError) -> any Cryptosuite {
        try suite(named: proof.suiteName)
    }
}
