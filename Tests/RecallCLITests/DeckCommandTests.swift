import Foundation
import Testing

/// The deck commands, run as a subprocess.
@Suite struct DeckCommandTests {
  let decks = RecallProcess.repository.appendingPathComponent("Decks").path

  @Test func helpListsTheCommands() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["--help"])
    #expect(output.status == 0)
    for command in ["check", "decks", "show", "export"] {
      #expect(output.stdout.contains("  \(command)"), "help lists \(command)")
    }
  }

  /// A reversed card expects its question as the answer, so in a shipped deck that question must
  /// be short enough to type: "Astana" answered with "What is the capital of Kazakhstan?" is not.
  @Test func shippedReversedCardsCanBeAnsweredByTyping() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["export", "--decks", decks, "central-asia", "--format", "json"])
    let cards = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    let reversed = cards.filter { ($0["id"] as? String)?.hasSuffix("~r") == true }
    #expect(!reversed.isEmpty)
    for card in reversed {
      let answer = card["answer"] as? String ?? ""
      #expect(answer.split(separator: " ").count <= 3, "reversed card expects \"\(answer)\"")
    }
  }

  @Test func shippedDecksCheckClean() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["check", decks])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stdout.contains(": 0 errors"))
  }

  @Test func brokenDeckFailsWithCompilerStyleDiagnostics() throws {
    let recall = try RecallProcess()
    let path = try recall.write("# T\n\nQ: One?\nid: one\n\nM: Pick\n- [ ] a\n- [ ] b\nid: two\n", to: "bad.md")
    let output = try recall.run(["check", path])
    #expect(output.status == 1)
    #expect(output.stdout.contains("bad.md:3:1: error: question without an answer"))
    #expect(output.stdout.contains("bad.md:6:1: error: multiple-choice with no correct option"))
    #expect(output.stdout.contains("checked 1 deck, 0 cards: 2 errors, 0 warnings"))
  }

  @Test func badInputIsAClearErrorNotACrash() throws {
    let recall = try RecallProcess()
    let missing = try recall.run(["check", "/no/such/deck.md"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: no such file or folder \"/no/such/deck.md\"; check the path\n")
    let binary = try recall.write(bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }, to: "noise.md")
    let noise = try recall.run(["check", binary])
    #expect(noise.status == 1)
    #expect(noise.stdout.contains("invalid UTF-8"))
    let usage = try recall.run(["export", "central-asia", "--format", "yaml", "--decks", decks])
    #expect(usage.status == 64)
    let unknownDeck = try recall.run(["show", "centrl-asia", "--decks", decks])
    #expect(unknownDeck.status == 1)
    #expect(unknownDeck.stderr.contains("did you mean \"central-asia\"?"))
  }

  @Test func decksListsCountsByKind() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["decks", "--decks", decks])
    #expect(output.status == 0)
    #expect(output.stdout.contains("central-asia"))
    #expect(output.stdout.contains("Capitals, Countries, Geography"))
  }

  /// A deck file with errors loses its faulty cards in study; `decks` must not hide that.
  @Test func decksFlagsDecksWithErrors() throws {
    let folder = try TemporaryFolder()
    try "# Good\n\nQ: a?\nA: b\nid: g\n".write(toFile: folder.file("good.md"), atomically: true, encoding: .utf8)
    try "# Half\n\nQ: a?\nA: b\nid: h\n\nA: stray\n".write(
      toFile: folder.file("half.md"), atomically: true, encoding: .utf8)
    try "".write(toFile: folder.file("empty.md"), atomically: true, encoding: .utf8)
    let result = try ChildRecall.run(["decks", "--decks", folder.path])
    #expect(result.status == 0)
    #expect(
      result.output.hasSuffix(
        "errors in 2 decks (empty, half): their faulty cards are left out of study; run `recall check` to see the errors\n"
      ),
      "\(result.output)")
    let clean = try ChildRecall.run(["decks", "--decks", folder.path + "/good.md"])
    #expect(!clean.output.contains("errors in"))
  }

  @Test func bundledDecksAreUsedOutsideTheRepository() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["decks"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("decks from the bundled decks:"))
    #expect(output.stdout.contains("central-asia"))
  }

  @Test func showFiltersByTopic() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["show", "central-asia", "--topic", "geography", "--decks", decks])
    #expect(output.status == 0)
    #expect(output.stdout.contains("Aral Sea") || output.stdout.contains("____"))
    #expect(!output.stdout.contains("Bishkek"))
    let missing = try recall.run(["show", "central-asia", "--topic", "nope", "--decks", decks])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no topic \"nope\""))
  }

  @Test func exportWritesOneJSONObjectPerCard() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["export", "central-asia", "--format", "json", "--decks", decks])
    #expect(output.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    let cards = try #require(json as? [[String: Any]])
    #expect(cards.count == 16)
    let cloze = try #require(cards.first { $0["type"] as? String == "cloze" })
    #expect((cloze["prompt"] as? String)?.contains("____") == true)
    let list = try #require(cards.first { $0["type"] as? String == "list" })
    #expect((list["answer"] as? [String])?.count == 5)
    let mcq = try #require(cards.first { $0["type"] as? String == "mcq" })
    #expect((mcq["options"] as? [String])?.count == 4)
    for card in cards {
      for key in ["id", "type", "prompt", "answer", "topic", "source"] { #expect(card[key] != nil, "\(key)") }
    }
  }

  @Test func exportMarkdownRoundTripsTheDeck() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["export", "central-asia", "--format", "md", "--decks", decks])
    let path = try recall.write(output.stdout, to: "copy/central-asia.md")
    let again = try recall.run([
      "export", "central-asia", "--format", "md", "--decks",
      URL(fileURLWithPath: path).deletingLastPathComponent().path,
    ])
    #expect(again.stdout == output.stdout)
  }
}
