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

  @Test func commandLineWordsKeepQuotedSpaces() {
    #expect(
      CommandLineWords.split(#"study --deck "world history"  --new 3"#) == [
        "study", "--deck", "world history", "--new", "3",
      ])
    #expect(CommandLineWords.split("   ").isEmpty)
  }
}
