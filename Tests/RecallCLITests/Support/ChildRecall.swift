import Foundation
import Testing

/// The built `recall` executable run as a child process with a chosen environment (no HOME unless
/// given), for tests that need the raw process: killing it, running two at once, exact exit codes.
enum ChildRecall {
  /// The result of a finished run.
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  /// The executable next to the test bundle (SwiftPM builds it with the tests).
  static var executable: URL {
    get throws {
      var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("recall")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        folder = folder.deletingLastPathComponent()
      }
      let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
      let built = root.appendingPathComponent(".build/debug/recall")
      try #require(FileManager.default.isExecutableFile(atPath: built.path), "build the recall executable first")
      return built
    }
  }

  /// A clean environment: no HOME-derived database, UTC, no colour preference.
  static func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = ["PATH": "/usr/bin:/bin", "TZ": "UTC", "LANG": "C.UTF-8"]
    environment.merge(extra) { $1 }
    return environment
  }

  /// A configured but not yet started process.
  static func make(_ arguments: [String], environment: [String: String] = ChildRecall.environment()) throws
    -> Process
  {
    let process = Process()
    process.executableURL = try executable
    process.arguments = arguments
    process.environment = environment
    return process
  }

  /// Runs `recall` with `arguments` to the end.
  static func run(_ arguments: [String], environment: [String: String] = ChildRecall.environment()) throws
    -> Result
  {
    let process = try make(arguments, environment: environment)
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read before waiting, so a full pipe cannot block the child.
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      error: String(decoding: errorData, as: UTF8.self))
  }
}

/// A temporary folder removed when the value is released.
final class TemporaryFolder {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("recall-cli-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> String { path + "/" + name }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
