// swift-tools-version:6.2
import PackageDescription

/// Every target of ours: Swift 6 language mode, and a warning is an error.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
  name: "ClearLedger",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "clearledger", targets: ["clearledger"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
  ],
  targets: [
    .target(
      name: "LedgerCore",
      dependencies: [],
      swiftSettings: strict
    ),
    .target(
      name: "LedgerChain",
      dependencies: [
        "LedgerCore", "LedgerProof", .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "LedgerHub",
      dependencies: [
        "LedgerCore", "LedgerChain", "LedgerProof", "LedgerJSON",
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "LedgerProof",
      dependencies: [
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "LedgerStore",
      dependencies: [
        "LedgerCore",
        "LedgerProof",
        "LedgerChain",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "OfficeDocuments",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
      swiftSettings: strict
    ),
    .target(
      name: "PlanDocuments",
      dependencies: ["LedgerCore", "OfficeDocuments"],
      swiftSettings: strict
    ),
    .target(
      name: "LedgerReports",
      dependencies: ["LedgerCore", "OfficeDocuments"],
      swiftSettings: strict
    ),
    .target(
      name: "LedgerJSON",
      dependencies: ["LedgerCore", "LedgerStore"],
      swiftSettings: strict
    ),
    .target(
      name: "LedgerWeb",
      dependencies: [
        "LedgerCore",
        "LedgerHub",
        "LedgerStore",
        "LedgerJSON",
        "LedgerReports",
        "PlanDocuments",
        "OfficeDocuments",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ],
      resources: [.copy("Resources")],
      swiftSettings: strict
    ),
    .executableTarget(
      name: "clearledger",
      dependencies: [
        "LedgerCore",
        "LedgerChain",
        "LedgerProof",
        "LedgerStore",
        "OfficeDocuments",
        "PlanDocuments",
        "LedgerHub",
        "LedgerJSON",
        "LedgerWeb",
        "LedgerReports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ],
      swiftSettings: strict
    ),
    .executableTarget(
      name: "ledger-bench",
      dependencies: [
        "LedgerTestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "LedgerTestSupport",
      dependencies: ["LedgerCore", "LedgerStore"],
      swiftSettings: strict
    ),
    .testTarget(
      name: "LedgerCoreTests",
      dependencies: ["LedgerCore", "LedgerTestSupport"],
      swiftSettings: strict
    ),
    .testTarget(
      name: "LedgerProofTests",
      dependencies: ["LedgerProof"],
      swiftSettings: strict
    ),
    .testTarget(
      name: "LedgerStoreTests",
      dependencies: [
        "LedgerCore", "LedgerChain", "LedgerProof", "LedgerStore", "LedgerTestSupport",
      ],
      swiftSettings: strict
    ),
    .testTarget(
      name: "OfficeDocumentsTests",
      dependencies: ["OfficeDocuments", "PlanDocuments", "LedgerCore", "LedgerTestSupport"],
      swiftSettings: strict
    ),
    .testTarget(
      name: "LedgerHubTests",
      dependencies: [
        "LedgerCore", "LedgerChain", "LedgerHub", "LedgerProof", "LedgerStore", "LedgerJSON",
        "LedgerTestSupport", "LedgerWeb", .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ],
      swiftSettings: strict
    ),
    .testTarget(
      name: "LedgerWebTests",
      dependencies: [
        "LedgerWeb", "LedgerCore", "LedgerStore", "LedgerJSON", "LedgerTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strict
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["LedgerTestSupport", "OfficeDocuments"],
      swiftSettings: strict
    ),
  ],
  swiftLanguageModes: [.v6]
)
