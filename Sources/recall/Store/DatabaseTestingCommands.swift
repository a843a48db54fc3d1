import ArgumentParser
import Foundation
import RecallCore
import RecallStore

extension DatabaseCommand {
  /// `recall db _soak`: records answers in a loop, printing `ok N` after each is committed (for the
  /// crash test).
  struct SoakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "_soak", abstract: "Record scripted answers in a loop (for tests).", shouldDisplay: false)

    @OptionGroup var database: DatabaseOptions
    @Option var count = 1_000
    @Option var deck = "soak"
    @Option var tag = "a"

    func run() throws {
      let store = try database.store()
      let start = Timestamp(milliseconds: 1_767_225_600_000)
      for index in 0..<count {
        let card = CardID("card-\(index % 50)")
        let time = start.adding(milliseconds: Int64(index) * Timestamp.second)
        let before = try store.progress(deck: deck)[card]?.memory
        let after = MemoryState(
          phase: .review, step: nil, stability: Double(index % 30 + 1), difficulty: 5,
          due: time.adding(milliseconds: Timestamp.day), lastReview: time)
        try store.record(
          ReviewRecord(
            deck: deck, card: card, time: time, rating: .good, answer: "\(tag)-\(index)", responseMilliseconds: 1_000,
            before: before, after: after))
        Output.write("ok \(tag)-\(index)\n")
      }
    }
  }

  /// `recall db _first-due`: opens the database and prints the card due first (for the benchmark).
  struct FirstDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "_first-due", abstract: "Print the first due card (for benchmarks).", shouldDisplay: false)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var now: NowOption
    @Option var deck: String?

    func run() throws {
      let store = try database.store()
      guard let first = try store.firstDue(deck: deck, now: try now.time()) else {
        Output.write("nothing due\n")
        return
      }
      Output.write("\(first.deck) \(first.card) due \(first.due)\n")
    }
  }

  /// `recall db _generate`: writes a synthetic history (for the benchmark).
  struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "_generate", abstract: "Write a synthetic history (for benchmarks).", shouldDisplay: false)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var now: NowOption
    @Option var deck = "bench"
    @Option var cards = 100_000
    @Option var reviews = 2_000_000
    @Option var seed: UInt64 = 1

    func run() throws {
      let history = SyntheticHistory(deck: deck, cards: cards, reviews: reviews, seed: seed)
      try history.write(into: try database.open(durable: false), now: try now.time())
      Output.write("wrote \(cards) cards and \(reviews) reviews to deck '\(deck)'\n")
    }
  }
}
