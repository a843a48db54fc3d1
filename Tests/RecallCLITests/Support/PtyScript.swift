import Foundation
import Testing

/// Runs a pseudo-terminal script from `scripts/` (python3 with pexpect, some with pyte) against the
/// built `recall` binary. The scripts exit 77 when a python module is missing; CI installs them.
enum PtyScript {
  /// python3 on the PATH, if any.
  static var python: String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Whether the scripts can run here at all.
  static var available: Bool { RecallProcess.binary != nil && python != nil }

  /// Runs `scripts/NAME` on the binary and expects it to succeed; exit 77 (a module missing) skips.
  static func run(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    guard let binary = RecallProcess.binary, let python else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [RecallProcess.repository.appendingPathComponent("scripts/\(name)").path, binary.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus == 77 { return }
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text.suffix(3000))", sourceLocation: sourceLocation)
  }
}
