import BrevetCore
import BrevetJSON
import BrevetServer
import BrevetServices
import BrevetStorage
import Foundation

/// Opens the installation, runs `body`, closes it, and turns errors into a one-line message and
/// a non-zero exit, so a person sees what is wrong and never a stack trace.
func withInstallation<T>(_ options: DataOptions, _ body: (Installation, OrganizationRecord) async throws -> T) async throws -> T {
    let installation: Installation
    do {
        installation = try await Installation.open(dataDirectory: options.data, databaseURL: options.databaseURL)
    } catch {
        throw CLIError(describe(error))
    }
    do {
        let org = try await installation.services.apiKeys.organization(named: options.org)
        let result = try await body(installation, org)
        await installation.close()
        return result
    } catch {
        await installation.close()
        throw CLIError(describe(error))
    }
}

/// A failure to report to the person at the terminal.
struct CLIError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

func describe(_ error: any Error) -> String {
    switch error {
    case let e as ServiceError: return e.reason
    case let e as ModelError: return e.reason
    case let e as StorageError: return e.reason.isEmpty ? "\(e)" : e.reason
    case let e as CLIError: return e.message
    default: return "\(error)"
    }
}

/// Prints JSON for people and scripts alike (indented).
func printJSON(_ value: JSONValue) {
    print(JSONWriter(style: .pretty).string(value), terminator: "")
}

/// Prints stored JSON text, indented, keeping member order.
func printJSONText(_ text: String) {
    if let value = try? JSONValue(parsing: text) { printJSON(value) } else { print(text) }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
