import Foundation
import RecallCore
import RecallLexicon

/// Paths of the generator's test documents and of the repository, found from this file's place.
enum GeneratorFixtures {
  /// `Tests/RecallCoreTests/Fixtures/Generator`.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Generator")

  /// The repository's root folder.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The names (without `.txt`) of the test documents that have a golden deck next to them.
  static var documents: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }

  /// WordNet, as `recall generate` uses it; nil when it is not installed.
  static let lexicon = WordNetLexicon()

  /// The generator as `recall generate` runs it: with WordNet when it is installed.
  static func generator(options: DeckGenerator.Options = .init()) -> DeckGenerator {
    DeckGenerator(options: options, lexicon: lexicon)
  }

  /// The text of a file in the fixtures folder.
  static func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }
}
