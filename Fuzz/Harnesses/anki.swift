import Foundation
import RecallCore
import RecallTerminal

/// The Anki package reader, on what it reads from a package's untrusted bytes (compiled with
/// RecallStore's Anki readers that need no database: `HTMLText`, `AnkiRowText`, `Zstd`,
/// `ProtobufFields`, `AnkiNotesTextReader`). The first byte picks a reader; the rest is split at
/// NUL bytes into its parts:
/// - 0: a note row: fields (HTML, split at U+001F), tags, deck name, a template's front and back;
///   the byte picks the note type (Basic, reversed, Cloze, or one with that template);
/// - 1: a "Notes in Plain Text" file;
/// - 2: a zstd frame (the anki21b collection, the media map), then read as protobuf as `meta` is;
/// - 3: a schema-11 `models` column (JSON note types), and a note row mapped with each of them;
/// - 4: one field's HTML, and the cloze markup of its text.
/// Properties: the plain text of a field holds no control character (but line breaks); the Recall
/// notes hold none, nor line breaks; the decks they make (both layouts) print to text that parses
/// without errors to the same cards, and `show` of them holds no control character.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnkiReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  Fuzz.bounded("anki") {
    let selector = data[0]
    let payload = Fuzz.bytes(data + 1, size - 1)
    let parts = payload.split(separator: 0, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    let layout: AnkiDeckLayout = selector & 0x80 == 0 ? .topics : .files
    switch selector % 5 {
    case 0:
      let notetype = AnkiFuzz.notetype(selector / 5 % 4, parts)
      AnkiFuzz.decks(AnkiFuzz.map(AnkiFuzz.note(parts, notetype: notetype), notetype), layout: layout)
    case 1: AnkiFuzz.notesText(Data(payload), layout: layout)
    case 2: AnkiFuzz.zstd(Data(payload))
    case 3:
      let notetypes = AnkiRowText.notetypes(models: parts.first ?? "")
      let rest = Array(parts.dropFirst())
      var placed: [AnkiNoteMapper.Placed] = []
      for (id, notetype) in notetypes.sorted(by: { $0.key < $1.key }).prefix(8) {
        placed += AnkiFuzz.map(AnkiFuzz.note(rest, notetype: notetype, guid: "\(id)"), notetype)
      }
      AnkiFuzz.decks(placed, layout: layout)
    default: AnkiFuzz.html(parts.joined(separator: "\0"))
    }
  }
  return 0
}

enum AnkiFuzz {
  /// The note type numbered `kind`: Anki's stock Basic, reversed and Cloze, or one whose single
  /// template is the input's fourth and fifth parts.
  static func notetype(_ kind: UInt8, _ parts: [String]) -> AnkiNotetype {
    switch kind {
    case 0: AnkiNotesTextReader.stockNotetype("Basic", fieldCount: 2)
    case 1: AnkiNotesTextReader.stockNotetype("Basic (and reversed card)", fieldCount: 2)
    case 2: AnkiNotesTextReader.stockNotetype("Cloze", fieldCount: 2)
    default:
      AnkiNotetype(
        name: "Custom", isCloze: false, fields: ["Front", "Back", "Extra"],
        templates: [.init(name: "Card 1", front: part(parts, 3), back: part(parts, 4))])
    }
  }

  static func part(_ parts: [String], _ index: Int) -> String {
    parts.indices.contains(index) ? parts[index] : ""
  }

  /// A note row as the importer reads it (fields through `AnkiRowText`), with a card per
  /// template, or per cloze number (the first 64) and one past them, as a package may hold.
  static func note(_ parts: [String], notetype: AnkiNotetype, guid: String? = nil) -> AnkiNote {
    let fields = AnkiRowText.rawFields(part(parts, 0)).map(AnkiRowText.field)
    let ordinals: [Int]
    if notetype.isCloze {
      let numbers = AnkiCloze(parsing: fields.first ?? "").numbers.prefix(64).map { $0 - 1 }
      ordinals = numbers + [(numbers.last ?? 0) + 1]
    } else {
      ordinals = Array(notetype.templates.indices.prefix(8))
    }
    let deck = part(parts, 2)
    return AnkiNote(
      guid: guid ?? fields.first.map { String(StableHash.fnv1a($0), radix: 16) } ?? "fuzz",
      fields: fields, tags: AnkiRowText.tags(part(parts, 1)),
      cards: ordinals.map { AnkiNote.Card(ordinal: $0, deck: AnkiRowText.plain(deck.isEmpty ? "Default" : deck)) })
  }

