import Foundation
import RecallCore

/// Imports an Anki package: writes its notes as deck files and its review history into the
/// progress database, all or nothing.
///
/// The deck files are written to temporary files beside their destinations first, the history in
/// one transaction, and only after it commits are the files renamed into place; a failure at any
/// step removes the temporary files and rolls the transaction back, so `Decks/` and the database
/// are left as they were.
public enum AnkiImporter {
  /// How to import.
  public struct Options: Sendable {
    /// Subdecks as topics of one deck, or one deck file per Anki deck.
    public var layout: AnkiDeckLayout = .topics
    /// The Recall deck's name (its file name without `.md`); nil takes the top Anki deck's name.
    public var deckName: String?
    /// The deck file (topic layout) or folder (file layout); nil writes into `decksFolder`.
    public var output: String?
    /// The deck folder used without `output`.
    public var decksFolder: String = "Decks"
    /// The current time (for buried cards, hidden until the next study day).
    public var now: Timestamp
    /// The local offset from UTC, in seconds, which places the collection's study days.
    public var utcOffsetSeconds: Int = 0
    /// The most bytes unpacked from the package.
    public var limit: Int64 = AnkiPackage.defaultLimit

    /// Creates options.
    public init(now: Timestamp) {
      self.now = now
    }
  }

  /// What an import did.
  public struct Summary: Sendable {
    /// The decks written: name, file and number of cards.
    public var decks: [(name: String, path: String, cards: Int)] = []
    /// The layout of the package read.
    public var layout: String = ""
    /// Notes read from the package.
    public var notes = 0
    /// Cards left out, by reason.
    public var skipped: [AnkiNoteMapper.SkipReason: Int] = [:]
    /// Notes left out because an earlier note has their id (the same guid, or the same row twice).
    public var duplicates = 0
    /// Fields whose control characters or escape sequences were removed.
    public var controlFields = 0
    /// Media files in the package (not copied).
    public var media = 0
    /// What the database got.
    public var counts = ImportCounts()
    /// Cards suspended and buried.
    public var suspended = 0
    /// Cards buried until the next study day.
    public var buried = 0
  }

