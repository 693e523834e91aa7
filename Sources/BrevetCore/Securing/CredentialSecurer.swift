import BrevetJSON
import BrevetJSONLD

/// Secures credentials with the suite an issuer chose: a Data Integrity cryptosuite
/// ([VC Data Integrity §4.2 Add Proof](https://www.w3.org/TR/vc-data-integrity/#add-proof)), or
/// VC-JOSE as a compact JWT ([VC-JOSE-COSE §3.1](https://www.w3.org/TR/vc-jose-cose/#securing-with-jose)).
///
/// The RDF-based suites need a JSON-LD processor whose document loader serves pinned contexts; without
/// one, only the JCS suites and JWT are available.
public struct CredentialSecurer: Sendable {
    /// The `cryptosuite` names (and `vc+jwt`) Brevet can issue with.
    public let issuable: [String]
    let registry: CryptosuiteRegistry

    /// The name used for credentials secured as a compact JWT.
    public static let jwt = "vc+jwt"

    public init(processor: JSONLDProcessor?) {
        var suites: [any Cryptosuite] = [EdDSAJCS2022(), ECDSAJCS2019()]
        if let processor { suites += [EdDSARDFC2022(processor: processor), ECDSARDFC2019(processor: processor)] }
        registry = CryptosuiteRegistry(suites)
        issuable = registry.names + [Self.jwt]
    }

    /// Which key algorithms a suite signs with.
    public static func algorithms(for suite: String) -> [KeyAlgorithm] {
        suite.hasPrefix("ecdsa-") ? [.p256, .p384] : suite == jwt ? KeyAlgorithm.allCases : [.ed25519]
    }

    /// The secured credential as text: JSON with an embedded proof, or a compact JWT.
    public func secure(_ document: JSONValue, suite: String, key: SigningKey, verificationMethod: String,
                       created: DateTimeStamp) throws -> String {
        guard let object = document.objectValue else {
            throw ModelError(.invalidField, "only a JSON object can be secured")
        }
        if suite == Self.jwt {
            return try VCJWT.issue(credential: document, key: key, kid: verificationMethod)
        }
        let cryptosuite = try registry.suite(named: suite)
        let options = ProofOptions(cryptosuite: suite, verificationMethod: verificationMethod, created: created.description)
        var secured = try DataIntegrity.addProof(to: object, options: options, suite: cryptosuite, key: key)
        // OB 3.0 requires `proof` to be an array ("proof: Proof [0..*]", an array in its JSON Schema);
        // VC Data Integrity allows either form, and the signature does not cover the wrapping.
        if let single = secured["proof"], single.objectValue != nil { secured["proof"] = [single] }
        return JSONWriter().string(.object(secured))
    }
}
