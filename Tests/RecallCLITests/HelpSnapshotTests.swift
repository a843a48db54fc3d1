import Foundation
import Testing

/// What `--help` prints is part of the interface: pinned by golden files under `Fixtures/help/`
/// (`RECALL_UPDATE_GOLDEN=1 swift test` rewrites them; review the diff).
@Suite struct HelpSnapshotTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures/help")

  static let commands: [[String]] = [
    [], ["study"], ["quiz"], ["quiz", "history"], ["stats"], ["generate"], ["check"], ["decks"], ["show"], ["export"],
    ["fsrs", "replay"], ["db"], ["export-log"], ["undo"], ["bury"], ["suspend"], ["resume"], ["optimize"],
    ["config"], ["simulate"],
  ]

  @Test(arguments: commands) func helpMatchesGolden(command: [String]) throws {
    let recall = try RecallProcess()
    let output = try recall.run(command + ["--help"], environment: ["COLUMNS": "100"])
    #expect(output.status == 0, "\(output.stderr)")
    let name = command.isEmpty ? "recall" : command.joined(separator: "-")
    let url = Self.fixtures.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["RECALL_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
      try Data(output.stdout.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(output.stdout == expected, "help of `recall \(command.joined(separator: " "))` changed")
  }

  @Test(arguments: commands.dropFirst()) func everySubcommandHelpHasAnExample(command: [String]) throws {
    let recall = try RecallProcess()
    let output = try recall.run(command + ["--help"])
    let discussion = output.stdout.components(separatedBy: "USAGE:").first ?? ""
    #expect(discussion.contains("Example"), "help of \(command) shows an example before its usage")
  }
}
