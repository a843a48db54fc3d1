import Foundation
import RecallTestSupport
import Testing

/// What `--help` prints is part of the interface: pinned by golden files under `Fixtures/help/`
/// (`RECALL_UPDATE_GOLDEN=1 swift test` rewrites them and fails; review the diff).
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
    Golden.check(output.stdout, named: "\(name).txt", in: Self.fixtures)
  }

  @Test(arguments: commands.dropFirst()) func everySubcommandHelpHasAnExample(command: [String]) throws {
    let recall = try RecallProcess()
    let output = try recall.run(command + ["--help"])
    let discussion = output.stdout.components(separatedBy: "USAGE:").first ?? ""
    #expect(discussion.contains("Example"), "help of \(command) shows an example before its usage")
  }
}
