import Foundation
import RecallCore
import RecallStore
import Testing

/// `recall export --format apkg` read back by Anki's own importer.
@Suite("recall export to Anki", .enabled(if: AnkiFixture.available, Comment(rawValue: AnkiFixture.needs)))
struct AnkiExportTests {
  static let deckText = """
    # Capitals

    Q: Kazakhstan
    A: Astana
    Reverse: yes
    Tags: asia
    id: kz

    ## Europe

    Q: What is the capital of France?
    A: Paris
    id: fr

    C: [Madrid|city] is the capital of [Spain].
    id: es

    L: Name two Baltic capitals.
    - Riga
    - Tallinn
    id: baltic

    """

  @Test func aDeckWithHistoryRoundTripsThroughAnki() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder.file("Decks"), withIntermediateDirectories: true)
    try Self.deckText.write(toFile: folder.file("Decks/capitals.md"), atomically: true, encoding: .utf8)
    let deck = try #require(DeckParser.parse(text: Self.deckText, origin: "capitals.md").deck)
    let store = SQLiteReviewStore(database: try RecallDatabase.open(path: folder.file("recall.sqlite")))
    let scheduler = Scheduler()
    var reviews = 0
    for (index, card) in deck.cards.enumerated() where index != 1 {
      var state: MemoryState?
      var time = Timestamp(milliseconds: 1_767_571_200_000 + Int64(index) * 3_600_000)
      for rating in [Rating.good, .good, .hard, .again, .good, .easy] {
        let outcome = scheduler.review(state, rating: rating, at: time)
        try store.record(
          ReviewRecord(
            deck: "capitals", card: card.id, time: time, rating: rating, responseMilliseconds: 4200, before: state,
            after: outcome.state))
        state = outcome.state
        time = outcome.state.due.adding(milliseconds: 3_600_000)
        reviews += 1
      }
    }
    try store.setSuspended(deck: "capitals", card: deck.cards[2].id, true)
    let result = try ChildRecall.run([
      "export", "capitals", "--decks", folder.file("Decks"), "--db", folder.file("recall.sqlite"), "--format", "apkg",
      "--with-history", "-o", folder.file("capitals.apkg"), "--now", "2026-11-01T12:00:00Z",
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error.contains("wrote 4 notes, 6 cards, \(reviews) reviews"))

    let script = AnkiFixture.repository.appendingPathComponent("scripts/anki-make-package.py").path
    let read = try AnkiFixture.python([script, "read", folder.file("capitals.apkg")])
    try #require(read.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: read.output) as? [String: Any])
    #expect(object["cards"] as? Int == deck.cards.count)
    #expect(object["reviews"] as? Int == reviews)
    let decks = object["decks"] as? [String] ?? []
    #expect(decks.contains("Capitals") && decks.contains("Capitals::Europe"))
    let notes = object["notes"] as? [[String: Any]] ?? []
    #expect(notes.count == deck.notes.count)
    let byGuid = Dictionary(uniqueKeysWithValues: notes.map { ($0["guid"] as? String ?? "", $0) })
    // Anki adds a "+" to a note type whose name its collection already has with another layout.
    let reversedType = byGuid["recall-kz"]?["notetype"] as? String ?? ""
    #expect(reversedType.hasPrefix("Basic (and reversed card)"))
    #expect(byGuid["recall-kz"]?["cards"] as? Int == 2)
    #expect(byGuid["recall-kz"]?["tags"] as? [String] == ["asia"])
    #expect(
      byGuid["recall-es"]?["fields"] as? [String] == ["{{c1::Madrid::city}} is the capital of {{c2::Spain}}.", ""])
    #expect(byGuid["recall-es"]?["cards"] as? Int == 2)
    let clozeType = byGuid["recall-es"]?["notetype"] as? String ?? ""
    #expect(clozeType.hasPrefix("Cloze"))
    #expect(byGuid["recall-fr"]?["deck"] as? String == "Capitals::Europe")
    #expect(byGuid["recall-fr"]?["queues"] as? [Int] == [-1])
    #expect(byGuid["recall-es"]?["queues"] as? [Int] == [2, 2])
    #expect(byGuid["recall-kz"]?["queues"] as? [Int] == [0, 2])
  }
}
