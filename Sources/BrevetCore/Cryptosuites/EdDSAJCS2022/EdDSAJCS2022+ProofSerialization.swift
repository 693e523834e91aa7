extension EdDSAJCS2022 {
    /// [Proof Serialization (eddsa-jcs-2022)](https://www.w3.org/TR/vc-di-eddsa/#proof-serialization-eddsa-jcs-2022):
    /// Pure Ed25519 over `hashData`; "proofBytes will be exactly 64 bytes in size".
    public func serializeProof(hashData: [UInt8], key: SigningKey) throws(CoreError) -> [UInt8] {
        try checkKey(key.algorithm)
        return try key.sign(hashData)
    }

    /// [Proof Verification (eddsa-jcs-2022)](https://www.w3.org/TR/vc-di-eddsa/#proof-verification-eddsa-jcs-2022):
    /// whether `proofBytes` is the Ed25519 signature of `hashData` by `publicKey`.
    public func verifyProof(hashData: [UInt8], proofBytes: [UInt8], publicKey: PublicKey) -> Bool {
        publicKey.algorithm == .ed25519 && publicKey.verify(signature: proofBytes, for: hashData)
    }
}
