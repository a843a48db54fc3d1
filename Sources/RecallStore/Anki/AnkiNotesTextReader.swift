import Foundation
import RecallCore

/// Reads Anki's "Notes in Plain Text" export (`.txt`): the `#key:value` header lines
/// (`#separator`, `#html`, `#notetype column`, `#deck column`, `#tags column`, `#guid column`,
/// `#notetype`, `#deck`, `#tags`) and the rows, quoted as CSV when a field holds the separator,
/// a quote or a line break.
enum AnkiNotesTextReader {
  /// A note read from the text, with the note type it names.
  struct Row {
    var note: AnkiNote
    var notetype: AnkiNotetype
  }

  /// Whether `data` starts like such a file (a `#separator:` or `#html:` header).
  static func looksLikeNotesText(_ data: Data) -> Bool {
    let head = String(decoding: data.prefix(64), as: UTF8.self).lowercased()
    return head.hasPrefix("#separator:") || head.hasPrefix("#html:") || head.hasPrefix("#notetype")
      || head.hasPrefix("#deck") || head.hasPrefix("#guid") || head.hasPrefix("#tags")
  }

  /// The rows of the file at `path`.
  static func read(path: String, data: Data) throws(AnkiPackageError) -> [Row] {
    guard let text = String(data: data, encoding: .utf8) else {
      throw .badText(path: path, line: 1, detail: "the file is not UTF-8 text")
    }
    var separator: Character = "\t"
    var html = true
    var columns: [String: Int] = [:]
    var fixed: [String: String] = [:]
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
    var lineNumber = 0
    while let line = lines.first, line.hasPrefix("#") {
      lines = lines.dropFirst()
      lineNumber += 1
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[line.index(after: line.startIndex)..<colon].lowercased()
      let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespacesAndNewlines)
      switch key {
      case "separator":
        switch value.lowercased() {
        case "tab": separator = "\t"
        case "comma": separator = ","
        case "semicolon": separator = ";"
        case "space": separator = " "
        case "pipe": separator = "|"
        case "colon": separator = ":"
        default:
          guard value.count == 1, let character = value.first else {
            throw .badText(path: path, line: lineNumber, detail: "unknown separator '\(value)'")
          }
          separator = character
        }
      case "html": html = value.lowercased() == "true"
      case "notetype column", "deck column", "tags column", "guid column":
        guard let number = Int(value), number >= 1 else {
          throw .badText(path: path, line: lineNumber, detail: "'\(key)' needs a column number, got '\(value)'")
        }
        columns[String(key.dropLast(" column".count))] = number - 1
      case "notetype", "deck", "tags": fixed[key] = value
      default: continue
      }
    }
    let records = try records(
      lines.joined(separator: "\n"), separator: separator, path: path, firstLine: lineNumber + 1)
    return records.compactMap { record -> Row? in
      let special = Set(columns.values)
      func column(_ name: String) -> String? {
        columns[name].flatMap { record.indices.contains($0) ? record[$0] : nil }
      }
      let fields = record.indices.filter { !special.contains($0) }.map { index in
        html ? HTMLText.plainText(record[index]) : HTMLText.plainText(escapeMarkup(record[index]))
      }.map { $0.replacingOccurrences(of: "\n", with: " / ") }
      guard fields.contains(where: { !$0.isEmpty }) else { return nil }
      let notetype = stockNotetype(column("notetype") ?? fixed["notetype"] ?? "Basic", fieldCount: fields.count)
      let deck = AnkiRowText.plain(column("deck") ?? fixed["deck"] ?? "Default")
      let tags = AnkiRowText.tags(column("tags") ?? fixed["tags"] ?? "")
      let guid = column("guid") ?? "text-" + String(StableHash.fnv1a(fields.joined(separator: "\u{1f}")), radix: 16)
      let ordinals: [Int]
      if notetype.isCloze {
        ordinals = AnkiCloze(parsing: fields.first ?? "").numbers.map { $0 - 1 }
      } else if notetype.templates.count == 2 {
        let optional = notetype.fields.count > 2
        ordinals = optional && (fields.count < 3 || fields[2].isEmpty) ? [0] : [0, 1]
      } else {
        ordinals = [0]
      }
      let note = AnkiNote(
        guid: guid, fields: fields, tags: tags, cards: ordinals.map { AnkiNote.Card(ordinal: $0, deck: deck) })
      return Row(note: note, notetype: notetype)
    }
  }

  /// With `#html:false`, a `<` or `&` is text, not markup.
  private static func escapeMarkup(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
  }

  /// Anki's stock note types by name; any other is read as Basic with its first two fields.
  static func stockNotetype(_ name: String, fieldCount: Int) -> AnkiNotetype {
    let answer = "{{FrontSide}}<hr id=answer>"
    switch name {
    case "Cloze":
      return AnkiNotetype(name: name, isCloze: true, fields: ["Text", "Back Extra"], templates: [])
    case "Basic (and reversed card)":
      return AnkiNotetype(
        name: name, isCloze: false, fields: ["Front", "Back"],
        templates: [
          .init(name: "Card 1", front: "{{Front}}", back: answer + "{{Back}}"),
          .init(name: "Card 2", front: "{{Back}}", back: answer + "{{Front}}"),
        ])
    case "Basic (optional reversed card)":
      return AnkiNotetype(
        name: name, isCloze: false, fields: ["Front", "Back", "Add Reverse"],
        templates: [
          .init(name: "Card 1", front: "{{Front}}", back: answer + "{{Back}}"),
          .init(name: "Card 2", front: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", back: answer + "{{Front}}"),
        ])
    default:
      return AnkiNotetype(
        name: name, isCloze: false, fields: ["Front", "Back"],
        templates: [.init(name: "Card 1", front: "{{Front}}", back: answer + "{{Back}}")])
    }
  }

  /// The records of `text`: fields split at `separator`, double-quoted fields may hold it, quotes
  /// (doubled) and line breaks.
  private static func records(_ text: String, separator: Character, path: String, firstLine: Int)
    throws(AnkiPackageError) -> [[String]]
  {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var atFieldStart = true
    var line = firstLine
    var quoteLine = line
    var characters = text[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters = characters.dropFirst()
          } else {
            quoted = false
          }
        } else {
          if character == "\n" { line += 1 }
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"" where atFieldStart:
        quoted = true
        quoteLine = line
        atFieldStart = false
      case separator:
        record.append(field)
        field = ""
        atFieldStart = true
      case "\n", "\r\n":
        record.append(field)
        if record.contains(where: { !$0.isEmpty }) { records.append(record) }
        record = []
        field = ""
        atFieldStart = true
        line += 1
      default:
        field.append(character)
        atFieldStart = false
      }
    }
    if quoted { throw .badText(path: path, line: quoteLine, detail: "a quoted field never closes") }
    record.append(field)
    if record.contains(where: { !$0.isEmpty }) { records.append(record) }
    return records
  }
}
