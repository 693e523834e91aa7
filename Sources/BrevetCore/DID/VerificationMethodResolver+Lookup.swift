extension ResolvedVerificationMethod {
    /// The method as Data Integrity's ``VerificationMethod``.
    public var verificationMethod: VerificationMethod {
        VerificationMethod(id: id, type: type, controller: controller, publicKey: publicKey)
    }
}

extension VerificationMethodResolver {
    /// A ``VerificationMethodLookup`` for Data Integrity proofs: resolves each URL as an
    /// `assertionMethod` (the relationship credential proofs use) and throws the ``DIDError`` that
    /// says why it could not.
    public func lookup(relationship: String? = "assertionMethod") -> VerificationMethodLookup {
        let resolver = self
        return { (url: String) throws -> VerificationMethod in
            try resolver.resolve(url, relationship: relationship).verificationMethod
        }
    }
}
