import Foundation
import BrevetJSON

/// Where the shared standards data lives: `$BREVET_SHARED`, or `../shared` beside the project.
///
/// Tests read the official vectors from there and never copy them into the repository.
public enum SharedData {
    /// The project's root folder (the one holding Package.swift).
    public static let projectRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The shared folder. Fails loudly (with a fix) when it is missing.
    public static let root: URL = {
        if let env = ProcessInfo.processInfo.environment["BREVET_SHARED"], !env.isEmpty {
            return URL(fileURLWithPath: env, relativeTo: projectRoot).standardizedFileURL
        }
        return projectRoot.appendingPathComponent("../shared").standardizedFileURL
    }()

    /// A file or folder under the shared folder, e.g. `standards/contexts/url-map.json`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The bytes of a shared file; throws an error that says where the data was looked for.
    public static func data(_ relativePath: String) throws -> Data {
        let u = url(relativePath)
        guard FileManager.default.fileExists(atPath: u.path) else {
            throw MissingSharedData(path: u.path)
        }
        return try Data(contentsOf: u)
    }

    /// A shared JSON file, parsed losslessly.
    public static func json(_ relativePath: String) throws -> JSONValue {
        try JSONValue(parsing: try data(relativePath))
    }

    /// A shared text file.
    public static func text(_ relativePath: String) throws -> String {
        String(decoding: try data(relativePath), as: UTF8.self)
    }

    /// Names of the entries of a shared folder, sorted.
    public static func list(_ relativePath: String) throws -> [String] {
        let u = url(relativePath)
        guard FileManager.default.fileExists(atPath: u.path) else { throw MissingSharedData(path: u.path) }
        return try FileManager.default.contentsOfDirectory(atPath: u.path).sorted()
    }
}

public struct MissingSharedData: Error, CustomStringConvertible {
    public let path: String
    public var description: String {
        "shared test data is missing: \(path) does not exist. Set BREVET_SHARED to the folder that holds standards/ and peers/ (default: ../shared beside the project)."
    }
}
