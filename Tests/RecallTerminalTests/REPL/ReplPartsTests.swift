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
    BuiltinCommands.all.forEach { registry.register($0) }
    #expect(registry.suggestions(for: "stduy") == ["study"])
    #expect(registry.suggestions(for: "qiut") == ["quit"])
    #expect(registry.suggestions(for: "su") == ["suspend"])
    #expect(registry.suggestions(for: "zzzzzz").isEmpty)
  }

  @Test func featuresReplacePlaceholders() {
    var registry = CommandRegistry()
    BuiltinCommands.all.forEach { registry.register($0) }
    registry.register(ReplCommandSpec(name: "quiz", summary: "the real quiz", usage: "quiz") { _, _ in .proceed })
    #expect(registry.command(named: "quiz")?.summary == "the real quiz")
    #expect(registry.all.map(\.name).filter { $0 == "quiz" }.count == 1)
  }

  @Test func studyArguments() throws {
    let parsed = try StudyArguments.parse([
      "--deck", "central-asia", "--topic=Capitals", "--mode", "flip", "--new", "5",
    ])
    #expect(parsed == StudyArguments(deck: "central-asia", topic: "Capitals", mode: .flip, newCardLimit: 5))
    #expect(throws: ReplError.self) { try StudyArguments.parse(["--mode", "oral"]) }
    #expect(throws: ReplError.self) { try StudyArguments.parse(["--new", "-1"]) }
    #expect(throws: ReplError.self) { try StudyArguments.parse(["--deck"]) }
  }

  @Test func commandLineWordsKeepQuotedSpaces() {
    #expect(
      CommandLineWords.split(#"study --deck "world history"  --new 3"#) == [
        "study", "--deck", "world history", "--new", "3",
      ])
    #expect(CommandLineWords.split("   ").isEmpty)
  }
}