  /// Imports the package at `path` into deck files and the store `openStore` opens; the store is
  /// opened only once the package has been read and the deck files planned, so a package refused
  /// never creates a database.
  public static func run(path: String, options: Options, openStore: () throws -> SQLiteReviewStore) throws -> Summary {
    let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 64)) ?? nil
    if let head, AnkiNotesTextReader.looksLikeNotesText(head) {
      return try runText(path: path, options: options)
    }
    let package = try AnkiPackage.open(path: path, limit: options.limit)
    var summary = Summary()
    summary.layout = package.layout.rawValue
    summary.media = package.mediaCount
    let deckNames = try package.decks()
    let plans = try package.notetypes().mapValues(AnkiNoteMapper.Plan.init)
    let cards = try package.cards()
    var cardsByNote: [Int64: [AnkiCardRow]] = [:]
    for card in cards { cardsByNote[card.note, default: []].append(card) }
    var placed: [AnkiNoteMapper.Placed] = []
    // Which Anki card became which Recall card, to route its history.
    var cardOf: [Int64: (placedIndex: Int, position: Int)] = [:]
    var seen = Set<String>()
    for row in try package.notes() {
      summary.notes += 1
      let noteCards = cardsByNote[row.id] ?? []
      guard let plan = plans[row.notetype] else {
        summary.skipped[.unknownTemplate, default: 0] += max(noteCards.count, 1)
        continue
      }
      let fields = AnkiRowText.rawFields(row.fields).map { html -> String in
        if HTMLText.hasControlCharacters(html) { summary.controlFields += 1 }
        return AnkiRowText.field(html)
      }
      let tags = AnkiRowText.tags(row.tags)
      let placedCards = noteCards.map { card in
        AnkiNote.Card(ordinal: card.ordinal, deck: AnkiRowText.plain(deckNames[card.deck] ?? "Default"))
      }
      let note = AnkiNote(
        guid: row.guid.isEmpty ? String(row.id) : row.guid, fields: fields, tags: tags, cards: placedCards)
      let mapped = AnkiNoteMapper.map(note, plan: plan)
      for reason in mapped.skipped { summary.skipped[reason, default: 0] += 1 }
      for entry in mapped.notes {
        if AnkiRowText.repeatsAnID(entry, seen: &seen) {
          summary.duplicates += 1
          continue
        }
        for (position, ordinal) in entry.ordinals.enumerated() {
          if let card = noteCards.first(where: { $0.ordinal == ordinal }) {
            cardOf[card.id] = (placed.count, position)
          }
        }
        placed.append(entry)
      }
    }
    let fallback = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let outputs = options.layout.decks(placed, name: options.deckName, fallbackTitle: fallback)
    // Where each placed note went: its Recall deck and card ids.
    let single = options.layout == .topics ? outputs.first?.name : nil
    var destination: [(deck: String, ids: [CardID])] = []
    destination.reserveCapacity(placed.count)
    for entry in placed {
      let deck = single ?? AnkiDeckLayout.fileName(AnkiDeckLayout.components(entry.deck).joined(separator: "::"))
      destination.append((deck, entry.note.cards.map(\.id)))
    }
    let files = try DeckFileWriter(outputs: outputs, output: options.output, folder: options.decksFolder)
    summary.decks = zip(outputs, files.paths).map { ($0.name, $1, $0.deck.cards.count) }
    let calendar = StudyCalendar(utcOffsetSeconds: options.utcOffsetSeconds, rolloverHour: try package.rolloverHour())
    let history = AnkiHistory(calendar: calendar)
    let buriedUntil = calendar.start(ofDay: calendar.day(of: options.now) + 1)
    let store = try openStore()
    do {
      try files.writeTemporaries()
      var suspended = 0
      var buried = 0
      // Each imported Anki card's slot: its Recall deck and card, and its history so far (the
      // log is read once, in time order), so a review costs one lookup.
      var slots: [Int64: Int] = [:]
      slots.reserveCapacity(cardOf.count)
      var targets: [(deck: String, id: CardID)] = []
      targets.reserveCapacity(cardOf.count)
      for card in cards {
        guard let place = cardOf[card.id], destination.indices.contains(place.placedIndex) else { continue }
        let routed = destination[place.placedIndex]
        guard routed.ids.indices.contains(place.position) else { continue }
        slots[card.id] = targets.count
        targets.append((routed.deck, routed.ids[place.position]))
      }
      var states = Array(repeating: AnkiHistory.CardState(), count: targets.count)
      summary.counts = try store.importHistory(
        decks: Set(destination.map(\.deck)), expectedReviews: try package.reviewCount(),
        reviews: { add in
          try package.forEachReview { card, review in
            guard let slot = slots[card],
              let record = history.record(
                review, after: &states[slot], deck: targets[slot].deck, card: targets[slot].id)
            else { return }
            try add(record)
          }
        },
        cards: {
          cards.compactMap { card -> ImportedCard? in
            guard let slot = slots[card.id] else { return nil }
            let (deck, id) = targets[slot]
            if card.queue == -1 { suspended += 1 }
            if card.queue == -2 || card.queue == -3 { buried += 1 }
            let state = states[slot]
            return ImportedCard(
              deck: deck, card: id, state: state.last, reviews: state.reviews, lapses: state.lapses,
              suspended: card.queue == -1, buriedUntil: card.queue == -2 || card.queue == -3 ? buriedUntil : nil)
          }
        })
      summary.suspended = suspended
      summary.buried = buried
      try files.commit()
    } catch {
      files.discard()
      throw error
    }
    return summary
  }

  /// Imports Anki's "Notes in Plain Text": notes only, so the database is not touched.
  static func runText(path: String, options: Options) throws -> Summary {
    guard let data = FileManager.default.contents(atPath: path) else { throw AnkiPackageError.unreadable(path: path) }
    var summary = Summary()
    summary.layout = "notes in plain text"
    var placed: [AnkiNoteMapper.Placed] = []
    var seen = Set<String>()
    for row in try AnkiNotesTextReader.read(path: path, data: data) {
      summary.notes += 1
      let mapped = AnkiNoteMapper.map(row.note, of: row.notetype)
      for reason in mapped.skipped { summary.skipped[reason, default: 0] += 1 }
      for entry in mapped.notes {
        if AnkiRowText.repeatsAnID(entry, seen: &seen) {
          summary.duplicates += 1
        } else {
          placed.append(entry)
        }
      }
    }
    let fallback = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let outputs = options.layout.decks(placed, name: options.deckName, fallbackTitle: fallback)
    let files = try DeckFileWriter(outputs: outputs, output: options.output, folder: options.decksFolder)
    summary.decks = zip(outputs, files.paths).map { ($0.name, $1, $0.deck.cards.count) }
    do {
      try files.writeTemporaries()
      try files.commit()
    } catch {
      files.discard()
      throw error
    }
    return summary
  }
}
