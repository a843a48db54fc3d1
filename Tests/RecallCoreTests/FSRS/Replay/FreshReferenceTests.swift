import Foundation
import Testing

@testable import RecallCore

/// Histories made afresh by the real reference (`scripts/fsrs-make-vectors.py`, PyPI `fsrs` 6.3.2),
/// with a seed no fixture uses. Skipped when python3 or the `fsrs` package is missing.
@Suite("FSRS against the live reference")
struct FreshReferenceTests {
  /// The package root: this file is `Tests/RecallCoreTests/FSRS/Replay/FreshReferenceTests.swift`.
  static let repository = (0..<5).reduce(URL(fileURLWithPath: #filePath)) { url, _ in url.deletingLastPathComponent() }

  static let referenceAvailable: Bool = {
    (try? python(["-c", "import fsrs"]))?.status == 0
  }()

  static func python(_ arguments: [String]) throws -> (status: Int32, output: Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
  }

  @Test(.enabled(if: referenceAvailable, "needs python3 with `pip install fsrs==6.3.2`"))
  func freshHistoriesReplayWithNoMismatch() throws {
    let script = Self.repository.appendingPathComponent("scripts/fsrs-make-vectors.py").path
    let made = try Self.python([script, "--count", "150", "--seed", "424242", "--prefix", "fresh"])
    try #require(made.status == 0)
    let histories = try ReplayFile.decode(made.output)
    #expect(histories.count == 150)
    let report = FSRSReplay.replay(histories)
    #expect(report.mismatchCount == 0, "\(report.mismatches.prefix(5).map(\.description))")
  }
}
