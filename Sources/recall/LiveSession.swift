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

/// Options shared by `recall` (the REPL) and `recall study`: where progress is kept.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("db"),
    help: ArgumentHelp("The progress database (default: $RECALL_DB, else the user's data folder).", valueName: "path"))
  var path: String?
}

/// Wires the live parts of an interactive session: decks, store, clock, scheduler, input, output.
enum LiveSession {
  /// The REPL context for the decks and database asked for.
  static func context(decks: DeckOptions, store: StoreOptions) throws -> ReplContext {
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
    let day = StudyDay(utcOffsetSeconds: TimeZone.current.secondsFromGMT(), rolloverHour: 4)
    return ReplContext(
      reader: reader, output: output, style: style, catalog: catalog,
      store: try openStore(store.path, environment: environment), scheduler: FixedStepScheduler(),
      clock: SystemClock(), studyOptions: StudyOptions(day: day))
  }

  /// Installs Tab completion for `repl` when input is read by readline.
  static func enableCompletion(_ repl: Repl, context: ReplContext) {
    guard isatty(STDIN_FILENO) == 1 else { return }
    let table = repl.completionTable()
    Readline.setCompleter { line, start in table.completions(line: line, wordStart: start) }
  }

  /// The review store. Until the SQLite store is merged, progress lives for the process only.
  static func openStore(_ path: String?, environment: [String: String]) throws -> any ReviewStore {
    InMemoryReviewStore()
  }
}
