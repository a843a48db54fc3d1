import Foundation
import Testing

/// Runs the real `recall` binary in a pseudo-terminal through `scripts/e2e-pty.py` (python3 +
/// pexpect): Tab completion, history across runs, Ctrl-C mid-question, Ctrl-D, unsafe deck text.
/// Skipped when python3, pexpect or the built binary is missing. All state goes to temp folders.
@Suite struct PtyEndToEndTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static var binary: URL? { RecallProcess.binary }

  static var python: String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static var available: Bool { binary != nil && python != nil }

  @Test(.enabled(if: available), .timeLimit(.minutes(1)))
  func readlineInAPseudoTerminal() throws {
    guard let binary = Self.binary, let python = Self.python else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [Self.root.appendingPathComponent("scripts/e2e-pty.py").path, binary.path]
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
