import Foundation
import Testing

/// Runs the built `recall` binary as a subprocess, as a user would, with a clean environment:
/// temporary XDG folders and database, no colours, so tests never touch the real home.
final class RecallProcess {
  /// What a run printed and how it ended.
  struct Output {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// The repository root (for `Decks/` and `../shared`).
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `recall` binary next to the test bundle.
  static var binary: URL? {
    if let path = ProcessInfo.processInfo.environment["RECALL_BINARY"] { return URL(fileURLWithPath: path) }
    var folder = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("recall")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  /// A fresh temporary folder that acts as HOME and XDG base for one test.
  let home: URL

  init() throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent("recall-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: home)
  }

  /// The environment a run gets: only what it needs, pointed at the temporary home.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "HOME": home.path,
      "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "XDG_STATE_HOME": home.appendingPathComponent("state").path,
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "NO_COLOR": "1",
      "TZ": "UTC",
      "LANG": "C.UTF-8",
    ]
    environment.merge(extra) { _, new in new }
    return environment
  }

  /// Runs `recall` with `arguments` in `directory` (the temporary home by default), feeding `input`.
  func run(
    _ arguments: [String], input: String = "", directory: URL? = nil, environment extra: [String: String] = [:]
  ) throws -> Output {
    let binary = try #require(Self.binary, "build the recall executable first (swift build)")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? home
    process.environment = environment(extra)
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Writes `text` to a file under the temporary home and returns its path.
  func write(_ text: String, to name: String) throws -> String {
    let url = home.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Writes raw bytes to a file under the temporary home and returns its path.
  func write(bytes: [UInt8], to name: String) throws -> String {
    let url = home.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }
}
