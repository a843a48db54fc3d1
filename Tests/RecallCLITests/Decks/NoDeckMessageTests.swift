import Foundation
import Testing

/// A deck name that fits no deck gets the same words from every command: the name in double quotes,
/// "did you mean" when a deck's name is close, and the command that lists the decks, as it is typed
/// where the message is read (`recall decks` in a shell, `decks` in the REPL).
@Suite struct NoDeckMessageTests {
  let decks = RecallProcess.repository.appendingPathComponent("Decks").path

  static let commands: [[String]] = [
    ["show", "centrl-asia"], ["export", "centrl-asia"], ["study", "--deck", "centrl-asia"], ["quiz", "centrl-asia"],
    ["stats", "centrl-asia"], ["quiz", "history", "centrl-asia"],
  ]

  @Test(arguments: commands)
  func theCommandLineSuggestsTheCloseDeck(command: [String]) throws {
    let recall = try RecallProcess()
    let output = try recall.run(command + ["--decks", decks])
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "error: no deck named \"centrl-asia\"; did you mean \"central-asia\"? run `recall decks` to list them\n")
  }

  @Test func aNameFarFromEveryDeckListsThem() throws {
    let recall = try RecallProcess()
    for command in [["show", "nowhere"], ["stats", "nowhere"]] {
      let output = try recall.run(command + ["--decks", decks])
      #expect(output.status == 1)
      #expect(
        output.stderr
          == "error: no deck named \"nowhere\" (decks: central-asia, kazakhstan-position); "
          + "run `recall decks` to list them\n", "\(command)")
    }
  }

  /// `quiz history` of a deck never quizzed is not an error; of a deck that does not exist it is.
  @Test func quizHistoryOfAKnownDeckWithoutQuizzesIsNoError() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["quiz", "history", "central", "--decks", decks])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stdout == "No quizzes on \u{201C}central-asia\u{201D} yet: run `recall quiz central-asia` to take one.\n")
  }

  /// An option with a bad value, in the REPL, reads like the REPL's other errors.
  @Test func argumentErrorsInTheReplAreLowerCaseWithAHint() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["--decks", decks], input: "stats --days x\nquiz --count\nquiz\n")
    #expect(output.stdout.contains("error: the value 'x' is invalid for '--days <days>'; type help stats for more\n"))
    #expect(
      output.stdout.contains("error: missing value for '--count <count>'; type help quiz for more\n"),
      "\(output.stdout)")
    #expect(
      output.stdout.contains(
        "error: several decks are found (central-asia, kazakhstan-position); name one, e.g. `quiz central-asia`\n"))
  }

  /// Hints inside the output of `stats` and `quiz history` name the REPL's own command there.
  @Test func hintsInTheReplNameTheReplsCommands() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["--decks", decks], input: "quiz history\nquiz history central-asia\nstats\n")
    #expect(output.stdout.contains("No quizzes yet: type quiz to take one.\n"), "\(output.stdout)")
    #expect(
      output.stdout.contains("No quizzes on \u{201C}central-asia\u{201D} yet: type quiz central-asia to take one.\n"))
    #expect(output.stdout.contains("Quizzes    none yet; type quiz to take one\n"))
    #expect(!output.stdout.contains("recall quiz"))
  }

  /// A deck file without a usable card is named as such by every command, stats included.
  @Test func aDeckWithoutUsableCardsIsSaidSoEverywhere() throws {
    let recall = try RecallProcess()
    _ = try recall.write("# Bad\n\nQ: a question without an answer?\n", to: "decks/bad.md")
    let folder = try recall.write("# Good\n\nQ: x?\nA: y\nid: x\n", to: "decks/good.md")
    let decks = (folder as NSString).deletingLastPathComponent
    for command in [["show", "bad"], ["study", "--deck", "bad"], ["quiz", "bad"], ["stats", "bad"]] {
      let output = try recall.run(command + ["--decks", decks])
      #expect(output.status == 1)
      #expect(output.stderr == "error: deck \"bad\" has no usable cards; run `recall check` to see why\n", "\(command)")
    }
    let repl = try recall.run(["--decks", decks], input: "show bad\nstudy --deck bad\nquiz bad\nstats bad\ndecks\n")
    let message = "error: deck \"bad\" has no usable cards; type check to see why\n"
    #expect(repl.stdout.components(separatedBy: message).count == 5, "\(repl.stdout)")
    #expect(repl.stdout.contains("their faulty cards are left out of study; type check to see the errors\n"))
    #expect(!repl.stdout.contains("recall check"), "\(repl.stdout)")
  }

  /// No usable deck at all: the command line says `recall check`, the REPL `check`.
  @Test func noUsableDeckAtAllNamesCheck() throws {
    let recall = try RecallProcess()
    let folder = try recall.write("# Bad\n\nQ: a question without an answer?\n", to: "decks/bad.md")
    let decks = (folder as NSString).deletingLastPathComponent
    let command = try recall.run(["quiz", "--decks", decks])
    #expect(command.status == 1)
    #expect(command.stderr.hasPrefix("error: no usable deck in "), "\(command.stderr)")
    #expect(command.stderr.hasSuffix("; run `recall check` to see why\n"), "\(command.stderr)")
    let repl = try recall.run(["--decks", decks], input: "quiz\n")
    #expect(repl.stdout.contains("; type check to see why\n"), "\(repl.stdout)")
  }

  @Test func theReplSaysTheSameAndNamesItsOwnCommand() throws {
    let recall = try RecallProcess()
    // Every command runs in the REPL, `export` too.
    let lines = Self.commands.map { $0.joined(separator: " ") }
    let output = try recall.run(
      ["--decks", decks],
      input: lines.joined(separator: "\n") + "\n")
    #expect(output.status == 0, "\(output.stderr)")
    let message = "error: no deck named \"centrl-asia\"; did you mean \"central-asia\"? type decks to list them\n"
    #expect(output.stdout.components(separatedBy: message).count == lines.count + 1, "\(output.stdout)")
  }
}
