import Foundation
import Testing

@testable import RecallStore

/// The parts of an Anki note that are not HTML fields: tags and deck names.
@Suite struct AnkiRowTextTests {
  /// Found by the Anki fuzz harness: tags and deck names kept their escape sequences and control
  /// characters (fields lose theirs in `HTMLText`), so the deck file written held raw ESC bytes.
  @Test func tagsLoseControlCharactersAndEscapeSequences() {
    #expect(AnkiRowText.tags("geo\u{1B}[31m  capitals\tasia\u{7}") == ["geo", "capitals", "asia"])
    #expect(AnkiRowText.tags("plain tags") == ["plain", "tags"])
  }

  /// Found by the Anki fuzz harness: a tag with a comma was written as it was, and a deck file's
  /// `Tags:` line, separated by commas, read it back as two.
  @Test func aCommaSeparatesTagsAsInADeckFile() {
    #expect(AnkiRowText.tags("german::vocabulary,nouns animals") == ["german::vocabulary", "nouns", "animals"])
  }

  @Test func deckNamesAndTagsOfANotesTextLoseControlCharacters() throws {
    let text =
      "#separator:tab\n#deck column:3\n#tags column:4\n" + "q\ta\tGeo\u{1B}]52;c;aGk=\u{7}::Asia\u{1B}[0m\tt\u{1B}x\n"
    let rows = try AnkiNotesTextReader.read(path: "x.txt", data: Data(text.utf8))
    let note = try #require(rows.first?.note)
    #expect(note.cards.map(\.deck) == ["Geo::Asia"])
    #expect(note.tags == ["t"])
  }
}
