import Foundation
import Testing

/// A command line that cannot be parsed gets one short line, git-style, with a suggestion and the
/// help to read, never ArgumentParser's usage block; the exit code is 64.
@Suite struct UsageErrorTests {
  @Test(arguments: [
    (["stat"], "error: unknown command \"stat\"; did you mean \"stats\"? run `recall help` to list the commands\n"),
    (["studdy"], "error: unknown command \"studdy\"; did you mean \"study\"? run `recall help` to list the commands\n"),
    (["xyzzy"], "error: unknown command \"xyzzy\"; run `recall help` to list the commands\n"),
    (
      ["db", "chek"],
      "error: unknown db command \"chek\"; did you mean \"check\"? run `recall help db` to list its commands\n"
    ),
    (
      ["study", "--new", "abc"], "error: the value 'abc' is invalid for '--new <n>'; run `recall help study` for more\n"
    ),
    (["study", "--bogus"], "error: unknown option '--bogus'; run `recall help study` for more\n"),
  ])
  func aLineThatCannotBeParsedGetsOneShortLine(arguments: [String], expected: String) throws {
    let folder = try TemporaryFolder()
    let result = try ChildRecall.run(
      arguments, environment: ChildRecall.environment(["RECALL_DB": folder.file("r.sqlite")]))
    #expect(result.status == 64)
    #expect(result.error == expected)
    #expect(result.output.isEmpty)
  }

  /// `quiz histroy` is read as a deck name; as no deck has it and it is near a subcommand, that is
  /// what is suggested.
  @Test func aMistypedSubcommandTakenForADeckSuggestsTheSubcommand() throws {
    let folder = try TemporaryFolder()
    let result = try ChildRecall.run(
      ["quiz", "histroy"], environment: ChildRecall.environment(["RECALL_DB": folder.file("r.sqlite")]))
    #expect(result.status == 1)
    #expect(result.error == "error: no deck named \"histroy\"; did you mean `recall quiz history`?\n")
  }

  @Test func helpAndVersionStillExitZero() throws {
    let version = try ChildRecall.run(["--version"])
    #expect(version.status == 0)
    let help = try ChildRecall.run(["help", "stats"])
    #expect(help.status == 0)
    #expect(help.output.contains("USAGE: recall stats"))
  }
}

/// Studying or quizzing a deck with errors says, in one line, that its faulty cards are left out.
@Suite struct FaultyDeckNoteTests {
  @Test(arguments: [["study", "mixed"], ["quiz", "mixed", "--count", "1", "--seed", "1"]])
  func aDeckWithErrorsIsMentionedOnce(arguments: [String]) throws {
    let folder = try TemporaryFolder()
    try "# Mixed\n\nQ: Capital of Kazakhstan?\nA: Astana\nid: kz\n\nA: an answer without a question\n".write(
      toFile: folder.file("mixed.md"), atomically: true, encoding: .utf8)
    let result = try ChildRecall.run(
      arguments + ["--decks", folder.path, "--db", folder.file("r.sqlite")])
    let warning =
      "warning: deck \"mixed\" has errors, so its faulty cards are left out; run `recall check` to see them\n"
    #expect(result.error.components(separatedBy: warning).count == 2, "\(result.error)")
  }
}