  static func map(_ note: AnkiNote, _ notetype: AnkiNotetype) -> [AnkiNoteMapper.Placed] {
    AnkiNoteMapper.map(note, of: notetype).notes
  }

  static func notesText(_ data: Data, layout: AnkiDeckLayout) {
    let rows: [AnkiNotesTextReader.Row]
    do {
      rows = try AnkiNotesTextReader.read(path: "fuzz.txt", data: data)
    } catch {
      Fuzz.requirePrintable(Sanitizer.clean(error.description), "the notes text's error")
      return
    }
    decks(rows.prefix(64).flatMap { map($0.note, $0.notetype) }, layout: layout)
  }

  /// Decompresses at most 1 MiB, and reads the bytes (and what came out) as `meta` and the
  /// media map are read.
  static func zstd(_ data: Data) {
    for bytes in [data, try? Zstd.decompress(data, limit: 1 << 20)].compactMap({ $0 }) {
      guard let fields = ProtobufFields(bytes) else { continue }
      _ = fields.varint(1)
      _ = fields.string(1)
      _ = fields.string(2)
      for message in fields.messages(1).prefix(16) { _ = ProtobufFields(message)?.string(1) }
    }
  }

  /// A field's plain text holds no control character but line breaks; its cloze cards do not trap.
  static func html(_ html: String) {
    let text = HTMLText.plainText(html)
    for scalar in text.unicodeScalars where scalar != "\n" && (scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)) {
      Fuzz.require(false, "a field's plain text holds U+\(String(scalar.value, radix: 16)): \(text.debugDescription)")
    }
    let cloze = AnkiCloze(parsing: AnkiRowText.field(html))
    for number in cloze.numbers.prefix(64) { _ = cloze.card(number: number) }
  }

  /// The notes hold no control character nor line break; their decks print to text that reads
  /// back without errors to the same cards; `show` of them holds no control character.
  static func decks(_ placed: [AnkiNoteMapper.Placed], layout: AnkiDeckLayout) {
    for entry in placed { requireOneLine(entry.note) }
    // As the importer does: a note whose id an earlier one has is left out.
    var seen = Set<String>()
    let placed = placed.filter { !AnkiRowText.repeatsAnID($0, seen: &seen) }
    for output in layout.decks(placed, name: nil, fallbackTitle: "fuzz") {
      let printed = DeckPrinter.print(output.deck)
      let parsed = DeckParser.parse(text: printed, origin: output.name + ".md")
      Fuzz.require(!parsed.hasErrors, "the imported deck has errors: \(parsed.diagnostics)\n\(printed)")
      let cards = output.deck.cards
      let expected = cards.filter { $0.topic == nil } + cards.filter { $0.topic != nil }
      Fuzz.requireSameCards(expected, parsed.deck?.cards ?? [], "the imported deck reads back otherwise")
      Fuzz.requirePrintable(DeckReport.show(output.deck, topic: nil), "show of the imported deck")
    }
  }

  static func requireOneLine(_ note: Note) {
    var texts = note.tags + note.alternatives + [note.topic ?? ""]
    switch note.content {
    case .qa(let question, let answer, _): texts += [question, answer]
    case .cloze(let cloze): texts += [cloze.fullText] + cloze.answers
    case .list(let prompt, let items, _): texts += [prompt] + items
    case .mcq(let prompt, let options, _): texts += [prompt] + options
    }
    // No control character at all (no line break or tab either); format characters such as
    // bidirectional overrides may stay in deck text, `Sanitizer` removes them where it is shown.
    for text in texts {
      for scalar in text.unicodeScalars where scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
        Fuzz.require(false, "an imported note holds U+\(String(scalar.value, radix: 16)): \(text.debugDescription)")
      }
    }
  }
}
