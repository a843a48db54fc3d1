import Foundation
import Testing

/// Runs the real `recall quiz` in a pseudo-terminal through `scripts/e2e-quiz-pty.py` (python3 +
/// pexpect): a quiz with `--per-question 2s` left unanswered times out question by question, ends
/// on its own, and is listed by `recall quiz history`. Skipped when python3, pexpect or the built
/// binary is missing. All state goes to a temporary folder.
@Suite struct QuizPtyTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL? {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      beside.appendingPathComponent("recall"),
      beside.deletingLastPathComponent().appendingPathComponent("recall"),
      root.appendingPathComponent(".build/debug/recall"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  static var python: String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Whether the built binary has the `quiz` command (it is wired once the store is in the build).
  static var hasQuizCommand: Bool {
    guard let binary else { return false }
    let process = Process()
    process.executableURL = binary
    process.arguments = ["--help"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).contains("  quiz ")
  }

  static var available: Bool { binary != nil && python != nil && hasQuizCommand }

  @Test(.enabled(if: available), .timeLimit(.minutes(1)))
  func unansweredQuizTimesOutAndEndsOnItsOwn() throws {
    guard let binary = Self.binary, let python = Self.python else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [Self.root.appendingPathComponent("scripts/e2e-quiz-pty.py").path, binary.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus == 77 { return }  // pexpect missing
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text.suffix(3000))")
  }
}
