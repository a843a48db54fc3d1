import Foundation
import Testing

/// A mistyped `--topic` gets the same words from `study`, `quiz`, `stats` and `show`, on the
/// command line and in the REPL: the topic in double quotes, the deck, "did you mean" and the topics.
@Suite struct NoTopicMessageTests {
  let decks = RecallProcess.repository.appendingPathComponent("Decks").path
  let message =
    "no topic \"Capitls\" in deck \"central-asia\"; did you mean \"Capitals\"? "
    + "(topics: Capitals, Countries, Geography)"

  static let commands: [[String]] = [
    ["show", "central-asia", "--topic", "Capitls"], ["study", "--deck", "central-asia", "--topic", "Capitls"],
    ["quiz", "central-asia", "--topic", "Capitls"], ["stats", "central-asia", "--topic", "Capitls"],
  ]

  @Test(arguments: commands)
  func theCommandLineSuggestsTheCloseTopic(command: [String]) throws {
    let recall = try RecallProcess()
    let output = try recall.run(command + ["--decks", decks])
    #expect(output.status == 1)
    #expect(output.stderr == "error: \(message)\n")
  }

  @Test func theReplSaysTheSame() throws {
    let recall = try RecallProcess()
    let lines = Self.commands.map { $0.joined(separator: " ") }
    let output = try recall.run(["--decks", decks], input: lines.joined(separator: "\n") + "\n")
    #expect(output.status == 0, "\(output.stderr)")
    let shown = output.stdout.components(separatedBy: "\n").filter { $0.contains("Capitls") }
    #expect(shown.count == lines.count, "\(output.stdout)")
    for line in shown {
      #expect(line == "error: " + message)
    }
  }
}
