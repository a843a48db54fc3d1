import Foundation
import RecallCore
import RecallTerminal
import Testing

@testable import recall

/// One registry: every REPL command is its `recall` subcommand, with the same options, help,
/// completion and errors.
@Suite struct ReplRegistryTests {
  func run(_ lines: [String], columns: Int? = nil) -> String {
    let sink = TranscriptSink()
    let reader = ScriptedLineReader(lines.map { .line($0) } + [.end], echo: sink)
    let context = ReplContext(
      reader: reader, output: sink, style: TextStyle(colored: false, columns: columns),
      decks: [StudyTranscriptTests.deck()], store: InMemoryReviewStore(), scheduler: Scheduler(),
      clock: FixedClock(StudyTranscriptTests.start))
    Repl(context: context).run()
    return sink.text
  }

  @Test func helpListsEveryCommandOfRecall() {
    let text = run(["help"])
    let listed = text.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") }.map {
      String($0.dropFirst(2).prefix { $0 != " " })
    }
    let expected = [
      "study", "undo", "bury", "suspend", "resume", "check", "decks", "show", "export", "fsrs", "optimize", "config",
      "simulate", "stats", "export-log", "db", "quiz", "generate", "import", "help", "quit",
    ]
    #expect(listed == expected, "\(text)")
  }

  /// `help NAME` and `NAME --help` at the prompt print what `recall NAME --help` prints.
  @Test(arguments: ["study", "undo", "show", "generate", "export-log", "db", "quiz"])
  func helpIsTheSubcommandsHelp(name: String) throws {
    let command = UsageErrorText.commandPath(of: [name]).command
    let expected = Repl.oneLineBreak(
      HelpText.laidOut(RecallCommand.helpMessage(for: command, columns: 80), columns: 80))
    let text = run(["help " + name, name + " --help"])
    #expect(text.contains("recall> help \(name)\n" + expected + "recall> "), "\(text)")
    #expect(text.contains("recall> \(name) --help\n" + expected + "recall> "), "\(text)")
  }

  /// Tab offers the options `recall NAME --help` lists (without the REPL's own `--decks`/`--db`).
  @Test func completionOffersTheSubcommandsOptions() {
    let context = ReplContext(
      reader: ScriptedLineReader([]), output: TranscriptSink(), style: .plain, decks: [StudyTranscriptTests.deck()],
      store: InMemoryReviewStore(), scheduler: Scheduler(), clock: FixedClock(StudyTranscriptTests.start))
    let table = Repl(context: context).completionTable()
    #expect(
      table.completions(line: "study --", wordStart: 6) == [
        "--deck", "--topic", "--mode", "--new", "--no-bury-siblings", "--help",
      ])
    #expect(table.completions(line: "quiz h", wordStart: 5) == ["history"])
    #expect(table.completions(line: "quiz --co", wordStart: 5) == ["--count"])
    #expect(table.completions(line: "gen", wordStart: 0) == ["generate"])
    #expect(table.completions(line: "show c", wordStart: 5) == ["central-asia"])
    #expect(table.completions(line: "db ", wordStart: 3).contains("rebuild"))
  }

  /// A mistyped option is reported in the command line's words, naming the REPL's help.
  @Test func errorsAreTheCommandLinesErrors() throws {
    let text = run(["study --bogus", "show --topic", "quiz histroy", "stduy", "study --db other.sqlite"])
    let expected = """
      recall> study --bogus
      error: unknown option '--bogus'; type help study for more
      recall> show --topic
      error: missing value for '--topic <topic>'; type help show for more
      recall> quiz histroy
      error: no deck named "histroy"; did you mean `quiz history`?
      recall> stduy
      error: unknown command "stduy"; did you mean "study"? type help to list the commands
      recall> study --db other.sqlite
      error: --db is given when Recall opens (recall --db ...), not to a command at its prompt

      """
    #expect(text.contains(expected), "\(text)")
  }
}
