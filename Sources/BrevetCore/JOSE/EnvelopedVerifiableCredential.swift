import BrevetJSON

/// A credential secured by an enveloping proof, carried as a `data:` URL.
///
/// [VC 2.0 §4.13 Enveloped Verifiable Credentials](https://www.w3.org/TR/vc-data-model-2.0/#enveloped-verifiable-credentials):
/// the object has `@context`, `type` `EnvelopedVerifiableCredential` and an `id` that "MUST be a data:
/// URL [RFC2397] that expresses a secured verifiable credential"; for VC-JOSE-COSE that is
/// `data:application/vc+jwt,<compact JWS>`.
public enum EnvelopedVerifiableCredential {
    public static let type = "EnvelopedVerifiableCredential"
    public static let dataURLPrefix = "data:application/vc+jwt,"

    /// Wraps a compact VC-JWT.
    public static func wrap(_ compact: String) -> JSONValue {
        [
            "@context": "https://www.w3.org/ns/credentials/v2",
            "id": .string(dataURLPrefix + compact),
            "type": .string(type),
        ]
    }

    /// The compact VC-JWT inside an envelope; throws ``JOSEError/Code-swift.struct/invalidEnvelope`` when
    /// the value is not an envelope or its data URL is not `application/vc+jwt`.
    public static func unwrap(_ value: JSONValue) throws(JOSEError) -> String {
        guard value.objectValue != nil else { throw JOSEError(.invalidEnvelope, "an envelope is a JSON object, found \(value.typeName)") }
        guard value["type"]?.asArray.contains(.string(type)) == true else {
            throw JOSEError(.invalidEnvelope, "the object's type is not \(type)")
        }
        guard let id = value["id"]?.stringValue else { throw JOSEError(.invalidEnvelope, "the envelope has no string id") }
        guard id.hasPrefix("data:") else { throw JOSEError(.invalidEnvelope, "the envelope's id is not a data: URL") }
        guard let comma = id.firstIndex(of: ",") else {
            throw JOSEError(.invalidEnvelope, "the envelope's data: URL has no ',' before its data")
        }
        let mediaType = id[id.index(id.startIndex, offsetBy: 5)..<comma]
        guard mediaType == "application/vc+jwt" else {
            throw JOSEError(.invalidEnvelope, "the envelope holds \(mediaType.isEmpty ? "text/plain" : String(mediaType.prefix(60))), not application/vc+jwt")
        }
        let token = String(id[id.index(after: comma)...])
        guard !token.isEmpty else { throw JOSEError(.invalidEnvelope, "the envelope's data: URL is empty") }
        return token
    }
}
