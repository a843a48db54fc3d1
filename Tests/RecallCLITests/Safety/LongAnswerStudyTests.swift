import Foundation
import Testing

/// Long typed or pasted answers in `recall study` (issue 16): `hundred` thirty times crashed the
/// session with SIGILL; thousands of list items were all echoed back.
@Suite struct LongAnswerStudyTests {
  static let deck = """
    # Long

    Q: Capital?
    A: Astana
    id: capital

    L: Which countries border the Caspian Sea? (5)
    - Kazakhstan
    - Russia
    - Azerbaijan
    - Iran
    - Turkmenistan
    id: caspian

    """

  func study(_ input: String) throws -> RecallProcess.Output {
    let recall = try RecallProcess()
    let decks = recall.home.appendingPathComponent("decks")
    try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
    try Self.deck.write(to: decks.appendingPathComponent("long.md"), atomically: true, encoding: .utf8)
    return try recall.run(
      [
        "study", "--decks", decks.path, "--db", recall.home.appendingPathComponent("r.sqlite").path, "--now",
        "2026-05-01T10:00:00Z",
      ],
      input: input)
  }

  @Test func hundredThirtyTimesIsAWrongAnswerAndTheSessionGoesOn() throws {
    let hundreds = Array(repeating: "hundred", count: 30).joined(separator: " ")
    let output = try study("\(hundreds)\n\n\(hundreds)\n\n")
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("✗ not quite; expected: Astana"))
    #expect(output.stdout.contains("studied 2 cards"), "\(output.stdout)")
  }

  @Test func thousandsOfListItemsAreCheckedAndShownCutShort() throws {
    let items = String(repeating: "kazakhstan, ", count: 3_000)
    let words = String(repeating: "twenty ", count: 5_000)
    let output = try study("\(words)\n\n\(items)\n\n")
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n")
    let misplaced = try #require(lines.first { $0.hasPrefix("  in the wrong place: ") })
    #expect(misplaced.hasSuffix("; … and 2989 more"), "\(misplaced)")
    #expect(misplaced.count < 200)
    #expect(lines.allSatisfy { $0.count < 1_000 }, "a line of \(lines.map(\.count).max() ?? 0) characters")
  }
}
