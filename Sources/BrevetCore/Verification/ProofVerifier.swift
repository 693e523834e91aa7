import BrevetJSON
import BrevetJSONLD

/// Checks how a credential is secured — its Data Integrity proofs, or its VC-JOSE signature — and
/// that the issuer controls the key that made them.
///
/// Verification methods are resolved from did:key and did:jwk directly, and from did:web or https
/// controller documents fetched through the caller's ``VerificationResources`` before the (pure,
/// synchronous) proof checks run.
public struct ProofVerifier: Sendable {
    let registry: CryptosuiteRegistry
    /// Whether the RDF-based suites are available (a JSON-LD processor with pinned contexts was given).
    public let linkedDataAvailable: Bool

    public init(processor: JSONLDProcessor? = nil) {
        var suites: [any Cryptosuite] = [EdDSAJCS2022(), ECDSAJCS2019()]
        if let processor {
            suites += [EdDSARDFC2022(processor: processor), EdDSARDFC2022.legacy(processor: processor),
                       ECDSARDFC2019(processor: processor), Ed25519Signature2020(processor: processor)]
        }
        registry = CryptosuiteRegistry(suites)
        linkedDataAvailable = processor != nil
    }

    /// Checks the embedded proofs of `credential`, which was read from `text`.
    func verifyDataIntegrity(_ credential: JSONObject, text: JSONText, resources: any VerificationResources, into verdict: inout VerificationVerdict) async {
        guard let proofValue = credential["proof"] else {
            verdict.record(.proof, .failed, "the credential has no proof: nothing shows who issued it or that it is unchanged")
            return
        }
        let proofs = proofValue.asArray.compactMap(\.objectValue)
        verdict.securedWith = proofs.map { $0["cryptosuite"]?.stringValue ?? $0["type"]?.stringValue ?? "?" }.joined(separator: ", ")
        let source = await fetchControllerDocuments(for: proofs.compactMap { $0["verificationMethod"]?.stringValue }, resources: resources)
        let result = DataIntegrity.verify(text, document: credential, registry: registry, resolver: Self.lookup(source: source))
        if let problem = result.documentProblem {
            verdict.record(.proof, .failed, problem.reason)
            return
        }
        let issuerID = StatusCheck.issuerID(of: credential)
        for outcome in result.outcomes {
            let suite = outcome.proof["cryptosuite"]?.stringValue ?? outcome.proof["type"]?.stringValue ?? "unknown"
            let method = outcome.proof["verificationMethod"]?.stringValue ?? "(none)"
            guard outcome.check.verified else {
                let couldNotCheck = outcome.check.problem == .unknownCryptosuite
                    || (outcome.check.problem == .verificationMethodUnavailable && source.failures[Self.documentKey(method)] != nil)
                verdict.record(.proof, couldNotCheck ? .couldNotCheck : .failed,
                               "the \(suite) proof does not verify: \(outcome.check.reason)" + (couldNotCheck && outcome.check.problem == .unknownCryptosuite && !linkedDataAvailable
                                    ? " (RDF-based suites need the JSON-LD context store: run 'brevet contexts sync')" : ""))
                continue
            }
            verdict.record(.proof, .passed, "the \(suite) proof verifies with \(method)")
            recordIssuerBinding(issuerID: issuerID, controller: outcome.verificationMethod?.controller, method: method, into: &verdict)
        }
        if result.outcomes.isEmpty { verdict.record(.proof, .failed, "the credential has no usable proof") }
    }

    func recordIssuerBinding(issuerID: String?, controller: String?, method: String, into verdict: inout VerificationVerdict) {
        guard let issuerID else { return }
        if controller == issuerID {
            verdict.record(.issuer, .passed, "the key \(method) belongs to the issuer \(issuerID)")
        } else if issuerID.hasPrefix("did:") || issuerID.hasPrefix("https://") || issuerID.hasPrefix("http://") {
            verdict.record(.issuer, .failed, "signed with a key of \(controller ?? "an unknown controller"), not of the issuer \(issuerID)")
        } else {
            // An issuer id such as urn:uuid:… names no keys, so nothing can bind it to the signer.
            verdict.record(.issuer, .warning, "the issuer \(issuerID) is not a DID or URL whose keys can be looked up; the credential was signed by \(controller ?? method): trust it only if you trust that key")
        }
    }

    func verifyJWT(_ token: String, resources: any VerificationResources, at time: DateTimeStamp, into verdict: inout VerificationVerdict) async -> JSONObject? {
        verdict.securedWith = CredentialSecurer.jwt
        let jwt: VCJWT
        do { jwt = try VCJWT(compact: token) } catch {
            verdict.record(.format, .failed, "not a valid VC-JOSE compact JWT: \(error.reason)")
            return nil
        }
        verdict.record(.format, .passed, "compact JWT (\(jwt.form.rawValue) form)")
        if jwt.verificationMethodId == nil {
            return verifyJWTByIssuerKey(jwt, into: &verdict)
        }
        let source = await fetchControllerDocuments(for: [jwt.verificationMethodId].compactMap { $0 }, resources: resources)
        let verification: VCJWTVerification
        do {
            verification = try VCJWT.verify(jwt, resolver: VerificationMethodResolver(documentSource: source))
        } catch {
            let unavailable = error.code == .keyResolution && jwt.verificationMethodId.map { source.failures[Self.documentKey($0)] != nil } == true
            verdict.record(.proof, unavailable ? .couldNotCheck : .failed, "the JWT signature cannot be checked: \(error.reason)")
            return jwt.credential.objectValue
        }
        guard let credential = verification.token.credential.objectValue else {
            verdict.record(.format, .failed, "the JWT payload holds no credential object")
            return nil
        }
        if verification.isSignatureValid {
            verdict.record(.proof, .passed, "the \(jwt.jws.algorithm.rawValue) JWT signature verifies with \(verification.verificationMethod.id)")
            recordIssuerBinding(issuerID: StatusCheck.issuerID(of: credential), controller: verification.verificationMethod.controller,
                                method: verification.verificationMethod.id, into: &verdict)
        } else {
            verdict.record(.proof, .failed, "the JWT signature does not verify: the token was changed or signed with another key")
        }
        // A claim that contradicts the credential fails; a missing or unusual claim is a warning.
        // The key's controller is judged once, by the issuer check above.
        for finding in verification.token.findings {
            verdict.record(.proof, finding.kind == .mismatch ? .failed : .warning, "JWT claim \(finding.description)")
        }
        return credential
    }

