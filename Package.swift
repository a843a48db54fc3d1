// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Recall",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "recall", targets: ["recall"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    .target(name: "RecallCore"),
    .target(
      name: "RecallStore",
      dependencies: [
        "RecallCore",
        .product(name: "GRDB", package: "GRDB.swift"),
        // The SQLite C API, for the review log's bulk insert (ReviewLogInserter).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        "CZstd",
        "CLibXML2",
      ]
    ),
    // Anki packages: zstd-compressed collections and media maps, and HTML fields.
    .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    .target(name: "RecallTerminal", dependencies: ["RecallCore", "CReadline"]),
    // WordNet 3.0 for the generator's word knowledge (lemmas, parts of speech, noun categories).
    .systemLibrary(
      name: "CWordNet",
      providers: [.apt(["wordnet-dev", "wordnet-base"])]
    ),
    .target(name: "RecallLexicon", dependencies: ["RecallCore", "CWordNet"]),
    .executableTarget(
      name: "recall",
      dependencies: [
        "RecallCore",
        "RecallStore",
        "RecallTerminal",
        "RecallLexicon",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What the test targets share: the golden-file helper (line diffs; a rewrite fails the test) and
    // stores in memory.
    .target(name: "RecallTestSupport", dependencies: ["RecallCore"], path: "Tests/RecallTestSupport"),
    .testTarget(name: "RecallTestSupportTests", dependencies: ["RecallTestSupport"]),
    .testTarget(
      name: "RecallCoreTests", dependencies: ["RecallCore", "RecallLexicon", "RecallTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "RecallStoreTests", dependencies: ["RecallStore"]),
    .testTarget(name: "RecallLexiconTests", dependencies: ["RecallLexicon", "RecallCore"]),
    .testTarget(
      name: "RecallTerminalTests", dependencies: ["RecallTerminal", "RecallTestSupport"],
      exclude: ["Fixtures", "Quiz/Fixtures"]),
    .testTarget(
      name: "RecallCLITests", dependencies: ["recall", "RecallCore", "RecallStore", "RecallTestSupport"],
      exclude: ["Fixtures"]),
  ]
)

// `.ci/run` sets RECALL_WARNINGS_AS_ERRORS for its build and for `swift test`: a warning then fails
// the build, and the tests reuse that build rather than compiling everything again with other flags.
if Context.environment["RECALL_WARNINGS_AS_ERRORS"] != nil {
  for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-warnings-as-errors"])]
  }
}
