import Foundation
import Testing

/// `recall check --cards` and `recall generate --more`, run as subprocesses.
@Suite struct CardCheckCommandTests {
  private let source = RecallProcess.repository.appendingPathComponent("Decks/sources/kazakhstan-position.txt").path

  @Test func warnsAboutMisleadingCardsWithTheirLines() throws {
    let recall = try RecallProcess()
    let deck = try recall.write(
      """
      # Treaties

      C: The Treaty of Tordesillas was signed in [Tordesillas|place] in 1494.
      id: t1

      C: This had fallen to [21 percent|percentage] by 2005.
      id: t2

      C: The conference was held at the [Merdeka] (Freedom) Building.
      id: t3

      M: Hammarskjöld served as the second ____.
      - [x] Secretary-General of the United Nations
      - [ ] UN Secretary-General
      - [ ] Prime Minister of Sweden
      id: t4

      C: The treaty was signed in [Lisbon|place] in 1494.
      id: t5
      """, to: "treaties.md")
    let output = try recall.run(["check", "--cards", deck])
    #expect(output.status == 0, "\(output.stdout)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains { $0.hasPrefix("\(deck):3:1: warning: the answer \"Tordesillas\" can be read in the prompt") })
    #expect(lines.contains { $0.hasPrefix("\(deck):6:1: warning: the prompt opens with \"This\"") })
    #expect(lines.contains { $0.hasPrefix("\(deck):9:1: warning: the gap \"Merdeka\" is part of a longer name") })
    #expect(
      lines.contains { $0.hasPrefix("\(deck):12:1: warning: the option \"UN Secretary-General\" names the same thing") }
    )
    #expect(!lines.contains { $0.contains(":18:") })
    #expect(lines.last == "checked 1 deck, 5 cards: 0 errors, 4 warnings")
    // Without --cards, the deck is only parsed.
    let plain = try recall.run(["check", deck])
    #expect(plain.stdout == "checked 1 deck, 5 cards: 0 errors, 0 warnings\n")
  }

  @Test func theGeneratedDeckPassesItsOwnChecks() throws {
    let recall = try RecallProcess()
    let deck = RecallProcess.repository.appendingPathComponent("Decks/kazakhstan-position.md").path
    let output = try recall.run(["check", "--cards", deck])
    #expect(output.stdout.hasSuffix("0 errors, 0 warnings\n"), "\(output.stdout)")
  }

  @Test func moreKeepsTheTail() throws {
    let recall = try RecallProcess()
    let best = try recall.run(["generate", source])
    let all = try recall.run(["generate", source, "--more"])
    #expect(best.status == 0 && all.status == 0)
    let count = { (text: String) in text.components(separatedBy: "\nid: ").count - 1 }
    #expect(count(all.stdout) > count(best.stdout))
    #expect(all.stdout.hasPrefix(best.stdout.components(separatedBy: "\n## ").prefix(2).joined(separator: "\n## ")))
  }
}
