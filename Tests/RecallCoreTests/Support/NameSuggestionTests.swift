import RecallCore
import Testing

@Suite struct NameSuggestionTests {
  private let commands = ["study", "stats", "quiz", "decks", "db", "generate"]

  @Test func aPrefixNamesEveryCommandItStarts() {
    #expect(NameSuggestion.closest(to: "st", among: commands) == ["study", "stats"])
  }

  @Test func aTypoNamesTheNearestCommand() {
    #expect(NameSuggestion.closest(to: "stat", among: commands) == ["stats"])
    #expect(NameSuggestion.closest(to: "studdy", among: commands) == ["study"])
    #expect(NameSuggestion.closest(to: "genrate", among: commands) == ["generate"])
  }

  @Test func aWordFarFromEveryCommandNamesNone() {
    #expect(NameSuggestion.closest(to: "xyzzy", among: commands).isEmpty)
    #expect(NameSuggestion.closest(to: "", among: commands).isEmpty)
  }

  @Test func theUnknownCommandTextNamesWhereToLook() {
    let top = UnknownCommandError(word: "stat", among: commands)
    #expect(
      top.message(on: .commandLine)
        == "unknown command \"stat\"; did you mean \"stats\"? run `recall help` to list the commands")
    #expect(
      top.message(on: .repl) == "unknown command \"stat\"; did you mean \"stats\"? type help to list the commands")
    let grouped = UnknownCommandError(word: "zzz", group: ["db"], among: ["check", "rebuild"])
    #expect(
      grouped.message(on: .commandLine) == "unknown db command \"zzz\"; run `recall help db` to list its commands")
  }
}
