import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// `recall simulate DECK`: the workload and retention ahead at a desired retention.
struct SimulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Simulate the reviews per day and the retention ahead at a desired retention.",
    discussion: """
      Simulates studying the deck from its cards' current states, with its FSRS weights standing \
      for your memory: due cards are reviewed every day and new cards introduced (--new-per-day). \
      Shows reviews per day and expected retention month by month, then the same totals for other \
      retentions, so that you can choose one knowing its cost (`recall config DECK --retention R`).

      Example: recall simulate central-asia --retention 0.85 --days 365
      """)

  @Argument(help: "The deck.")
  var deck: String?

  @Option(help: ArgumentHelp("Desired retention to simulate, 0.70 to 0.99 (default: the deck's).", valueName: "r"))
  var retention: Double?

  @Option(help: "Days to simulate.")
  var days = 365

  @Option(help: "New cards introduced a day while any are left.")
  var newPerDay = 20

  @OptionGroup var deckAlias: DeckAlias
  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var now: NowOption

  func validate() throws {
    try deckAlias.check(deck)
    guard deckAlias.name(deck) != nil else { throw ValidationError("name the deck, e.g. recall simulate central-asia") }
    if let retention, !(0.7...0.99).contains(retention) {
      throw ValidationError("--retention \(retention) is out of range; use 0.70 to 0.99, e.g. 0.85")
    }
    guard (1...3_650).contains(days) else { throw ValidationError("--days must be 1 to 3650, not \(days)") }
    guard (0...10_000).contains(newPerDay) else {
      throw ValidationError("--new-per-day must be 0 to 10000, not \(newPerDay)")
    }
  }

  func run() throws {
    guard let name = deckAlias.name(deck) else { return }
    let store = try database.store()
    let time = try now.time()
    let settings = try store.scheduling(deck: name)
    let progress = try store.orderedProgress(deck: name)
    var existing: [ReviewSimulation.ExistingCard] = []
    var studied = Set<CardID>()
    for (card, item) in progress where !item.suspended {
      guard let memory = item.memory, let stability = memory.stability, let difficulty = memory.difficulty,
        let last = memory.lastReview
      else { continue }
      studied.insert(card)
      existing.append(
        .init(
          stability: stability, difficulty: difficulty, daysSinceReview: Int(max(time.wholeDays(since: last), 0)),
          dueInDays: Int(memory.due.wholeDays(since: time))))
    }
    // New cards: the deck file's cards not studied yet, when the file is found; else the store's.
    let fileCards = (try? decks.deck(named: name))?.cards.map(\.id)
    let newCards =
      fileCards.map { $0.filter { !studied.contains($0) }.count }
      ?? progress.filter { $0.progress.memory == nil && !$0.progress.suspended }.count
    guard !existing.isEmpty || newCards > 0 else {
      throw Failure.message("deck '\(name)' has no cards to simulate; check the name, or add cards to its file")
    }
    let chosen = retention ?? settings.desiredRetention ?? 0.9
    var configuration = ReviewSimulation.Configuration()
    configuration.days = days
    configuration.newCardsPerDay = newPerDay
    configuration.newCards = newCards
    let learner = try parameters(settings.weights, retention: chosen)
    func simulate(_ retention: Double) throws -> ReviewSimulation.Result {
      ReviewSimulation(
        learner: learner, policy: .fsrs(try parameters(settings.weights, retention: retention)),
        configuration: configuration
      ).run(existing: existing)
    }
    let result = try simulate(chosen)
    let clean = Sanitizer.clean(name)
    let weights = settings.weights == nil ? "default weights" : "its fitted weights"
    var text = "\(clean): \(existing.count) studied and \(newCards) new cards, \(newPerDay) new a day, "
    text += "\(weights), retention \(percent(chosen)), \(days) days\n\n"
    text += "  days        reviews/day  new/day  retention at end\n"
    var start = 0
    while start < result.days.count {
      let end = min(start + 30, result.days.count)
      let slice = result.days[start..<end]
      let reviews = Double(slice.reduce(0) { $0 + $1.reviews }) / Double(slice.count)
      let new = Double(slice.reduce(0) { $0 + $1.newCards }) / Double(slice.count)
      let label = "\(start + 1)-\(end)".padding(toLength: 12, withPad: " ", startingAt: 0)
      let retention = percent(slice.last?.retention ?? 0)
      text += "  " + label + String(format: "%11.1f  %7.1f  ", reviews, new)
      text += String(repeating: " ", count: max(16 - retention.count, 0)) + retention + "\n"
      start = end
    }
    text += "\n  retention        reviews in all  reviews/day  retention after \(days) days\n"
    for option in Set([0.8, 0.85, 0.9, 0.95, chosen]).sorted() {
      let run = option == chosen ? result : try simulate(option)
      let mark = option == chosen ? " (chosen)" : ""
      text += "  " + (percent(option) + mark).padding(toLength: 15, withPad: " ", startingAt: 0)
      text += String(format: "  %14d  %11.1f  ", run.totalReviews, Double(run.totalReviews) / Double(max(days, 1)))
      text += percent(run.days.last?.retention ?? 0) + "\n"
    }
    Output.write(text)
  }

  private func parameters(_ weights: [Double]?, retention: Double) throws -> SchedulerParameters {
    do {
      return try SchedulerParameters(
        weights: weights ?? SchedulerParameters.defaultWeights, desiredRetention: retention, fuzzEnabled: false)
    } catch {
      throw Failure.message(error.description)
    }
  }

  private func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
