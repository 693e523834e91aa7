import Crypto

/// The hashing stage the suites share ([vc-di-eddsa §3.2.4](https://www.w3.org/TR/vc-di-eddsa/#hashing-eddsa-rdfc-2022),
/// [vc-di-ecdsa §3.2.4](https://www.w3.org/TR/vc-di-ecdsa/#hashing-ecdsa-rdfc-2019)): "Let
/// hashData be the result of joining proofConfigHash (the first hash) with
/// transformedDocumentHash (the second hash)".
public enum ProofHashing {
    /// SHA-256 for Ed25519 and P-256, SHA-384 for P-384.
    public enum Function: Sendable, Hashable {
        case sha256, sha384

        public init(for algorithm: KeyAlgorithm) {
            self = algorithm == .p384 ? .sha384 : .sha256
        }

        public func digest(_ bytes: [UInt8]) -> [UInt8] {
            switch self {
            case .sha256: Array(SHA256.hash(data: bytes))
            case .sha384: Array(SHA384.hash(data: bytes))
            }
        }
    }

    /// `hash(proofConfiguration) ‖ hash(transformedDocument)`.
    public static func hashData(transformedDocument: [UInt8], proofConfiguration: [UInt8], function: Function) -> [UInt8] {
        function.digest(proofConfiguration) + function.digest(transformedDocument)
    }
}
