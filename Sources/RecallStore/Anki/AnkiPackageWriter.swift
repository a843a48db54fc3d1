import Foundation
import GRDB
import RecallCore
import ZIPFoundation

/// Writes a deck as an Anki package (`.apkg`) that Anki imports: a schema 11 `collection.anki2`
/// (the layout every Anki version reads) with the deck and its topics as subdecks, Q/A notes as
/// Basic or "Basic (and reversed card)", cloze notes as Cloze, lists and multiple choice as Basic,
/// each card's schedule, and with `history` the review log as revlog rows.
public enum AnkiPackageWriter {
  /// What was written.
  public struct Counts: Hashable, Sendable {
    /// Notes written.
    public var notes = 0
    /// Cards written.
    public var cards = 0
    /// Review log rows written.
    public var reviews = 0
  }

  /// Writes `deck` with `progress` (and `reviews` when not nil) to `path`, atomically.
  public static func write(
    _ deck: Deck, progress: [CardID: CardProgress], reviews: [ReviewRecord]?, to path: String, now: Timestamp
  ) throws -> Counts {
    let files = FileManager.default
    let folder = files.temporaryDirectory.appendingPathComponent("recall-export-\(UUID().uuidString)")
    try files.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? files.removeItem(at: folder) }
    let collection = folder.appendingPathComponent("collection.anki2")
    let queue = try DatabaseQueue(path: collection.path)
    var counts = Counts()
    try queue.write { db in
      try db.execute(sql: AnkiSchema11.tables)
      let crt = now.milliseconds / 1000 - 86_400 * 365 * 5
      try db.execute(
        sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
        arguments: [
          crt, now.milliseconds, now.milliseconds, AnkiSchema11.conf, AnkiSchema11.models,
          AnkiSchema11.decks(names: deckNames(deck), now: now), AnkiSchema11.dconf,
        ])
      counts = try insertNotes(deck, progress: progress, reviews: reviews, db: db, crt: crt, now: now)
    }
    try queue.close()
    let media = folder.appendingPathComponent("media")
    try Data("{}".utf8).write(to: media)
    let zip = folder.appendingPathComponent("package.apkg")
    let archive = try Archive(url: zip, accessMode: .create)
    try archive.addEntry(with: "collection.anki2", fileURL: collection, compressionMethod: .deflate)
    try archive.addEntry(with: "media", fileURL: media, compressionMethod: .deflate)
    let target = URL(fileURLWithPath: path)
    let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).recall.tmp")
    try? files.removeItem(at: temporary)
    try files.copyItem(at: zip, to: temporary)
    guard rename(temporary.path, target.path) == 0 else {
      try? files.removeItem(at: temporary)
      throw DeckFileError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    return counts
  }

  /// The Anki deck of each note: the title, then its topic as a subdeck.
  static func deckName(_ deck: Deck, _ note: Note) -> String {
    ([deck.title] + (note.topic.map { AnkiDeckLayout.components($0) } ?? [])).map {
      $0.replacingOccurrences(of: "::", with: ":")
    }.joined(separator: "::")
  }

  static func deckNames(_ deck: Deck) -> [String] {
    var names: [String] = []
    for note in deck.notes {
      var parts: [String] = []
      for part in AnkiDeckLayout.components(deckName(deck, note)) {
        parts.append(part)
        let name = parts.joined(separator: "::")
        if !names.contains(name) { names.append(name) }
      }
    }
    if names.isEmpty { names.append(deck.title) }
    return names
  }

  private static func insertNotes(
    _ deck: Deck, progress: [CardID: CardProgress], reviews: [ReviewRecord]?, db: Database, crt: Int64,
    now: Timestamp
  ) throws -> Counts {
    var counts = Counts()
    let names = deckNames(deck)
    var history: [CardID: [ReviewRecord]] = [:]
    for review in reviews ?? [] { history[review.card, default: []].append(review) }
    var nextID = now.milliseconds - Int64(deck.notes.count) * 10 - 1000
    var usedReviewIDs = Set<Int64>()
    for (position, note) in deck.notes.enumerated() {
      let (notetype, first, second) = AnkiNotesText.fields(note)
      let model = AnkiSchema11.modelID(notetype)
      nextID += 10
      let noteID = nextID
      let tags =
        note.tags.isEmpty
        ? "" : " " + note.tags.map { $0.replacingOccurrences(of: " ", with: "_") }.joined(separator: " ") + " "
      try db.execute(
        sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, 0, 0, '')",
        arguments: [
          noteID, AnkiNotesText.guid(note), model, now.milliseconds / 1000, tags, first + "\u{1f}" + second, first,
        ])
      counts.notes += 1
      let deckID = AnkiSchema11.deckID(index: names.firstIndex(of: deckName(deck, note)) ?? 0)
      for (ordinal, card) in note.cards.enumerated() {
        let cardID = noteID + Int64(ordinal) + 1
        let state = progress[card.id]
        let schedule = AnkiSchema11.schedule(state, crt: crt, position: position)
        try db.execute(
          sql: "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '{}')",
          arguments: [
            cardID, noteID, deckID, ordinal, now.milliseconds / 1000, schedule.type, schedule.queue, schedule.due,
            schedule.interval, schedule.factor, state?.reviews ?? 0, state?.lapses ?? 0,
          ])
        counts.cards += 1
        for review in history[card.id] ?? [] {
          var id = review.time.milliseconds
          while usedReviewIDs.contains(id) { id += 1 }
          usedReviewIDs.insert(id)
          try db.execute(
            sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, 0, 2500, ?, ?)",
            arguments: [
              id, cardID, review.rating.rawValue, AnkiSchema11.interval(review),
              min(review.responseMilliseconds ?? 0, 60_000),
              AnkiSchema11.kind(review),
            ])
          counts.reviews += 1
        }
      }
    }
    return counts
  }
}
