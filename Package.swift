// swift-tools-version:6.2
// Brevet: verifiable micro-credentials and certifications (Open Badges 3.0, VC 2.0, CLR 2.0).
//
// Modules are split by dependency set (see docs/architecture.md):
//   BrevetJSON    lossless JSON value, parser, writer, RFC 8785          (no dependencies)
//   BrevetRDF     RDF terms, N-Quads, RDFC-1.0                          (swift-crypto for hashes)
//   BrevetJSONLD  JSON-LD 1.1 context processing, expansion, toRdf     (pure)
//   BrevetCore    credentials model, cryptosuites, DIDs, status lists, verification (pure)
//   BrevetAwarding design, assessment, pathway and renewal rules           (pure)
//   BrevetStorage storage protocol and records                           (pure)
//   BrevetSQL     one SQL code path (SQLKit) for SQLite and PostgreSQL
//   BrevetServices use cases over core + storage; file and network adapters
//   BrevetServer  Hummingbird HTTP API and server-rendered pages
//   brevet        the command line (swift-argument-parser)
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Brevet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "brevet", targets: ["brevet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
    ],
    targets: [
        // MARK: pure core
        .target(name: "BrevetJSON", swiftSettings: swiftSettings),
        .target(
            name: "BrevetRDF",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings),
        .target(
            name: "BrevetJSONLD",
            dependencies: ["BrevetJSON", "BrevetRDF"],
            swiftSettings: swiftSettings),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "BrevetCore",
            dependencies: [
                "BrevetJSON", "BrevetRDF", "BrevetJSONLD", "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings),
        .target(name: "BrevetAwarding", dependencies: ["BrevetJSON"], swiftSettings: swiftSettings),
        .target(name: "BrevetStorage", dependencies: ["BrevetJSON"], swiftSettings: swiftSettings),

        // MARK: I/O layers
        .target(
            name: "BrevetSQL",
            dependencies: [
                "BrevetStorage",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "BrevetServices",
            dependencies: [
                "BrevetJSON", "BrevetJSONLD", "BrevetCore", "BrevetStorage", "BrevetAwarding",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "BrevetServer",
            dependencies: [
                "BrevetServices", "BrevetSQL", "BrevetJSONLD", "BrevetAwarding",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "brevet",
            dependencies: [
                "BrevetServer", "BrevetSQL", "BrevetServices", "BrevetJSONLD", "BrevetRDF", "BrevetAwarding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings),

        // MARK: tests
        .target(name: "BrevetTestSupport", dependencies: ["BrevetJSON"], path: "Tests/BrevetTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "BrevetJSONTests", dependencies: ["BrevetJSON", "BrevetTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "BrevetRDFTests", dependencies: ["BrevetRDF", "BrevetJSON", "BrevetTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "BrevetJSONLDTests", dependencies: ["BrevetJSONLD", "BrevetTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "BrevetCoreTests", dependencies: ["BrevetCore", "BrevetTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "BrevetAwardingTests", dependencies: ["BrevetAwarding", "BrevetTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "BrevetSQLTests", dependencies: ["BrevetSQL", "BrevetTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "BrevetServerTests",
            dependencies: [
                "BrevetServer", "BrevetTestSupport", "brevet", "BrevetAwarding",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings),
    ]
)
