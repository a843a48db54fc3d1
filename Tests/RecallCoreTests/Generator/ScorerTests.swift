import Foundation
import RecallCore
import Testing

/// Runs the shared reference scorer (`../shared/eval/score_deck.py`, Python) on generated decks.
/// Skipped when Python or the scorer is not there.
@Suite struct ScorerTests {
  private static let scorer = GeneratorFixtures.repository.deletingLastPathComponent()
    .appendingPathComponent("shared/eval/score_deck.py")

  private static var available: Bool {
    FileManager.default.fileExists(atPath: scorer.path)
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
  }

  /// The scorer's figures for `document` scored with `gold`.
  private func score(document: URL, gold: URL) throws -> [String: Any] {
    let text = try String(contentsOf: document, encoding: .utf8)
    let deck = try GeneratorFixtures.generator().generate(text: text, fallbackTitle: "doc")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("deck.json")
    try DeckExport.json(deck).write(to: json, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [Self.scorer.path, document.path, gold.path, json.path, "--json"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test(.enabled(if: ScorerTests.available)) func shippedDeckMeetsTheTargets() throws {
    let root = GeneratorFixtures.repository
    let result = try score(
      document: root.appendingPathComponent("Decks/sources/kazakhstan-position.txt"),
      gold: root.deletingLastPathComponent().appendingPathComponent("shared/eval/seed-gold-facts.json"))
    #expect(try #require(result["recall"] as? Double) >= 0.90)
    #expect(try #require(result["recall_at_budget"] as? Double) >= 0.80)
    #expect(try #require(result["on_gold_precision"] as? Double) >= 0.60)
    #expect(try #require(result["proxy_ok"] as? Double) >= 0.95)
    #expect(try #require(result["dup_rate"] as? Double) <= 0.03)
  }

  /// Documents of the same kind written for the tests, with key facts chosen by hand.
  @Test(
    .enabled(if: ScorerTests.available),
    arguments: [
      "valmora-treaty", "water-fact-sheet", "fisheries-convention", "merrow-treaty", "lighthouse-authority",
      "aquifer-convention", "heating-grant",
      "peace-of-aldmoor",
    ])
  func ownDocumentsScoreWell(name: String) throws {
    let result = try score(
      document: GeneratorFixtures.folder.appendingPathComponent("\(name).txt"),
      gold: GeneratorFixtures.folder.appendingPathComponent("\(name).gold.json"))
    #expect(try #require(result["recall"] as? Double) >= 0.85)
    #expect(try #require(result["proxy_ok"] as? Double) >= 0.95)
    #expect(try #require(result["dup_rate"] as? Double) <= 0.03)
  }
}
