import Foundation

/// An Anki note type as a package describes it: enough to turn its notes into Recall notes.
public struct AnkiNotetype: Hashable, Sendable {
  /// One card template: its name and the front and back formats (Anki's `{{Field}}` templates).
  public struct Template: Hashable, Sendable {
    /// The template's name (`Card 1`).
    public var name: String
    /// The question format.
    public var front: String
    /// The answer format.
    public var back: String

    /// Creates a template.
    public init(name: String, front: String, back: String) {
      self.name = name
      self.front = front
      self.back = back
    }
  }

  /// The note type's name (`Basic (and reversed card)`).
  public var name: String
  /// Whether it is a cloze note type (one card per cloze number).
  public var isCloze: Bool
  /// The field names in order.
  public var fields: [String]
  /// The card templates in ordinal order.
  public var templates: [Template]

  /// Creates a note type.
  public init(name: String, isCloze: Bool, fields: [String], templates: [Template]) {
    self.name = name
    self.isCloze = isCloze
    self.fields = fields
    self.templates = templates
  }
}

/// An Anki note with its cards, its fields already turned into plain text.
public struct AnkiNote: Hashable, Sendable {
  /// One card of the note: its template ordinal (cloze number - 1 for cloze notes) and deck.
  public struct Card: Hashable, Sendable {
    /// The template ordinal.
    public var ordinal: Int
    /// The full deck name, components separated by `::`.
    public var deck: String

    /// Creates a card.
    public init(ordinal: Int, deck: String) {
      self.ordinal = ordinal
      self.deck = deck
    }
  }

  /// The note's globally unique id, the same in every copy of the package.
  public var guid: String
  /// The field values as plain text, in the note type's field order.
  public var fields: [String]
  /// The note's tags.
  public var tags: [String]
  /// The note's cards.
  public var cards: [Card]

  /// Creates a note.
  public init(guid: String, fields: [String], tags: [String], cards: [Card]) {
    self.guid = guid
    self.fields = fields
    self.tags = tags
    self.cards = cards
  }

  /// The Recall identity of the note's card with template `ordinal`: `anki-` and the guid's bytes
  /// in hex; a reversed card adds `~r`, a cloze card `-cN`, another template `-tN`.
  ///
  /// A guid Recall gave when it exported the note (`recall-ID`) gives the note its Recall id back.
  public static func noteKey(guid: String) -> String {
    if guid.hasPrefix("recall-") {
      let id = guid.dropFirst("recall-".count)
      if !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) {
        return String(id)
      }
    }
    var key = "anki-"
    key.reserveCapacity(5 + 2 * guid.utf8.count)
    let digits = Array("0123456789abcdef".unicodeScalars)
    for byte in guid.utf8 {
      key.unicodeScalars.append(digits[Int(byte >> 4)])
      key.unicodeScalars.append(digits[Int(byte & 0x0F)])
    }
    return key
  }

  /// The guid back from a key made by `noteKey(guid:)`, or nil when `key` is not one.
  public static func guid(fromKey key: String) -> String? {
    guard key.hasPrefix("anki-") else { return nil }
    let hex = Array(key.dropFirst(5).utf8)
    guard !hex.isEmpty, hex.count % 2 == 0 else { return nil }
    var bytes: [UInt8] = []
    var index = 0
    while index < hex.count {
      guard let byte = UInt8(String(decoding: hex[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
      bytes.append(byte)
      index += 2
    }
    return String(bytes: bytes, encoding: .utf8)
  }
}
