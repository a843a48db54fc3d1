import Foundation
import Testing

/// Runs a pseudo-terminal script from `scripts/` (python3 with pexpect, some with pyte) against the
/// built `recall` binary. A test that needs one is enabled by `PtyScript.requiring(...)`: when
/// python3, a module or the binary is missing it is reported as skipped, with the reason, rather
/// than passing without having run (CI installs the modules: `pip install pexpect pyte`).
enum PtyScript {
  /// python3 on the PATH, if any.
  static var python: String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Why the scripts that import `modules` cannot run here; nil when they can.
  static func missing(_ modules: [String]) -> String? {
    guard RecallProcess.binary != nil else { return "the recall binary is not built" }
    guard let python else { return "python3 is not on the PATH" }
    if modules.isEmpty { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", "import " + modules.joined(separator: ", ")]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      return "python3 could not be started: \(error)"
    }
    guard process.terminationStatus == 0 else {
      return "python3 lacks \(modules.joined(separator: " or ")); pip install \(modules.joined(separator: " "))"
    }
    return nil
  }

  /// Whether this run is CI's (`CI` set, as `.ci/run` runs), where every pseudo-terminal test must run.
  static var isContinuousIntegration: Bool {
    let value = ProcessInfo.processInfo.environment["CI"] ?? ""
    return !value.isEmpty && value != "false" && value != "0"
  }

  /// Enables a test when python3 with `modules` and the binary are present; otherwise the test is
  /// skipped and the reason shown. In CI nothing is skipped: the test runs and fails on what is
  /// missing, so a pseudo-terminal test can never pass there by not running.
  static func requiring(_ modules: String...) -> ConditionTrait {
    let reason = missing(modules)
    return .enabled(
      if: reason == nil || isContinuousIntegration, Comment(rawValue: reason ?? "python3 and \(modules) are present"))
  }

  /// Runs `scripts/NAME` on the binary and expects it to succeed. The script exits 77 when a module
  /// is missing, which `requiring` should have caught: that is recorded as a failure, not a pass.
  static func run(_ name: String, arguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let binary = try #require(RecallProcess.binary, "build the recall executable first", sourceLocation: sourceLocation)
    let python = try #require(python, "python3 is not on the PATH", sourceLocation: sourceLocation)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments =
      [RecallProcess.repository.appendingPathComponent("scripts/\(name)").path, binary.path] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus != 77, "\(name) found a python module missing", sourceLocation: sourceLocation)
    #expect(process.terminationStatus == 0, "\(text.suffix(3000))", sourceLocation: sourceLocation)
  }
}
