import Foundation
import RecallCore
import Testing

/// Every card the generator makes of the development corpus (`eval/corpus/NAME.txt`) passes the
/// checks `recall check --cards` asks of any deck: the generator never writes a card its own
/// checks would warn about.
@Suite struct CorpusCardCheckTests {
  /// The corpus folder.
  static let folder = GeneratorFixtures.repository.appendingPathComponent("eval/corpus")

  /// The names (without `.txt`) of the corpus documents.
  static var documents: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }

  @Test func findsTheCorpus() {
    #expect(Self.documents.count >= 20)
  }

  @Test(arguments: documents)
  func generatedCardsPassTheChecks(name: String) throws {
    let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
    let deck = try GeneratorFixtures.generator().generate(text: text, fallbackTitle: name)
    // Checked as `recall check --cards` reads it: the printed deck parsed back, with its lines.
    let parsed = try #require(DeckParser.parse(text: DeckPrinter.print(deck), origin: "\(name).md").deck)
    let warnings = DeckCardCheck(lexicon: GeneratorFixtures.lexicon).warnings(for: parsed, file: "\(name).md")
    #expect(warnings.isEmpty, "\(warnings.map(\.description))")
  }
}
