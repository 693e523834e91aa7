import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A real `brevet serve` process on a free port, stopped when the test is done.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    let base: String
    let log: URL

    init(data: String, port: Int? = nil, extraArguments: [String] = []) async throws {
        self.port = port ?? freePort()
        base = "http://127.0.0.1:\(self.port)"
        log = URL(fileURLWithPath: data).appendingPathComponent("server.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = BrevetProcess.binary
        process.arguments = ["serve", "--data", data, "--port", String(self.port)] + extraArguments
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        for _ in 0..<300 {
            if let (status, _) = try? await HTTP.get(base + "/health"), status == 200 { return }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        stop()
        throw ServerDidNotStart(log: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    func stop() {
        if process.isRunning {
            process.interrupt()
            process.waitUntilExit()
        }
    }

    deinit { stop() }

    struct ServerDidNotStart: Error, CustomStringConvertible {
        let log: String
        var description: String { "brevet serve did not start; its output:\n\(log)" }
    }
}

/// Minimal HTTP calls for the tests.
enum HTTP {
    static func request(_ method: String, _ url: String, body: Data? = nil, headers: [String: String] = [:]) async throws -> (Int, Data) {
        var request = URLRequest(url: URL(string: url)!, timeoutInterval: 30)
        request.httpMethod = method
        request.httpBody = body
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as! HTTPURLResponse).statusCode, data)
    }

    static func get(_ url: String, headers: [String: String] = [:]) async throws -> (Int, Data) {
        try await request("GET", url, headers: headers)
    }

    static func post(_ url: String, json: String, key: String? = nil) async throws -> (Int, Data) {
        var headers = ["Content-Type": "application/json"]
        if let key { headers["Authorization"] = "Bearer \(key)" }
        return try await request("POST", url, body: Data(json.utf8), headers: headers)
    }
}

extension HTTP {
    static func put(_ url: String, json: String, key: String? = nil) async throws -> (Int, Data) {
        var headers = ["Content-Type": "application/json"]
        if let key { headers["Authorization"] = "Bearer \(key)" }
        return try await request("PUT", url, body: Data(json.utf8), headers: headers)
    }

    static func get(_ url: String, key: String) async throws -> (Int, Data) {
        try await request("GET", url, headers: ["Authorization": "Bearer \(key)"])
    }
}
