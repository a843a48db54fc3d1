import Foundation
import Testing

/// A deck may be named as an argument or with `--deck` in every command that takes one, so the form
/// learnt in `study` works in `stats` and the other way round; naming two decks at once is refused.
@Suite struct DeckNamingTests {
  let decks = RecallProcess.repository.appendingPathComponent("Decks").path

  @Test(arguments: [["show"], ["export"], ["stats"], ["quiz", "history"]])
  func bothFormsGiveTheSameOutput(command: [String]) throws {
    let recall = try RecallProcess()
    let positional = try recall.run(command + ["central-asia", "--decks", decks])
    let option = try recall.run(command + ["--deck", "central-asia", "--decks", decks])
    #expect(positional.status == 0, "\(positional.stderr)")
    #expect(option.status == 0, "\(option.stderr)")
    #expect(positional.stdout == option.stdout)
  }

  @Test func studyTakesTheDeckAsAnArgument() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["study", "central-asia", "--decks", decks, "--new", "1"], input: "")
    #expect(output.stdout.contains("central-asia ›"), "\(output.stdout)\(output.stderr)")
    #expect(!output.stdout.contains("kazakhstan-position ›"))
  }

  @Test(arguments: [
    ["show", "central-asia", "--deck", "kazakhstan-position"],
    ["study", "central-asia", "--deck", "kazakhstan-position"],
    ["stats", "central-asia", "--deck", "kazakhstan-position"],
    ["undo", "central-asia", "--deck", "kazakhstan-position"],
  ])
  func twoDifferentDecksAreAUsageError(command: [String]) throws {
    let recall = try RecallProcess()
    let output = try recall.run(command + ["--decks", decks])
    #expect(output.status == 64)
    #expect(output.stderr.contains("give the deck once: 'central-asia' or --deck 'kazakhstan-position', not both"))
  }

  @Test func anUnknownTopicInExportIsAnError() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["export", "central-asia", "--topic", "Capitls", "--decks", decks])
    #expect(output.status == 1)
    #expect(output.stderr.contains("did you mean \"Capitals\"?"))
  }

  @Test func theReplTakesTheDeckEitherWay() throws {
    let recall = try RecallProcess()
    let output = try recall.run(
      ["--decks", decks], input: "study central-asia --new 1\n\nshow --deck central-asia --topic Capitals\nquit\n")
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("central-asia › "))
    #expect(!output.stdout.contains("needs a value"))
    #expect(output.stdout.contains("Capitals"))
  }
}
