import BrevetJSON
import BrevetJSONLD
import BrevetRDF
import BrevetTestSupport
import Testing

/// ``JSONLDProcessor/canonicalNQuads(_:options:hashAlgorithm:)`` against the canonical forms published
/// with the Data Integrity cryptosuite vectors (documents and proof configurations), in safe mode as
/// signing and verifying run it.
@Suite struct ToRDFCanonicalNQuadsTests {
    /// A processor whose loader serves the pinned contexts of `standards/contexts`.
    static let processor: JSONLDProcessor = {
        var documents: [String: JSONValue] = [:]
        if let map = try? SharedData.json("standards/contexts/url-map.json").objectValue {
            for (url, file) in map {
                guard let file = file.stringValue else { continue }
                documents[url] = try? SharedData.json("standards/contexts/\(file)")
            }
        }
        return JSONLDProcessor(documentLoader: StaticDocumentLoader(documents))
    }()

    static let eddsa = "standards/vectors/w3c/vc-di-eddsa/TestVectors"
    static let ecdsa = "standards/vectors/w3c/vc-di-ecdsa/TestVectors"
    static let ob = "standards/vectors/1EdTech/openbadges-specification/obv3p0-eddsa-rdfc-2022"

    /// (document, expected canonical N-Quads, hash algorithm)
    static let vectors: [(String, String, RDFCanonicalizer.HashAlgorithm)] = [
        ("\(eddsa)/unsigned.json", "\(eddsa)/eddsa-rdfc-2022/canonDocDataInt.txt", .sha256),
        ("\(eddsa)/eddsa-rdfc-2022/proofConfigDataInt.json", "\(eddsa)/eddsa-rdfc-2022/proofCanonDataInt.txt", .sha256),
        ("\(eddsa)/Ed25519Signature2020/proofConfigEdSig.json", "\(eddsa)/Ed25519Signature2020/proofCanonEdSig.txt", .sha256),
        ("\(ecdsa)/unsigned.json", "\(ecdsa)/ecdsa-rdfc-2019-p256/canonDocECDSAP256.txt", .sha256),
        ("\(ecdsa)/ecdsa-rdfc-2019-p256/proofConfigECDSAP256.json", "\(ecdsa)/ecdsa-rdfc-2019-p256/proofCanonECDSAP256.txt", .sha256),
        ("\(ecdsa)/unsigned.json", "\(ecdsa)/ecdsa-rdfc-2019-p384/canonDocECDSAP384.txt", .sha384),
        ("\(ecdsa)/ecdsa-rdfc-2019-p384/proofConfigECDSAP384.json", "\(ecdsa)/ecdsa-rdfc-2019-p384/proofCanonECDSAP384.txt", .sha384),
        ("\(ob)/unsigned.json", "\(ob)/document-canon.txt", .sha256),
        ("\(ob)/proofConfig.json", "\(ob)/proof-canon.txt", .sha256),
    ]

    @Test(arguments: vectors)
    func canonicalFormMatchesVector(document: String, expected: String, hashAlgorithm: RDFCanonicalizer.HashAlgorithm) throws {
        var input = try SharedData.json(document)
        // A proof configuration without `@context` takes the secured document's, as the cryptosuites'
        // proof configuration step does ("set proofConfig.@context to unsecuredDocument.@context").
        if input["@context"] == nil {
            let folder = document.split(separator: "/").dropLast().joined(separator: "/")
            input["@context"] = try SharedData.json("\(folder)/unsigned.json")["@context"]
        }
        let nquads = try Self.processor.canonicalNQuads(input, options: JSONLDOptions(safeMode: true), hashAlgorithm: hashAlgorithm)
        #expect(nquads == (try SharedData.text(expected)))
    }
}
