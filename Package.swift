// swift-tools-version:6.0
import PackageDescription

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
  ],
  targets: [
    .target(
      name: "LedgerCore",
      dependencies: []
    ),
    .target(
      name: "LedgerStore",
      dependencies: [
        "LedgerCore",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "clearledger",
      dependencies: [
        "LedgerCore",
        "LedgerStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ]
    ),
    .executableTarget(
      name: "ledger-bench",
      dependencies: ["LedgerTestSupport"]
    ),
    .target(
      name: "LedgerTestSupport",
      dependencies: ["LedgerCore", "LedgerStore"]
    ),
    .testTarget(
      name: "LedgerCoreTests",
      dependencies: ["LedgerCore", "LedgerTestSupport"]
    ),
    .testTarget(
      name: "LedgerStoreTests",
      dependencies: ["LedgerCore", "LedgerStore", "LedgerTestSupport"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["LedgerTestSupport"]
    ),
  ]
)
