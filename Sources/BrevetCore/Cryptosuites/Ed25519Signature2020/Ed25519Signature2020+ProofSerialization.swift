extension Ed25519Signature2020 {
    /// [di-eddsa-2020 §3.7 Proof Verification](https://w3c-ccg.github.io/di-eddsa-2020/#proof-verification-ed25519signature2020):
    /// whether `proofBytes` is the Ed25519 signature of `hashData`. (Proof serialization is not
    /// offered: the suite is verification only.)
    public func verifyProof(hashData: [UInt8], proofBytes: [UInt8], publicKey: PublicKey) -> Bool {
        publicKey.algorithm == .ed25519 && publicKey.verify(signature: proofBytes, for: hashData)
    }
}
