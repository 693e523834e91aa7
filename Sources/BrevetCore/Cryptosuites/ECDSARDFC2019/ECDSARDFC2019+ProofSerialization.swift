extension ECDSARDFC2019 {
    /// [Proof Serialization (ecdsa-rdfc-2019)](https://www.w3.org/TR/vc-di-ecdsa/#proof-serialization-ecdsa-rdfc-2019):
    /// ECDSA over `hashData` (P-256/SHA-256 or P-384/SHA-384), IEEE P1363 `r ‖ s`.
    public func serializeProof(hashData: [UInt8], key: SigningKey) throws(CoreError) -> [UInt8] {
        try checkKey(key.algorithm)
        return try key.sign(hashData)
    }

    /// [Proof Verification (ecdsa-rdfc-2019)](https://www.w3.org/TR/vc-di-ecdsa/#proof-verification-ecdsa-rdfc-2019).
    public func verifyProof(hashData: [UInt8], proofBytes: [UInt8], publicKey: PublicKey) -> Bool {
        keyAlgorithms.contains(publicKey.algorithm) && publicKey.verify(signature: proofBytes, for: hashData)
    }
}
