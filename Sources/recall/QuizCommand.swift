import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// `recall quiz`: a timed, scored quiz on a deck; `recall quiz history` lists past quizzes.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Take a timed quiz on a deck: a live countdown, points for speed, personal bests.",
    discussion: """
      Each question has its own time (--per-question) and the whole quiz may have one too (--time); \
      a question whose time runs out counts as wrong and its answer is shown. Quiz answers are saved \
      with the quiz but do not move the study schedule unless --update-schedule is given. Ctrl-C \
      stops the quiz: the answers given are kept and the result shown (exit status 130).

      Examples:
        recall quiz central-asia --count 10 --per-question 15s --time 3m
        recall quiz central-asia --kinds mcq,truefalse --focus weak --seed 7
        recall quiz history

      `recall quiz DECK` is `recall quiz take DECK`; see `recall quiz take --help` for every option.
      """,
    subcommands: [QuizTakeCommand.self, QuizHistoryCommand.self],
    defaultSubcommand: QuizTakeCommand.self)
}

/// `recall quiz take`: takes a quiz (the default of `recall quiz`).
struct QuizTakeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "take",
    abstract: "Take a timed quiz on a deck.",
    discussion: """
      Example: recall quiz take central-asia --count 5 --per-question 10s --kinds mcq,typed
      """)

  @Argument(help: "The deck to quiz on (default: the only deck found).")
  var deck: String?
  @OptionGroup var deckAlias: DeckAlias

  // Unconditional, so `--count -2` is refused as a count, not reported as a missing value.
  @Option(parsing: .unconditional, help: "How many questions.")
  var count = 10

  @Option(
    help: ArgumentHelp("Time for the whole quiz, like 90s, 5m or 1m30s (default: no limit).", valueName: "duration"))
  var time: String?

  @Option(
    name: .customLong("per-question"),
    help: ArgumentHelp("Time for each question, like 20s; `none` for no limit.", valueName: "duration"))
  var perQuestion = "20s"

  @Option(help: "Only the cards of this topic (## heading).")
  var topic: String?

  @Option(
    help: ArgumentHelp("Kinds of question, separated by commas: mcq, typed, list, truefalse.", valueName: "kinds"))
  var kinds = "mcq,typed,list,truefalse"

  @Option(help: ArgumentHelp("Which cards: weak (low recall, past misses first), new or all.", valueName: "focus"))
  var focus = "all"

  @Option(help: "Seed of the random choices: the same seed gives the same quiz (default: from the clock).")
  var seed: UInt64?

  @Flag(help: "Let quiz answers move the study schedule too (right: good, partly: hard, wrong: again).")
  var updateSchedule = false

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var decks: DeckOptions
  @OptionGroup var now: NowOption

  /// The choices from the command line, checked; errors are usage errors (exit 64).
  func settings(now: Timestamp) throws -> QuizSettings {
    do {
      guard count >= 1 else { throw QuizError.invalidCount(count) }
      let kinds = try QuizError.kinds(from: kinds)
      guard let focus = QuizFocus(rawValue: focus.lowercased()) else { throw QuizError.unknownFocus(focus) }
      let perQuestion =
        ["none", "off", "0"].contains(perQuestion.lowercased())
        ? nil : try QuizDuration.parse(perQuestion).milliseconds
      let total = try time.map { try QuizDuration.parse($0).milliseconds }
      let seed = seed ?? SeededGenerator.defaultSeed(at: now)
      return QuizSettings(
        request: QuizRequest(count: count, kinds: kinds, focus: focus, topic: topic, seed: seed),
        timing: QuizTiming(perQuestion: perQuestion, total: total), updatesSchedule: updateSchedule)
    } catch let error as QuizError {
      throw ValidationError(error.description)
    }
  }

  func validate() throws {
    try deckAlias.check(deck)
    _ = try settings(now: Timestamp(milliseconds: 0))
  }

  func run() throws {
    let clock = try now.clock(live: TerminalClock())
    let style = TextStyle.detect(isTerminal: Output.isTerminal, environment: ProcessInfo.processInfo.environment)
    do {
      try play(reader: TimedLineReader(clock: clock), clock: clock, style: style, write: Output.write)
    } catch let error as QuizError {
      // An unknown topic fails with 1, as in study, stats and show (and as an unknown deck does).
      Output.error(error.description)
      throw ExitCode.failure
    } catch is QuizInterrupted {
      // Stopped by Ctrl-C: the answers are saved and the result shown; exit as shells expect (128 + SIGINT).
      throw ExitCode(130)
    }
  }

  /// Runs the quiz with `reader` and `clock`, writing to `write`; quiz set-up problems are thrown
  /// as `QuizError`.
  func play(
    reader: any TimedLineReading, clock: any WallClock, style: TextStyle, surface: CommandSurface = .commandLine,
    write: @escaping (String) -> Void
  ) throws {
    let settings = try settings(now: clock.now())
    let catalog = try decks.catalog()
    let deck = try decks.deck(named: deckAlias.name(deck), example: "recall quiz", in: catalog)
    if let note = catalog.faultyCardsNote(for: [deck], on: surface) {
      if surface == .repl { write(note + ".\n") } else { Output.warning(note) }
    }
    let store = try database.store()
    _ = try QuizPlayer.play(
      deck: deck, settings: settings,
      services: .live(store: store, scheduler: try store.scheduling(deck: deck.name).scheduler),
      reader: reader, clock: clock,
      renderer: QuizRenderer(style: style), write: write)
  }
}

