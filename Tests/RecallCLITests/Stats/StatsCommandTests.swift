import Foundation
import RecallTestSupport
import Testing

/// Golden output of `recall stats` on a fixed history. Set RECALL_UPDATE_GOLDEN=1 to rewrite the files.
@Suite struct StatsCommandTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  func stats(_ extra: [String], in folder: TemporaryFolder) throws -> ChildRecall.Result {
    let database = folder.file("recall.sqlite")
    if !FileManager.default.fileExists(atPath: database) { try StatsFixture.write(to: database) }
    let decks = Self.fixtures.appendingPathComponent("stats-decks").path
    return try ChildRecall.run(
      ["stats", "history", "--db", database, "--decks", decks, "--now", StatsFixture.nowText] + extra)
  }

  func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    Golden.check(text, named: name, in: Self.fixtures, sourceLocation: sourceLocation)
  }

  @Test func plainOutput() throws {
    let folder = try TemporaryFolder()
    let result = try stats([], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(!result.output.contains("\u{1B}"))
    try expectGolden(result.output, "stats-plain.txt")
  }

  @Test func colouredOutput() throws {
    let folder = try TemporaryFolder()
    let result = try stats(["--color", "always"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("\u{1B}["))
    try expectGolden(result.output, "stats-colour.txt")
  }

  @Test func noColorWinsOverATerminal() throws {
    let folder = try TemporaryFolder()
    let plain = try stats(["--color", "never"], in: folder)
    let auto = try stats([], in: folder)
    #expect(plain.output == auto.output)
  }

  @Test func jsonOutput() throws {
    let folder = try TemporaryFolder()
    let result = try stats(["--json"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    try expectGolden(result.output, "stats.json")
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    #expect((object?["counts"] as? [String: Any])?["total"] as? Int == 9)
  }

  @Test func topicLimitsTheCards() throws {
    let folder = try TemporaryFolder()
    let result = try stats(["--topic", "geography", "--json"], in: folder)
    #expect(result.status == 0, "\(result.error)")
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    #expect((object?["counts"] as? [String: Any])?["total"] as? Int == 3)
    let missing = try stats(["--topic", "Sport"], in: folder)
    #expect(missing.status == 1)
    #expect(missing.error.contains("no topic \"Sport\""))
  }

  @Test func anUnknownDeckIsAnError() throws {
    let folder = try TemporaryFolder()
    let result = try ChildRecall.run(
      ["stats", "nowhere", "--db", folder.file("x.sqlite"), "--decks", folder.path, "--now", StatsFixture.nowText])
    #expect(result.status == 1)
    #expect(result.error.contains("no deck named \"nowhere\""))
  }
}
