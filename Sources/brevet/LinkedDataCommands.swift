import ArgumentParser
import BrevetJSON
import BrevetJSONLD
import BrevetRDF
import Foundation

/// `brevet jsonld expand|to-rdf`: JSON-LD 1.1 processing for people debugging credentials, and the
/// way outside checkers run the W3C suites through Brevet.
struct JSONLDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "jsonld", abstract: "Expand JSON-LD or turn it into RDF (N-Quads).",
                                                    subcommands: [Expand.self, ToRDF.self])

    struct Common: ParsableArguments {
        @Argument(help: "The JSON-LD document.") var file: String
        @Option(help: "The base IRI (defaults to the file's URL).") var base: String?
        @Option(name: .customLong("map"), help: "PREFIX=DIR: serve documents whose IRI starts with PREFIX from files under DIR (repeatable).")
        var maps: [String] = []
        @Flag(help: "Fail on terms expansion would drop and on relative IRIs (as signing does).") var safe = false
        @Option(help: "json-ld-1.1 (default) or json-ld-1.0.") var processingMode: String = "json-ld-1.1"

        func run() throws -> (JSONLDProcessor, JSONValue, JSONLDOptions) {
            var prefixes: [(String, String)] = []
            for m in maps {
                guard let eq = m.firstIndex(of: "=") else { throw CLIError("--map wants PREFIX=DIR, got \(m)") }
                prefixes.append((String(m[..<eq]), String(m[m.index(after: eq)...])))
            }
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
            let document: JSONValue
            do { document = try JSONValue(parsing: data) } catch { throw CLIError("\(file): \(error)") }
            let processor = JSONLDProcessor(documentLoader: MappedFileLoader(prefixes: prefixes))
            guard processingMode == "json-ld-1.1" || processingMode == "json-ld-1.0" else {
                throw CLIError("--processing-mode must be json-ld-1.1 or json-ld-1.0")
            }
            let options = JSONLDOptions(base: base ?? URL(fileURLWithPath: file).absoluteString, processingMode: processingMode, safeMode: safe)
            return (processor, document, options)
        }
    }

    struct Expand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the expanded form.")
        @OptionGroup var common: Common
        func run() async throws {
            let (processor, document, options) = try common.run()
            do { printJSON(.array(try processor.expand(document, options: options))) } catch { throw CLIError("\(error)") }
        }
    }

    struct ToRDF: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "to-rdf", abstract: "Print the RDF dataset as N-Quads.")
        @OptionGroup var common: Common
        func run() async throws {
            let (processor, document, options) = try common.run()
            do { print(NQuadsSerializer.serialize(try processor.toRDF(document, options: options)), terminator: "") } catch { throw CLIError("\(error)") }
        }
    }
}

/// `brevet rdf canonicalize`: RDF Dataset Canonicalization (RDFC-1.0) of an N-Quads file.
struct RDFCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rdf", abstract: "RDF tools.", subcommands: [Canonicalize.self])

    struct Canonicalize: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the canonical N-Quads (RDFC-1.0) of an N-Quads file.")
        @Argument(help: "The N-Quads file ('-' for standard input).") var file: String
        @Option(help: "The hash RDFC-1.0 uses: sha256 or sha384.") var hash: String = "sha256"

        func run() async throws {
            let algorithm: RDFCanonicalizer.HashAlgorithm
            switch hash.lowercased() {
            case "sha256", "sha-256": algorithm = .sha256
            case "sha384", "sha-384": algorithm = .sha384
            default: throw CLIError("--hash must be sha256 or sha384, not \(hash)")
            }
            let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
            guard let data else { throw CLIError("cannot read \(file)") }
            do {
                let dataset = try NQuadsParser().parse(utf8: Array(data))
                print(try RDFCanonicalizer(hashAlgorithm: algorithm).canonicalize(dataset).nquads, terminator: "")
            } catch { throw CLIError("\(error)") }
        }
    }
}

/// Serves documents under IRI prefixes from local folders (how the W3C suites run offline).
struct MappedFileLoader: DocumentLoader {
    let prefixes: [(String, String)]

    func loadDocument(_ url: String) throws(JSONLDError) -> RemoteDocument {
        for (prefix, dir) in prefixes where url.hasPrefix(prefix) {
            let path = (dir.hasSuffix("/") ? dir : dir + "/") + url.dropFirst(prefix.count)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw JSONLDError(.loadingDocumentFailed, "\(url) maps to \(path), which does not exist")
            }
            do {
                return RemoteDocument(documentURL: url, document: try JSONValue(parsing: data), contentType: "application/ld+json")
            } catch {
                throw JSONLDError(.loadingDocumentFailed, "\(path) is not JSON: \(error)")
            }
        }
        throw JSONLDError(.loadingDocumentFailed, "\(url) is not under any --map prefix; nothing is fetched from the network")
    }
}