extension QuizServices {
  /// The database and the FSRS scheduler of the deck (its fitted weights and retention, if any).
  static func live(store: SQLiteReviewStore, scheduler: Scheduler) -> QuizServices {
    QuizServices(
      store: store, retrievability: { scheduler.retrievability(of: $0, at: $1) },
      schedule: { state, rating, time, card, reviews in
        scheduler.review(state, rating: rating, at: time, fuzzSeed: FuzzSeed.make(card: card, reviewCount: reviews))
          .state
      })
  }
}

/// `recall quiz history`: past quizzes with personal bests and the trend.
struct QuizHistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List past quizzes with scores, personal bests per deck and topic, and the trend.",
    discussion: "Example: recall quiz history central-asia")

  @Argument(help: "Only the quizzes of this deck (default: every deck).")
  var deck: String?
  @OptionGroup var deckAlias: DeckAlias

  func validate() throws { try deckAlias.check(deck) }

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var decks: DeckOptions

  func run() throws {
    let style = TextStyle.detect(isTerminal: Output.isTerminal, environment: ProcessInfo.processInfo.environment)
    Output.write(try report(style: style))
  }

  /// The history as text, as read on `surface`.
  func report(style: TextStyle, surface: CommandSurface = .commandLine) throws -> String {
    let store = try database.store()
    let name = try deckAlias.name(deck).map { try resolve($0, store: store) }
    let runs = try store.quizRuns(deck: name, includeAnswers: false)
    return QuizHistoryReport.render(QuizHistory(runs: runs), deck: name, style: style, surface: surface)
  }

  /// The deck `name` stands for: one with quizzes saved (by its exact name, so that a deck since
  /// removed keeps its history) or a deck found (by name, title or prefix); else the usual "no deck".
  private func resolve(_ name: String, store: SQLiteReviewStore) throws -> String {
    let quizzed = Set(try store.quizRuns(deck: nil, includeAnswers: false).map(\.deck)).sorted()
    let found = (try? decks.catalog().usableDecks) ?? []
    switch DeckCatalog.deckName(name, decks: found, recorded: quizzed) {
    case .success(let deck): return deck
    case .failure(let error): throw Failure.deck(error)
    }
  }
}

extension QuizCommand {
  /// The REPL's `quiz`: `quiz [DECK] [options]` takes a quiz and `quiz history [DECK]` lists past
  /// ones, with the options of `recall quiz`. `shared` holds the REPL's `--decks`/`--db` options.
  /// On a terminal the countdown runs live; on piped input the REPL's own reader is timed, since it
  /// has already buffered standard input.
  static func replCommand(shared: [String]) -> ReplCommandSpec {
    ReplCommandSpec(
      name: "quiz", summary: "a timed quiz with points, personal bests and a live countdown",
      usage: "quiz [DECK] [OPTIONS] | quiz history [DECK]",
      details: """
        Options: --count N, --time D, --per-question D, --topic T, --kinds K,
        --focus F, --seed S, --update-schedule. Durations look like 90s, 5m or 1m30s;
        kinds are mcq, typed, list, truefalse; focus is weak, new or all.
        After the result, answer y to go over the missed questions again (untimed).
        Example: quiz central-asia --count 5 --per-question 15s --kinds mcq,typed
        recall quiz take --help tells more.
        """,
      options: [
        "history", "--count", "--time", "--per-question", "--topic", "--kinds", "--focus", "--seed",
        "--update-schedule",
      ]
    ) { arguments, context in
      do {
        // The shared options go before the words typed, so that an option missing its value
        // (`quiz --count`) is reported as such rather than taking `--decks` for its value.
        let words =
          arguments.first == "history" ? ["history"] + shared + arguments.dropFirst() : shared + arguments
        switch try QuizCommand.parseAsRoot(words) {
        case let history as QuizHistoryCommand:
          context.output.write(try history.report(style: context.style, surface: .repl))
        case let take as QuizTakeCommand:
          let reader: any TimedLineReading =
            context.reader is Readline
            ? TimedLineReader(clock: context.clock, interactive: true)
            : LineReaderTimedAdapter(reader: context.reader, clock: context.clock)
          try take.play(
            reader: reader, clock: context.clock, style: context.style, surface: .repl, write: context.output.write)
        default:
          context.say("usage: quiz [DECK] [options] or quiz history; help quiz tells more.")
        }
      } catch is QuizInterrupted {
        // Ctrl-C ended the quiz (saved, result shown); the REPL carries on.
      } catch QuizError.unknownTopic(let topic, let known, let deck) {
        throw ReplError(TopicLookupError(topic: topic, known: known, deck: deck))
      } catch let error as QuizError {
        throw ReplError("error: \(error)")
      } catch let failure as Failure {
        throw failure.replError
      } catch let error as RecallStoreError {
        throw ReplError("error: \(error)")
      } catch let error as FileWriteError {
        throw ReplError("error: \(error)")
      } catch {
        throw ReplError(SubcommandInRepl.message(for: error, name: "quiz", arguments: arguments))
      }
      return .proceed
    }
  }
}
