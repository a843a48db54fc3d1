import Foundation
import RecallCore
import Testing

/// `recall export --format tsv` and `recall import` of Anki's "Notes in Plain Text".
@Suite struct AnkiTextTests {
  @Test func exportedNotesTextImportsBackWithTheSameCardsAndIds() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder.file("Decks"), withIntermediateDirectories: true)
    try AnkiExportTests.deckText.write(toFile: folder.file("Decks/capitals.md"), atomically: true, encoding: .utf8)
    let exported = try ChildRecall.run([
      "export", "capitals", "--decks", folder.file("Decks"), "--format", "tsv", "-o", folder.file("capitals.txt"),
    ])
    #expect(exported.status == 0, "\(exported.error)")
    let text = try String(contentsOfFile: folder.file("capitals.txt"), encoding: .utf8)
    #expect(text.hasPrefix("#separator:tab\n#html:false\n#guid column:1\n#notetype column:2\n#deck column:3\n"))
    let imported = try ChildRecall.run([
      "import", folder.file("capitals.txt"), "-o", folder.file("back.md"), "--db", folder.file("recall.sqlite"),
    ])
    #expect(imported.status == 0, "\(imported.error)")
    #expect(!FileManager.default.fileExists(atPath: folder.file("recall.sqlite")), "notes text has no history to store")
    let original = try #require(DeckParser.parse(text: AnkiExportTests.deckText, origin: "capitals.md").deck)
    let back = try #require(
      DeckParser.parse(text: try String(contentsOfFile: folder.file("back.md"), encoding: .utf8), origin: "back.md")
        .deck)
    #expect(back.title == original.title)
    #expect(back.topics == original.topics)
    #expect(back.cards.count == original.cards.count)
    // Q/A cards keep their ids (and so their progress); prompts and answers come back the same.
    #expect(Set(["kz", "kz~r", "fr"]).isSubset(of: Set(back.cards.map(\.id.rawValue))))
    #expect(Set(back.cards.map(\.prompt)).isSuperset(of: original.cards.filter { $0.kind == .qa }.map(\.prompt)))
  }

  @Test func notesTextWithAnUnclosedQuoteIsRefused() throws {
    let folder = try TemporaryFolder()
    try "#separator:tab\n#html:true\nfront\t\"never closed\n".write(
      toFile: folder.file("bad.txt"), atomically: true, encoding: .utf8)
    let result = try ChildRecall.run(["import", folder.file("bad.txt"), "-o", folder.file("bad.md")])
    #expect(result.status == 1)
    #expect(result.error.contains("bad.txt:3: a quoted field never closes"))
    #expect(!FileManager.default.fileExists(atPath: folder.file("bad.md")))
  }

  /// Found by the Anki fuzz harness: two rows alike (one guid) made one id twice, and the import
  /// stopped with "would not read back ... please report this". The second is left out, and said so.
  @Test func notesTextWithTheSameRowTwiceImportsItOnce() throws {
    let folder = try TemporaryFolder()
    try "#separator:tab\n#html:false\nCapital of Kazakhstan?\tAstana\nCapital of Kazakhstan?\tAstana\n".write(
      toFile: folder.file("twice.txt"), atomically: true, encoding: .utf8)
    let result = try ChildRecall.run(["import", folder.file("twice.txt"), "-o", folder.file("twice.md")])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("left out 1 note whose id an earlier note has"), "\(result.output)")
    let deck = try #require(
      DeckParser.parse(text: try String(contentsOfFile: folder.file("twice.md"), encoding: .utf8), origin: "twice.md")
        .deck)
    #expect(deck.cards.map(\.prompt) == ["Capital of Kazakhstan?"])
  }
}
