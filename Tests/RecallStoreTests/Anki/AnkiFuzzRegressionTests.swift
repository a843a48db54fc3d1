import Foundation
import RecallCore
import Testing

@testable import RecallStore

/// The Anki fuzz harness's inputs that broke a property (`Fuzz/Harnesses/anki.swift`), kept in
/// RecallCoreTests' `Fixtures/FuzzRegressions/anki/` with the other harnesses' and checked here,
/// where the readers are: a notes text (first byte 1) or a note row of a stock note type (first
/// byte 0 modulo 5) imports to decks that read back without errors to the same cards, with no
/// control character in their notes.
@Suite struct AnkiFuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("RecallCoreTests/Fixtures/FuzzRegressions/anki")

  static func inputs() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func thereAreRegressionInputs() {
    #expect(!Self.inputs().isEmpty)
  }

  @Test(arguments: inputs())
  func notesTextImportsToDecksThatReadBack(name: String) throws {
    let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
    guard bytes.first.map({ $0 % 5 }) == 1 else { return }
    let rows = try AnkiNotesTextReader.read(path: name, data: bytes.dropFirst())
    var seen = Set<String>()
    let placed = rows.flatMap { AnkiNoteMapper.map($0.note, of: $0.notetype).notes }
      .filter { !AnkiRowText.repeatsAnID($0, seen: &seen) }
    Self.expectDecksReadBack(placed)
  }

  /// As the harness reads a note row: parts split at NUL (fields, tags, deck), the note type picked
  /// by the first byte (Basic, reversed or Cloze), a card per template or per cloze number.
  @Test(arguments: inputs())
  func noteRowImportsToDecksThatReadBack(name: String) throws {
    let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
    guard let selector = bytes.first, selector % 5 == 0, selector / 5 % 4 < 3 else { return }
    let parts = bytes.dropFirst().split(separator: 0, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    let names = ["Basic", "Basic (and reversed card)", "Cloze"]
    let notetype = AnkiNotesTextReader.stockNotetype(names[Int(selector / 5 % 4)], fieldCount: 2)
    let fields = AnkiRowText.rawFields(parts.first ?? "").map(AnkiRowText.field)
    let ordinals =
      notetype.isCloze
      ? AnkiCloze(parsing: fields.first ?? "").numbers.map { $0 - 1 } : Array(notetype.templates.indices)
    let deck = parts.count > 2 && !parts[2].isEmpty ? parts[2] : "Default"
    let note = AnkiNote(
      guid: "regression", fields: fields, tags: AnkiRowText.tags(parts.count > 1 ? parts[1] : ""),
      cards: ordinals.map { AnkiNote.Card(ordinal: $0, deck: AnkiRowText.plain(deck)) })
    Self.expectDecksReadBack(AnkiNoteMapper.map(note, of: notetype).notes)
  }

  static func expectDecksReadBack(_ placed: [AnkiNoteMapper.Placed]) {
    for layout in AnkiDeckLayout.allCases {
      for output in layout.decks(placed, name: nil, fallbackTitle: "fuzz") {
        let text = DeckPrinter.print(output.deck)
        let parsed = DeckParser.parse(text: text, origin: "fuzz.md")
        #expect(!parsed.hasErrors, "\(parsed.diagnostics)")
        #expect(parsed.deck?.cards.count == output.deck.cards.count)
        let expected = output.deck.cards.filter { $0.topic == nil } + output.deck.cards.filter { $0.topic != nil }
        #expect(parsed.deck?.cards.map(\.id) == expected.map(\.id))
        #expect(parsed.deck?.cards.map(\.prompt) == expected.map(\.prompt), "\(text)")
        #expect(parsed.deck?.cards.map { "\($0.answer)" } == expected.map { "\($0.answer)" })
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(text.debugDescription)")
      }
    }
  }
}
