import Foundation
import RecallCore
import RecallStore
import Testing

/// `recall import` of packages that Anki's own backend wrote, in every layout.
@Suite("recall import of Anki packages", .enabled(if: AnkiFixture.available, Comment(rawValue: AnkiFixture.needs)))
struct AnkiImportTests {
  static let layouts = ["current.apkg", "legacy.apkg", "oldest.apkg", "current.colpkg"]

  func importPackage(_ name: String, into folder: TemporaryFolder, extra: [String] = []) throws -> ChildRecall.Result {
    let package = try #require(AnkiFixture.folder) + "/" + name
    return try ChildRecall.run(
      ["import", package, "-o", folder.file("spanish.md"), "--db", folder.file("recall.sqlite")] + extra)
  }

  @Test(arguments: layouts)
  func importGivesAnkisCardsReviewsAndMemoryStates(layout: String) throws {
    let folder = try TemporaryFolder()
    let result = try importPackage(layout, into: folder)
    #expect(result.status == 0, "\(result.error)")
    let expected = try AnkiFixture.expected()
    let deckText = try String(contentsOfFile: folder.file("spanish.md"), encoding: .utf8)
    let parsed = DeckParser.parse(text: deckText, origin: folder.file("spanish.md"))
    #expect(!parsed.hasErrors)
    let deck = try #require(parsed.deck)
    #expect(Set(deck.cards.map(\.id.rawValue)) == Set(expected.map(\.recallID)))
    #expect(deck.title == "Spanish")
    #expect(deck.topics == ["Grammar", "Nouns", "Verbs"])

    let store = SQLiteReviewStore(database: try RecallDatabase.open(path: folder.file("recall.sqlite")))
    let progress = try store.progress(deck: "spanish")
    let log = try store.reviewLog(deck: "spanish")
    #expect(log.count == expected.reduce(0) { $0 + $1.reviews })
    for card in expected {
      let id = CardID(card.recallID)
      #expect(log.filter { $0.card == id }.count == card.reviews, "\(card.recallID)")
      guard let stability = card.stability, let difficulty = card.difficulty else {
        #expect(progress[id]?.memory == nil, "a card Anki never reviewed stays new")
        continue
      }
      let memory = try #require(progress[id]?.memory, "\(card.recallID) has no state")
      #expect(abs((memory.stability ?? 0) - stability) / stability < 0.01, "\(card.recallID) stability")
      #expect(abs((memory.difficulty ?? 0) - difficulty) / difficulty < 0.01, "\(card.recallID) difficulty")
      #expect(progress[id]?.suspended == (card.queue == -1))
      #expect((progress[id]?.buriedUntil != nil) == (card.queue == -2 || card.queue == -3))
    }
  }

  @Test func fieldsBecomePlainTextWithTagsHintsAndPlaceholders() throws {
    let folder = try TemporaryFolder()
    let result = try importPackage("current.apkg", into: folder)
    #expect(result.status == 0)
    let text = try String(contentsOfFile: folder.file("spanish.md"), encoding: .utf8)
    #expect(text.contains("Q: the café & tea / (two words)\nA: el café y el té / el té / uno / dos\nTags: html\n"))
    #expect(text.contains("Q: the dog [image: perro.jpg]\nA: el perro [sound: perro.mp3]\n"))
    #expect(text.contains("C: Ser is for essence, estar for [states|what].\n"))
    #expect(text.contains("L: ____ (verb) is for essence, ____ for states.\n1. Ser\n2. estar\n"))
    #expect(text.contains("C: [Madrid is the capital of Spain].\n"))
    #expect(text.contains("Q: to eat\nA: comer\nReverse: yes\n"))
    #expect(text.contains("Tags: core, verbs\n"))
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
    #expect(result.output.contains("2 media files not copied"))
  }

  @Test func aSecondImportChangesNothing() throws {
    let folder = try TemporaryFolder()
    #expect(try importPackage("current.apkg", into: folder).status == 0)
    let deck = try Data(contentsOf: URL(fileURLWithPath: folder.file("spanish.md")))
    let store = SQLiteReviewStore(database: try RecallDatabase.open(path: folder.file("recall.sqlite")))
    let log = try store.reviewLog(deck: "spanish")
    let progress = try store.progress(deck: "spanish")
    let again = try importPackage("legacy.apkg", into: folder)
    #expect(again.status == 0)
    #expect(again.output.contains("reviews: 0 added, \(log.count) already imported"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("spanish.md"))) == deck)
    #expect(try store.reviewLog(deck: "spanish") == log)
    #expect(try store.progress(deck: "spanish") == progress)
  }

  @Test func subdecksAsFiles() throws {
    let folder = try TemporaryFolder()
    let package = try #require(AnkiFixture.folder) + "/current.apkg"
    let result = try ChildRecall.run(
      ["import", package, "--subdecks", "files", "-o", folder.path, "--db", folder.file("recall.sqlite")])
    #expect(result.status == 0, "\(result.error)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
    #expect(names == ["spanish-grammar.md", "spanish-nouns.md", "spanish-verbs.md", "spanish.md"])
    let store = SQLiteReviewStore(database: try RecallDatabase.open(path: folder.file("recall.sqlite")))
    #expect(try store.knownDecks() == ["spanish", "spanish-grammar", "spanish-nouns", "spanish-verbs"])
  }

  static let refused: [(String, String)] = [
    ("not-a-zip.apkg", "is not an Anki package (not a zip archive)"),
    ("no-collection.apkg", "holds no Anki collection (found: media, readme.txt)"),
    ("truncated.apkg", "is truncated or damaged"),
    ("corrupt.apkg", "is damaged (file is not a database)"),
    ("bad-zstd.apkg", "is truncated or damaged (collection.anki21b: zstd:"),
    ("unknown-schema.apkg", "has schema version 99, which Recall does not know"),
    ("bomb.apkg", "unpacks to more than 1 MiB, the most Recall unpacks; it may be a zip bomb"),
  ]

  @Test(arguments: refused)
  func badPackagesAreRefusedAndNothingIsWritten(name: String, message: String) throws {
    let folder = try TemporaryFolder()
    let result = try importPackage(name, into: folder, extra: ["--unpack-limit", "1048576"])
    #expect(result.status == 1)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func aFailedImportLeavesAnEarlierOneAsItWas() throws {
    let folder = try TemporaryFolder()
    #expect(try importPackage("current.apkg", into: folder).status == 0)
    let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let deck = try Data(contentsOf: URL(fileURLWithPath: folder.file("spanish.md")))
    #expect(try importPackage("corrupt.apkg", into: folder).status == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("spanish.md"))) == deck)
  }
}
