import Foundation
import Testing

/// Runs the real binary with piped input, as scripts do: no prompts are printed, answers are read
/// line by line, and the session ends at the end of input.
@Suite struct ScriptedRunTests {
  @Test(.enabled(if: PtyEndToEndTests.binary != nil))
  func pipedStudySession() throws {
    guard let binary = PtyEndToEndTests.binary else { return }
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("recall-piped-\(UUID().uuidString)")
    let decks = root.appendingPathComponent("decks")
    try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try "# Numbers\n\nQ: How many engineers did Kazakhstan send to Iraq?\nA: 30\n".write(
      to: decks.appendingPathComponent("numbers.md"), atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = binary
    process.environment = [
      "HOME": root.path, "XDG_STATE_HOME": root.appendingPathComponent("state").path,
      "XDG_DATA_HOME": root.appendingPathComponent("data").path,
      "RECALL_DB": root.appendingPathComponent("recall.sqlite").path, "RECALL_DECKS": decks.path,
    ]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data("study\nthirty\n".utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0)
    #expect(text.contains("✓ right: 30"))
    #expect(text.contains("saved good; next in 1d") || text.contains("saved easy"))
    #expect(!text.contains("recall> "))
    #expect(!text.contains("answer> "))
    #expect(text.hasSuffix("bye.\n"))
  }
}
