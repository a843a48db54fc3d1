import Foundation
import RecallCore
import RecallTerminal
import Testing

@Suite struct ReplPartsTests {
  let table = CompletionTable(
    commands: ["study", "stats", "show", "help"], options: ["study": ["--deck", "--topic", "--mode", "--new"]],
    decks: ["central-asia", "chemistry"], topics: ["Capitals", "Security"], deckCommands: ["show"])

  @Test func completesCommandsOptionsDecksTopicsAndModes() {
    #expect(table.completions(line: "stu", wordStart: 0) == ["study"])
    #expect(table.completions(line: "s", wordStart: 0) == ["study", "stats", "show"])
    #expect(table.completions(line: "study --d", wordStart: 6) == ["--deck"])
    #expect(table.completions(line: "study --deck c", wordStart: 13) == ["central-asia", "chemistry"])
    #expect(table.completions(line: "study --topic cap", wordStart: 14) == ["Capitals"])
    #expect(table.completions(line: "study --mode ", wordStart: 13) == ["typed", "flip"])
    #expect(table.completions(line: "help st", wordStart: 5) == ["study", "stats"])
    #expect(table.completions(line: "show c", wordStart: 5) == ["central-asia", "chemistry"])
    #expect(table.completions(line: "study c", wordStart: 6).isEmpty)
    #expect(
      table.completions(line: "study --deck central-asia --", wordStart: 26) == [
        "--deck", "--topic", "--mode", "--new",
      ])
  }

  @Test func unknownWordsGetSuggestions() {
    var registry = CommandRegistry()
    for name in ["study", "suspend", "stats"] {
      registry.register(ReplCommandSpec(name: name, summary: "", help: { _ in "" }) { _, _ in .proceed })
    }
    BuiltinCommands.all.forEach { registry.register($0) }
    #expect(registry.suggestions(for: "stduy") == ["study"])
    #expect(registry.suggestions(for: "qiut") == ["quit"])
    #expect(registry.suggestions(for: "su") == ["suspend"])
    #expect(registry.suggestions(for: "zzzzzz").isEmpty)
  }

  /// Reading a command's options from its help is slow, so the REPL opens without it: a command's
  /// completion is worked out when Tab first completes after its name, and once.
  @Test func aCommandsCompletionIsWorkedOutWhenTabFirstNeedsIt() {
    let asked = Asked()
    let table = CompletionTable(commands: ["show", "stats"], decks: ["central-asia"], topics: []) { name in
      asked.add(name)
      return name == "show" ? (["--topic"], true) : (["--days"], false)
    }
    #expect(table.completions(line: "s", wordStart: 0) == ["show", "stats"])
    #expect(asked.names.isEmpty)
    #expect(table.completions(line: "show c", wordStart: 5) == ["central-asia"])
    #expect(table.completions(line: "show --", wordStart: 5) == ["--topic"])
    #expect(table.completions(line: "stats --d", wordStart: 6) == ["--days"])
    #expect(asked.names == ["show", "stats"])
  }

  /// The command names a lookup was asked for, in order.
  final class Asked: @unchecked Sendable {
    private let lock = NSLock()
    private var asked: [String] = []
    var names: [String] { lock.withLock { asked } }
    func add(_ name: String) { lock.withLock { asked.append(name) } }
  }

  @Test func commandLineWordsKeepQuotedSpaces() {
    #expect(
      CommandLineWords.split(#"study --deck "world history"  --new 3"#) == [
        "study", "--deck", "world history", "--new", "3",
      ])
    #expect(CommandLineWords.split("   ").isEmpty)
  }
}
