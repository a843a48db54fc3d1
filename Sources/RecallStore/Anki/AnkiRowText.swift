import Foundation
import RecallCore

/// The text of an Anki collection's rows as the importer reads it, kept apart from the database so
/// that the fuzz harness (`Fuzz/Harnesses/anki.swift`) reaches the same code with untrusted bytes.
enum AnkiRowText {
  /// The raw fields of a note's `flds` column, separated by U+001F, still HTML.
  static func rawFields(_ flds: String) -> [String] {
    flds.components(separatedBy: "\u{1f}")
  }

  /// A field's HTML as plain text on one line: its lines joined with ` / `.
  static func field(_ html: String) -> String {
    HTMLText.plainText(html).replacingOccurrences(of: "\n", with: " / ")
  }

  /// The tags of a note's `tags` column, separated by spaces.
  static func tags(_ tags: String) -> [String] {
    tags.split(separator: " ").map(String.init).filter { !$0.isEmpty }
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

  private static func ordinal(_ object: [String: Any]) -> Int { object["ord"] as? Int ?? 0 }
}
