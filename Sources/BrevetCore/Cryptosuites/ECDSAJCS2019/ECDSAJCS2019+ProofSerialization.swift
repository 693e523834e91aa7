extension ECDSAJCS2019 {
    /// [Proof Serialization (ecdsa-jcs-2019)](https://www.w3.org/TR/vc-di-ecdsa/#proof-serialization-ecdsa-jcs-2019):
    /// ECDSA over `hashData` with P-256/SHA-256 or P-384/SHA-384, in IEEE P1363 form (64 or 96 bytes).
    /// The nonce comes from swift-crypto, so the signature differs from run to run.
    public func serializeProof(hashData: [UInt8], key: SigningKey) throws(CoreError) -> [UInt8] {
        try checkKey(key.algorithm)
        return try key.sign(hashData)
    }

    /// [Proof Verification (ecdsa-jcs-2019)](https://www.w3.org/TR/vc-di-ecdsa/#proof-verification-ecdsa-jcs-2019).
    public func verifyProof(hashData: [UInt8], proofBytes: [UInt8], publicKey: PublicKey) -> Bool {
        keyAlgorithms.contains(publicKey.algorithm) && publicKey.verify(signature: proofBytes, for: hashData)
    }
}
