import ArgumentParser
import BrevetCore
import BrevetJSON
import BrevetServer
import BrevetServices
import Foundation

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a credential from a file or URL.",
        discussion: "Exit status: 0 valid, 1 not valid, 2 could not check (or the input could not be read).")

    @Argument(help: "A credential file (JSON or JWT), '-' for standard input, or an http(s) URL.") var input: String
    @Option(help: "A data directory: its context store is used, and its own status lists and DID documents are read locally.")
    var data: String?
    @Flag(help: "Print the verdict as JSON.") var json = false
    @Option(name: .customLong("resource"), help: "URL=FILE: answer fetches of URL (a status list, a DID document) from FILE, for offline checks. Repeatable.")
    var resources: [String] = []

    func run() async throws {
        let bytes: [UInt8]
        do { bytes = try await read(input) } catch {
            printError("error: \(describe(error))")
            throw ExitCode(2)
        }
        var mapped: [String: String] = [:]
        for r in resources {
            guard let eq = r.firstIndex(of: "=") else {
                printError("error: --resource wants URL=FILE, got \(r)")
                throw ExitCode(2)
            }
            mapped[String(r[..<eq])] = String(r[r.index(after: eq)...])
        }
        let remote = FileMappedResources(files: mapped, fallback: HTTPResources())
        let verdict: VerificationVerdict
        if let data {
            let installation: Installation
            do { installation = try await Installation.open(dataDirectory: data, remote: remote) } catch {
                printError("error: \(describe(error))")
                throw ExitCode(2)
            }
            verdict = await installation.services.verification.verify(bytes)
            await installation.close()
        } else {
            let service = VerificationService(environment: nil, status: nil, remote: remote, proofs: ProofVerifier())
            verdict = await service.verify(bytes)
        }
        if json {
            printJSON(verdict.json)
        } else {
            print(Self.text(verdict))
        }
        switch verdict.status {
        case .valid: return
        case .invalid: throw ExitCode(1)
        case .indeterminate: throw ExitCode(2)
        }
    }

    func read(_ input: String) async throws -> [UInt8] {
        if input == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        if input.hasPrefix("https://") || input.hasPrefix("http://") { return try await HTTPResources().fetch(input) }
        guard let data = FileManager.default.contents(atPath: input) else {
            throw CLIError("cannot read \(input): no such file, or not readable")
        }
        return Array(data)
    }

    static func text(_ verdict: VerificationVerdict) -> String {
        var lines = [verdict.summary]
        for c in verdict.checks {
            let mark = switch c.outcome {
            case .passed: "✔"
            case .failed: "✘"
            case .warning: "!"
            case .couldNotCheck: "?"
            case .notApplicable: "-"
            }
            lines.append("  \(mark) \(c.check.rawValue): \(c.message)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Answers some URLs from local files and the rest from the fallback.
struct FileMappedResources: VerificationResources {
    let files: [String: String]
    let fallback: any VerificationResources

    func fetch(_ url: String) async throws -> [UInt8] {
        if let path = files[url] {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ResourceError(url: url, reason: "the file \(path) given for it cannot be read")
            }
            return Array(data)
        }
        return try await fallback.fetch(url)
    }
}
