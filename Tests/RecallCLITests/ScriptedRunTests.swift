import Foundation
import Testing

/// Runs the real binary with piped input, as scripts do: no prompts are printed, answers are read
/// line by line, and the session ends at the end of input.
@Suite struct ScriptedRunTests {
  @Test func pipedStudySession() throws {
    let recall = try RecallProcess()
    let decks = recall.home.appendingPathComponent("decks")
    try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
    try "# Numbers\n\nQ: How many engineers did Kazakhstan send to Iraq?\nA: 30\n".write(
      to: decks.appendingPathComponent("numbers.md"), atomically: true, encoding: .utf8)
    let output = try recall.run(
      [], input: "study\nthirty\n\n",
      environment: ["RECALL_DECKS": decks.path, "RECALL_DB": recall.home.appendingPathComponent("r.sqlite").path])
    let text = output.stdout
    #expect(output.status == 0)
    #expect(text.contains("✓ right: 30"))
    #expect(text.contains("saved good; next in "))
    #expect(!text.contains("recall> "))
    #expect(!text.contains("answer> "))
    #expect(text.hasSuffix("bye.\n"))
  }
}

@Suite struct ReplSubcommandTests {
  @Test func statsRunsInsideTheRepl() throws {
    let recall = try RecallProcess()
    let database = recall.home.appendingPathComponent("r.sqlite").path
    let output = try recall.run(
      [], input: "study\nAstana\n\n:quit\nstats --days 7\nstats --days 0\nquit\n",
      environment: ["RECALL_DB": database])
    #expect(output.status == 0)
    #expect(output.stdout.contains("saved "))
    #expect(output.stdout.contains("Retention"))
    #expect(output.stdout.contains("--days must be 1 or more, not 0"))
  }
}
