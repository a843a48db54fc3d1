import Foundation
import Testing

/// Error messages quote what the person gave; escape sequences in it never reach the terminal raw.
@Suite struct ErrorTextTests {
  @Test(arguments: [["bury", "\u{1B}[2Jx"], ["stats", "\u{1B}]0;owned\u{7}"], ["suspend", "x\u{1B}[31m"]])
  func escapeSequencesInArgumentsAreShownEscaped(arguments: [String]) throws {
    let folder = try TemporaryFolder()
    let result = try ChildRecall.run(arguments + ["--db", folder.file("r.sqlite")])
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("error: "))
    #expect(!result.error.contains("\u{1B}"), "\(result.error.debugDescription)")
    #expect(result.error.contains("^["))
  }

  @Test func anUnknownModeIsShownEscaped() throws {
    let folder = try TemporaryFolder()
    let result = try ChildRecall.run(["study", "--mode", "\u{1B}[2J", "--db", folder.file("r.sqlite")])
    #expect(result.status == 64)
    #expect(!result.error.contains("\u{1B}"), "\(result.error.debugDescription)")
  }

  /// Not naming a deck when there are several is a usage error about the command at hand, not a
  /// reason to print the usage of `recall` itself.
  @Test(arguments: ["show", "export"])
  func severalDecksAskForANameWithoutTheRootUsage(command: String) throws {
    let folder = try TemporaryFolder()
    try "# A\n\nQ: a?\nA: b\nid: a\n".write(toFile: folder.file("a.md"), atomically: true, encoding: .utf8)
    try "# B\n\nQ: a?\nA: b\nid: b\n".write(toFile: folder.file("b.md"), atomically: true, encoding: .utf8)
    let result = try ChildRecall.run([command, "--decks", folder.path])
    #expect(result.status == 64)
    #expect(result.error == "error: several decks are found (a, b); name one, e.g. `recall \(command) a`\n")
  }

  /// `undo` without `--deck` takes back the last study rating, whichever deck it was in, as the
  /// REPL's `undo` does.
  @Test func undoWithoutADeckTakesBackTheLastRatingOfAnyDeck() throws {
    let folder = try TemporaryFolder()
    try "# A\n\nQ: a?\nA: b\nid: a\n".write(toFile: folder.file("a.md"), atomically: true, encoding: .utf8)
    try "# B\n\nQ: c?\nA: d\nid: c\n".write(toFile: folder.file("b.md"), atomically: true, encoding: .utf8)
    let db = folder.file("r.sqlite")
    let recall = try RecallProcess()
    let nothing = try recall.run(["undo", "--decks", folder.path, "--db", db])
    #expect(nothing.status == 0)
    #expect(nothing.stdout == "nothing to undo.\n", "\(nothing.stderr)")
    let study = try recall.run(["study", "--deck", "b", "--decks", folder.path, "--db", db], input: "d\n\n")
    #expect(study.status == 0)
    let undo = try recall.run(["undo", "--decks", folder.path, "--db", db])
    #expect(undo.status == 0, "\(undo.stderr)")
    #expect(undo.stdout.hasPrefix("took back ") && undo.stdout.hasSuffix(" for 'c'.\n"), "\(undo.stdout)")
  }

  /// `recall check` on a folder without decks must not pass as "0 errors": a CI step pointed at the
  /// wrong folder would never fail.
  @Test func checkingAFolderWithoutDecksFails() throws {
    let folder = try TemporaryFolder()
    let result = try ChildRecall.run(["check", folder.path])
    #expect(result.status == 1)
    #expect(result.error == "error: no deck files (*.md) in \"\(folder.path)\"; check the path\n")
  }

  /// An empty `--db` (an unset shell variable) must not quietly fall back to the default database.
  @Test func anEmptyDatabasePathIsAUsageError() throws {
    let result = try ChildRecall.run(["stats", "--db", ""])
    #expect(result.status == 64)
    #expect(result.error.contains("--db needs a path"), "\(result.error)")
  }
}
