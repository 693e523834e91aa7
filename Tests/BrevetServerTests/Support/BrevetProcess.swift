import BrevetTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `brevet` executable, the way a person or an acceptance check does.
enum BrevetProcess {
    /// The `brevet` binary next to the test bundle (SwiftPM builds it because the tests depend on it).
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("brevet")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return SharedData.projectRoot.appendingPathComponent(".build/debug/brevet")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `brevet args...` to completion.
    static func run(_ args: [String], stdin: String? = nil) throws -> Result {
        try ProcessRunner.run(executable: binary, args, stdin: stdin)
    }
}

/// Runs a program and collects its output.
enum ProcessRunner {
    static func run(executable: URL, _ args: [String], stdin: String? = nil, environment: [String: String]? = nil) throws -> BrevetProcess.Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = args
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so neither fills up and blocks the child.
        let errData = Mutexed(Data())
        let errThread = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errThread.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.done { usleep(1000) }
        return .init(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData.value, as: UTF8.self))
    }
}

/// A value written once by another thread.
final class Mutexed<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    private var isDone = false
    init(_ value: T) { stored = value }
    func set(_ value: T) { lock.lock(); stored = value; isDone = true; lock.unlock() }
    var value: T { lock.lock(); defer { lock.unlock() }; return stored }
    var done: Bool { lock.lock(); defer { lock.unlock() }; return isDone }
}

/// A TCP port that was free a moment ago (bound to port 0 and released).
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_port = 0
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
    _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
    return Int(UInt16(bigEndian: addr.sin_port))
}

/// A fresh, empty folder under the system's temporary directory.
func temporaryDirectory(_ name: String) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("brevet-\(name)-\(UUID().uuidString.prefix(8))").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
