import Foundation
import RecallCore
import Testing

@testable import RecallStore

/// The Anki fuzz harness's inputs that broke a property (`Fuzz/Harnesses/anki.swift`), kept in
/// RecallCoreTests' `Fixtures/FuzzRegressions/anki/` with the other harnesses' and checked here,
/// where the readers are: a notes text (first byte 1) imports to decks that read back without
/// errors, with no control character in their notes.
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
    for layout in AnkiDeckLayout.allCases {
      for output in layout.decks(placed, name: nil, fallbackTitle: "fuzz") {
        let text = DeckPrinter.print(output.deck)
        let parsed = DeckParser.parse(text: text, origin: "fuzz.md")
        #expect(!parsed.hasErrors, "\(parsed.diagnostics)")
        #expect(parsed.deck?.cards.count == output.deck.cards.count)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(text.debugDescription)")
      }
    }
  }
}
