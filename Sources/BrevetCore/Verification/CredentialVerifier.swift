import BrevetJSON

/// Verifies a credential the way a relying party does, and says why in one line per check.
///
/// The pipeline: read the input (JSON with embedded proofs, a VC-JOSE compact JWT, or an enveloped
/// credential) → structure (VC 2.0 / OB 3.0) → proof(s) and the issuer's control of the key →
/// validity period at `time` → status entries, each status list credential's own proof checked first.
/// Modelled on X.509 path validation: checks are composable, and anything critical that no check
/// understands (an unknown cryptosuite or status type) fails closed.
public struct CredentialVerifier: Sendable {
    public var proofs: ProofVerifier
    public var resources: any VerificationResources
    public var validity = ValidityPeriodCheck()
    public var structure = CredentialStructureCheck()
    /// Largest input accepted, in bytes.
    public var maxInputBytes = 1 << 20

    public init(proofs: ProofVerifier, resources: any VerificationResources) {
        self.proofs = proofs
        self.resources = resources
    }

    /// Verifies `input` (the bytes of a JSON credential or a compact JWT) at the given time.
    public func verify(_ input: [UInt8], at time: DateTimeStamp) async -> VerificationVerdict {
        var verdict = VerificationVerdict()
        guard input.count <= maxInputBytes else {
            verdict.record(.format, .failed, "the input is \(input.count) bytes, more than the \(maxInputBytes)-byte limit for a credential")
            return verdict
        }
        guard let secured = readInput(input, into: &verdict) else { return verdict }
        await verify(secured, at: time, checkStatus: true, into: &verdict)
        return verdict
    }

    /// The parts of a secured credential once read.
    public enum SecuredCredential: Sendable {
        /// A JSON credential with embedded proofs, and the text it was read from.
        case dataIntegrity(JSONObject, JSONText)
        case jwt(String)
    }

    func readInput(_ input: [UInt8], into verdict: inout VerificationVerdict) -> SecuredCredential? {
        var start = 0
        while start < input.count, [0x20, 0x0A, 0x0D, 0x09].contains(input[start]) { start += 1 }
        var end = input.count
        while end > start, [0x20, 0x0A, 0x0D, 0x09].contains(input[end - 1]) { end -= 1 }
        let trimmed = input[start..<end]
        if trimmed.first == UInt8(ascii: "e") {  // base64url of '{"' starts with "ey"
            return .jwt(String(decoding: trimmed, as: UTF8.self))
        }
        let text: JSONText
        do {
            text = try JSONText(Array(trimmed))
        } catch {
            verdict.record(.format, .failed, "the input is neither JSON nor a compact JWT: \(error)")
            return nil
        }
        let value = text.value
        guard let object = value.objectValue else {
            verdict.record(.format, .failed, "a credential is a JSON object, but this is a JSON \(value.typeName)")
            return nil
        }
        if CredentialStructureCheck.types(object["type"]).contains("EnvelopedVerifiableCredential"),
           let id = object["id"]?.stringValue, let comma = id.firstIndex(of: ","),
           id.hasPrefix("data:application/vc+jwt") {
            return .jwt(String(id[id.index(after: comma)...]))
        }
        return .dataIntegrity(object, text)
    }

    func verify(_ secured: SecuredCredential, at time: DateTimeStamp, checkStatus: Bool, into verdict: inout VerificationVerdict) async {
        let credential: JSONObject
        switch secured {
        case .dataIntegrity(let object, let text):
            credential = object
            verdict.credential = .object(object)
            verdict.record(.format, .passed, "JSON credential with embedded proof")
            structure.check(object, into: &verdict)
            await proofs.verifyDataIntegrity(object, text: text, resources: resources, into: &verdict)
        case .jwt(let token):
            guard let payload = await proofs.verifyJWT(token, resources: resources, at: time, into: &verdict) else { return }
            credential = payload
            verdict.credential = .object(payload)
            structure.check(payload, into: &verdict)
        }
        validity.check(credential, at: time, into: &verdict)
        if checkStatus {
            await StatusCheck(verifier: self).check(credential, at: time, into: &verdict)
        }
    }
}
