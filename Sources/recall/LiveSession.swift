import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// The real clock, for the executable only (the core never reads it).
struct SystemClock: WallClock {
  func now() -> Timestamp {
    Timestamp(milliseconds: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
  }
}

/// Options shared by the commands that study or change progress (besides `--db`): when a study
/// day begins.
struct SessionOptions: ParsableArguments {
  @Option(
    name: .customLong("day-starts"), parsing: .unconditional,
    help: ArgumentHelp("The local hour (0-23) at which a new study day begins.", valueName: "hour"))
  var dayStarts: Int = 4

  func validate() throws {
    guard (0...23).contains(dayStarts) else {
      throw ValidationError("--day-starts must be an hour from 0 to 23, e.g. --day-starts 4")
    }
  }

  /// The study day rule for the local time zone now.
  var day: StudyCalendar { day(at: SystemClock().now()) }

  /// The study day rule for the local time zone at `time` (its offset then, summer or winter time).
  func day(at time: Timestamp) -> StudyCalendar {
    let date = Date(timeIntervalSince1970: Double(time.milliseconds) / 1000)
    return StudyCalendar(utcOffsetSeconds: TimeZone.current.secondsFromGMT(for: date), rolloverHour: dayStarts)
  }
}

/// Wires the live parts of an interactive session: decks, store, clock, scheduler, input, output.
enum LiveSession {
  /// The REPL context for the decks and database asked for.
  static func context(
    decks: DeckOptions, database: DatabaseOptions, options: SessionOptions, clock: any WallClock = SystemClock()
  ) throws -> ReplContext {
    let catalog = try decks.catalog()
    let environment = ProcessInfo.processInfo.environment
    let interactive = isatty(STDIN_FILENO) == 1
    let output = StandardOutput()
    let style = TextStyle.detect(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)
    let reader: any LineReader
    if interactive {
      reader = Readline(
        historyPath: HistoryFile.path(environment: environment), commandPrompt: Repl.prompt, completer: nil)
    } else {
      reader = PlainLineReader(showsPrompts: false)
    }
    let store = try database.store()
    return ReplContext(
      reader: reader, output: output, style: style, catalog: catalog,
      store: store, scheduler: PerDeckScheduler(settings: try store.allScheduling()),
      clock: clock, studyOptions: StudyOptions(day: options.day(at: clock.now())))
  }

  /// The context a single command (`recall decks`, `recall bury`) acts through: no prompt is read,
  /// hints name commands as the shell types them.
  static func commandContext(
    decks: DeckOptions, database: DatabaseOptions, options: SessionOptions, clock: any WallClock = SystemClock()
  ) throws -> ReplContext {
    let catalog = try decks.catalog()
    let store = try database.store()
    let context = ReplContext(
      reader: PlainLineReader(showsPrompts: false), output: StandardOutput(), style: terminalStyle(), catalog: catalog,
      store: store, scheduler: PerDeckScheduler(settings: try store.allScheduling()),
      clock: clock, studyOptions: StudyOptions(day: options.day(at: clock.now())))
    context.surface = .commandLine
    return context
  }

  /// Installs Tab completion for `repl` when input is read by readline.
  static func enableCompletion(_ repl: Repl, context: ReplContext) {
    guard isatty(STDIN_FILENO) == 1 else { return }
    let table = repl.completionTable()
    Readline.setCompleter { line, start in table.completions(line: line, wordStart: start) }
  }
}
