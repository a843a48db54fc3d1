import Foundation
import RecallCore

/// The text of an Anki collection's rows as the importer reads it, kept apart from the database so
/// that the fuzz harness (`Fuzz/Harnesses/anki.swift`) reaches the same code with untrusted bytes.
enum AnkiRowText {
  /// The raw fields of a note's `flds` column, separated by U+001F, still HTML.
  static func rawFields(_ flds: String) -> [String] {
    flds.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
  }

  /// A field's HTML as plain text on one line: its lines joined with ` / `.
  static func field(_ html: String) -> String {
    let text = HTMLText.plainText(html)
    return text.utf8.contains(UInt8(ascii: "\n")) ? text.replacingOccurrences(of: "\n", with: " / ") : text
  }

  /// The tags of a note's `tags` column, separated by spaces (or tabs, line breaks), without
  /// control characters; a comma separates tags too, as it does on a deck file's `Tags:` line.
  static func tags(_ tags: String) -> [String] {
    plain(tags).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
  }

  /// A deck name or another text that is not HTML, on one line: escape sequences and control
  /// characters removed (tabs and line breaks become spaces), as `HTMLText` does for fields.
  static func plain(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) else { return text }
    var cleaned = ""
    for scalar in HTMLText.withoutEscapeSequences(text).unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: cleaned.unicodeScalars.append(" ")
      case 0x00..<0x20, 0x7F..<0xA0: continue
      default: cleaned.unicodeScalars.append(scalar)
      }
    }
    return cleaned
  }

  /// The note types of a schema-11 collection's `models` column (JSON: id to model), by id;
  /// empty when it is not such JSON, and a model without a readable id is left out.
  static func notetypes(models text: String) -> [Int64: AnkiNotetype] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [:] }
    var result: [Int64: AnkiNotetype] = [:]
    for (key, value) in object {
      guard let id = Int64(key), let model = value as? [String: Any] else { continue }
      let fields = (model["flds"] as? [[String: Any]] ?? []).sorted { ordinal($0) < ordinal($1) }
      let templates = (model["tmpls"] as? [[String: Any]] ?? []).sorted { ordinal($0) < ordinal($1) }
      result[id] = AnkiNotetype(
        name: model["name"] as? String ?? "",
        isCloze: (model["type"] as? Int) == 1,
        fields: fields.map { $0["name"] as? String ?? "" },
        templates: templates.map {
          AnkiNotetype.Template(
            name: $0["name"] as? String ?? "", front: $0["qfmt"] as? String ?? "", back: $0["afmt"] as? String ?? "")
        })
    }
    return result
  }

  /// Whether a card of `entry` has an id an earlier note took (two notes with one guid, a notes
  /// text with a row twice): the deck would not read back, so such a note is left out. Otherwise
  /// its ids join `seen`.
  static func repeatsAnID(_ entry: AnkiNoteMapper.Placed, seen: inout Set<String>) -> Bool {
    let ids = entry.note.cards.map(\.id.rawValue)
    guard ids.allSatisfy({ !seen.contains($0) }), Set(ids).count == ids.count else { return true }
    seen.formUnion(ids)
    return false
  }

  private static func ordinal(_ object: [String: Any]) -> Int { object["ord"] as? Int ?? 0 }
}