    /// Parses a secured credential and checks only its proofs (or JWT signature), with keys that
    /// resolve without fetching (did:key, did:jwk). What `brevet bench crypto` times.
    public func verifySecuredOnly(_ bytes: [UInt8]) -> Bool {
        if bytes.first == UInt8(ascii: "e") {
            guard let result = try? VCJWT.verify(String(decoding: bytes, as: UTF8.self), resolver: VerificationMethodResolver()) else { return false }
            return result.isSignatureValid && result.findings.isEmpty
        }
        guard let text = try? JSONText(bytes) else { return false }
        return DataIntegrity.verify(text, registry: registry, resolver: Self.lookup(source: FetchedDocuments())).verified
    }

    /// A JWT with no `kid` (openbadgeslib writes the key into the header instead): a self-asserted
    /// header key proves nothing, but when the issuer is a did:key or did:jwk the issuer's DID is
    /// itself the key, so the signature can be bound to the issuer without trusting the header.
    func verifyJWTByIssuerKey(_ token: VCJWT, into verdict: inout VerificationVerdict) -> JSONObject? {
        let credential = token.credential.objectValue
        let issuer = credential.flatMap(StatusCheck.issuerID) ?? token.claim("iss")?.stringValue
        guard let issuer, issuer.hasPrefix("did:key:") || issuer.hasPrefix("did:jwk:") else {
            verdict.record(.proof, .couldNotCheck, "the JWT names no key (no kid) and its issuer \(issuer ?? "(none)") is not a did:key or did:jwk, so nothing binds a key to the issuer")
            return credential
        }
        do {
            let method = try VerificationMethodResolver().resolve(issuer, relationship: "assertionMethod")
            if try token.verifySignature(with: method.publicKey) {
                verdict.record(.proof, .passed, "the \(token.jws.algorithm.rawValue) JWT signature verifies with the key of the issuer's \(issuer.prefix(8)) DID")
                verdict.record(.issuer, .passed, "the JWT is signed with the key that \(issuer) names")
            } else {
                verdict.record(.proof, .failed, "the JWT signature does not verify with the key of the issuer \(issuer)")
            }
        } catch {
            verdict.record(.proof, .failed, "the issuer's key cannot be read from \(issuer): \(error)")
        }
        for finding in token.findings {
            verdict.record(.proof, finding.kind == .mismatch ? .failed : .warning, "JWT claim \(finding.description)")
        }
        return credential
    }

    /// Resolves proof verification methods from did:key/did:jwk and the fetched documents, saying
    /// why when a document could not be fetched.
    static func lookup(source: FetchedDocuments) -> VerificationMethodLookup {
        let resolver = VerificationMethodResolver(documentSource: source)
        return { id in
            do {
                let m = try resolver.resolve(id, relationship: "assertionMethod")
                // A bare did:key names its one key; keep the id the proof used.
                let methodID = id.hasPrefix("did:key:") && !id.utf8.contains(UInt8(ascii: "#")) ? id : m.id
                return VerificationMethod(id: methodID, type: m.type, controller: m.controller, publicKey: m.publicKey)
            } catch let error as DIDError {
                if let reason = source.failures[documentKey(id)] {
                    throw CoreError(.invalidVerificationMethod, "its controller document could not be fetched (\(reason))")
                }
                throw CoreError(.invalidVerificationMethod, error.reason)
            }
        }
    }

    // MARK: controller documents

    /// Fetched controller documents by DID or URL, and why the others could not be fetched.
    struct FetchedDocuments: DIDDocumentSource {
        var documents: [String: JSONValue] = [:]
        var failures: [String: String] = [:]
        func document(for identifier: String) -> JSONValue? { documents[identifier] }
    }

    /// The DID or URL whose document holds a verification method.
    static func documentKey(_ methodID: String) -> String {
        String(methodID.split(separator: "#", maxSplits: 1).first ?? Substring(methodID))
    }

    func fetchControllerDocuments(for methodIDs: [String], resources: any VerificationResources) async -> FetchedDocuments {
        var fetched = FetchedDocuments()
        for methodID in Set(methodIDs) {
            let key = Self.documentKey(methodID)
            guard fetched.documents[key] == nil, fetched.failures[key] == nil else { continue }
            let url: String
            if key.hasPrefix("did:web:") {
                guard let did = try? DID(key), let u = try? DIDWeb.documentURL(for: did) else { continue }
                url = u
            } else if key.hasPrefix("https://") || key.hasPrefix("http://") {
                url = key
            } else {
                continue  // did:key, did:jwk resolve without fetching; others are reported by the resolver
            }
            do {
                let bytes = try await resources.fetch(url)
                fetched.documents[key] = try JSONParser().parse(bytes)
            } catch {
                fetched.failures[key] = "\(error)"
            }
        }
        return fetched
    }
}
