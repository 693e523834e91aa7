extension KeyAlgorithm {
    /// Reads a key type as people type it: `ed25519`, `p256`, `P-256`, `p-384`, ... (case-insensitive).
    public init?(name: String) {
        let folded = name.lowercased().filter { $0 != "-" && $0 != "_" }
        guard let match = KeyAlgorithm.allCases.first(where: { $0.rawValue.lowercased().filter { $0 != "-" } == folded }) else { return nil }
        self = match
    }
}
