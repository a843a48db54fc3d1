import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// `recall stats`: progress in figures and pictures.
struct StatsCommand: ParsableCommand, ReplRunnable {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show progress: cards by state, due forecast, review heat map, retention, streaks, mastery.",
    discussion: """
      Without DECK, every deck found or with progress is counted. --json writes the same figures as JSON \
      (schema: docs/stats-json.md).

      Example: recall stats central-asia --days 7 --json
      """)

  @Argument(help: "The deck to show (default: all decks).")
  var deck: String?
  @OptionGroup var deckAlias: DeckAlias

  @Option(help: "Only the cards of this topic (## heading).")
  var topic: String?

  // Unconditional, so `--days -5` is refused as a negative number, not as a missing value.
  @Option(parsing: .unconditional, help: "Period for reviews per day and time spent, in days.")
  var days = 30

  @Flag(help: "Write the figures as JSON.")
  var json = false

  @Flag(help: "Show the ids of the hardest cards (to bury, suspend or edit them).")
  var ids = false

  /// When to use colours.
  enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  @Option(name: .customLong("color"), help: "Colours: auto (on a terminal without NO_COLOR), always or never.")
  var colour: ColourChoice = .auto

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var decks: DeckOptions
  @OptionGroup var now: NowOption

  func run(in context: ReplContext) throws {
    try show(surface: .repl, write: context.output.write)
  }

  func validate() throws {
    try deckAlias.check(deck)
    guard days >= 1 else { throw ValidationError("--days must be 1 or more, not \(days)") }
  }

  func run() throws {
    try show(surface: .commandLine, write: Output.write)
  }

  /// Writes the statistics with `write`; hints name commands as they are typed on `surface`.
  func show(surface: CommandSurface, write: (String) -> Void) throws {
    let store = try database.store()
    let time = try now.time()
    let calendar = now.calendar(at: time)
    let (files, fileNames) = try StatsDeckSource(options: decks).decks()
    let request = StatisticsRequest(
      deck: deckAlias.name(deck), topic: topic, now: time, calendar: calendar, periodDays: days)
    let input: StatisticsInput
    do {
      input = try StatisticsGathering.input(request, store: store, decks: files, deckFiles: fileNames)
    } catch let error as DeckLookupError {
      throw Failure.deck(error)
    } catch let error as TopicLookupError {
      throw Failure.topic(error)
    }
    let stats = StatisticsCalculator.compute(input)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      write(String(decoding: try encoder.encode(stats), as: UTF8.self) + "\n")
    } else {
      let style: TextStyle
      switch colour {
      case .auto:
        style = TextStyle.detect(isTerminal: Output.isTerminal, environment: ProcessInfo.processInfo.environment)
      case .always: style = TextStyle(colored: true)
      case .never: style = .plain
      }
      write(StatsReport.render(stats, style: style, surface: surface, showIDs: ids))
    }
  }
}
