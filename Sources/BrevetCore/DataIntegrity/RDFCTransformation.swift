import BrevetJSON
import BrevetJSONLD
import BrevetRDF

/// JSON-LD → RDF → RDFC-1.0 canonical N-Quads, the transformation of the rdfc suites.
///
/// Runs JSON-LD toRdf with safe mode on ("Implementations that use JSON-LD processing, such as RDF
/// Dataset Canonicalization, MUST throw an error ... when data is dropped by a JSON-LD processor",
/// [VC Data Integrity §2.4.1](https://www.w3.org/TR/vc-data-integrity/#securing-data-losslessly))
/// and no base IRI ("When deserializing to RDF, implementations MUST ensure that the base URL is set
/// to null"), then canonicalizes with the hash the suite names (SHA-384 for ecdsa-rdfc-2019 with P-384).
enum RDFCTransformation {
    static func canonicalNQuads(
        _ object: JSONObject, processor: JSONLDProcessor, hash: RDFCanonicalizer.HashAlgorithm, safeMode: Bool = true
    ) throws(CoreError) -> String {
        String(decoding: try canonicalBytes(object, processor: processor, hash: hash, safeMode: safeMode), as: UTF8.self)
    }

    /// The canonical N-Quads as UTF-8 bytes, what the suites hash.
    static func canonicalBytes(
        _ object: JSONObject, processor: JSONLDProcessor, hash: RDFCanonicalizer.HashAlgorithm, safeMode: Bool = true
    ) throws(CoreError) -> [UInt8] {
        let dataset: EncodedDataset
        do {
            dataset = try processor.toEncodedRDF(.object(object), options: JSONLDOptions(base: nil, safeMode: safeMode))
        } catch {
            throw CoreError(.canonicalizationFailed, "JSON-LD to RDF failed: \(error.reason)")
        }
        do {
            return try RDFCanonicalizer(hashAlgorithm: hash).canonicalNQuads(dataset)
        } catch {
            throw CoreError(.canonicalizationFailed, "RDF canonicalization failed: \(error)")
        }
    }
}
