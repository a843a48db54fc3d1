import Foundation
import Testing

@testable import RecallCore

/// parse -> print -> parse gives the same deck, and printing is stable.
@Suite struct DeckRoundTripTests {
  static let repositoryDecks = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Decks")

  func assertRoundTrip(_ deck: Deck, sourceLocation: SourceLocation = #_sourceLocation) {
    let printed = DeckPrinter.print(deck)
    let reparsed = DeckParser.parse(text: printed, origin: deck.origin)
    #expect(!reparsed.hasErrors, "\(reparsed.diagnostics)", sourceLocation: sourceLocation)
    #expect(reparsed.deck.map(withoutLines) == deck, sourceLocation: sourceLocation)
    if let again = reparsed.deck {
      #expect(DeckPrinter.print(again) == printed, sourceLocation: sourceLocation)
    }
  }

  func withoutLines(_ deck: Deck) -> Deck {
    var copy = deck
    copy.notes = copy.notes.map { note in
      var note = note
      note.line = 0
      return note
    }
    return copy
  }

  @Test func shippedDecksRoundTrip() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.repositoryDecks.path)
      .filter { $0.hasSuffix(".md") && $0.dropLast(3).contains(where: \.isLowercase) }
    #expect(!names.isEmpty)
    for name in names {
      let text = try String(contentsOf: Self.repositoryDecks.appendingPathComponent(name), encoding: .utf8)
      let result = DeckParser.parse(text: text, origin: name)
      #expect(!result.hasErrors, "\(result.diagnostics)")
      let deck = try #require(result.deck)
      let printed = DeckPrinter.print(deck)
      let reparsed = try #require(DeckParser.parse(text: printed, origin: name).deck)
      #expect(withoutLines(reparsed) == withoutLines(deck))
    }
  }

  @Test func everyKindRoundTrips() throws {
    let text = """
      # Every kind
      Q: Before any topic?
      A: yes
      id: first

      ## One
      Q: What [is] this | that \\ here?
      A: an answer; with a semicolon
      Also: alt one; alt two
      Reverse: yes
      Tags: a, b c
      id: q1
      Source: line 4

      C: Escaped \\[not a gap\\] and [a gap|hint] and [b \\| c].
      id: c1

      ## Two
      L: Ordered
      1. one
      2. \\[x] two
      id: l1

      M: Choose
      - [ ] wrong
      - [x] right
      - [ ] [bracketed]
      id: m1

      """
    let result = DeckParser.parse(text: text, origin: "every.md")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let deck = try #require(result.deck)
    #expect(deck.notes.count == 5)
    guard case .cloze(let cloze) = deck.notes[2].content else {
      Issue.record("expected a cloze")
      return
    }
    #expect(cloze.answers == ["a gap", "b | c"])
    #expect(cloze.fullText == "Escaped [not a gap] and a gap and b | c.")
    guard case .list(_, let items, let ordered) = deck.notes[3].content else {
      Issue.record("expected a list")
      return
    }
    #expect(items == ["one", "[x] two"])
    #expect(ordered)
    assertRoundTrip(withoutLines(deck))
    let reparsed = try #require(DeckParser.parse(text: DeckPrinter.print(deck), origin: "every.md").deck)
    #expect(withoutLines(reparsed) == withoutLines(deck))
  }

  /// A bracket followed by a combining mark is one Character with it ("]\u{07EB}"), but the parser
  /// reads bytes: the printer escapes it all the same (found by the generator harness,
  /// `FuzzRegressions/generator/bracket-before-a-combining-mark.txt`).
  @Test func aBracketBeforeACombiningMarkIsEscaped() {
    let cloze = ClozeText(segments: [
      .text("Known as [fossil]\u{07EB} aquifers, "), .gap(answer: "x]\u{0301}y", hint: "a|\u{0301}b"),
      .text(" \\\u{0301} end."),
    ])
    assertRoundTrip(Deck(title: "Marks", notes: [Note(content: .cloze(cloze), explicitID: "m1")]))
  }

  /// A list item or an option that starts with a bracket and a combining mark ("[\u{0301}") is
  /// one Character that is not "[": the printer leaves it unescaped and the parser, which decides
  /// on the same Character, reads the same item back.
  @Test func anItemStartingWithABracketBeforeACombiningMarkIsEscaped() {
    let list = Note(content: .list(prompt: "Marks?", items: ["[\u{0301}a", "b"], ordered: false), explicitID: "l1")
    let mcq = Note(
      content: .mcq(prompt: "Which?", options: ["[\u{0301}x] y", "z"], correct: 1), explicitID: "q1")
    assertRoundTrip(Deck(title: "Marks", notes: [list, mcq]))
  }

  @Test(arguments: 0..<40) func randomDecksRoundTrip(seed: Int) throws {
    var random = SeededGenerator(seed: UInt64(seed))
    let deck = RandomDeck.make(using: &random, notes: 30)
    let printed = DeckPrinter.print(deck)
    let result = DeckParser.parse(text: printed, origin: "random.md")
    #expect(!result.hasErrors, "\(result.diagnostics.prefix(3))\n\(printed)")
    let reparsed = try #require(result.deck)
    #expect(withoutLines(reparsed) == deck)
    #expect(DeckPrinter.print(reparsed) == printed)
    // `cardCount` counts without building cards; it must agree with `cards`.
    #expect(deck.notes.map(\.cardCount) == deck.notes.map { $0.cards.count })
  }
}

/// Random but valid decks for round-trip and benchmark input.
enum RandomDeck {
  static let words = [
    "treaty", "signed", "[bracket]", "a|b", "back\\slash", "1991", "30", "Café", "naïve", "«quoted»", "“curly”",
    "#hash",
    "- dash", "Q:", "x", "semi", "comma,", "Ünïcödé", "日本", "emoji🙂", "tab\there", "   ", "`code`", "*star*",
  ]

  static func phrase(using random: inout SeededGenerator, allowSemicolon: Bool = true) -> String {
    let count = Int(random.next() % 6) + 1
    var parts: [String] = []
    for _ in 0..<count {
      parts.append(words[Int(random.next() % UInt64(words.count))])
    }
    var text = parts.joined(separator: " ").replacingOccurrences(of: "\t", with: " ")
    if !allowSemicolon { text = text.replacingOccurrences(of: ";", with: ".") }
    text = text.replacingOccurrences(of: ",", with: allowSemicolon ? "," : ".")
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? "word" : trimmed
  }

  static func make(using random: inout SeededGenerator, notes count: Int) -> Deck {
    var notes: [Note] = []
    var topic: String?
    for index in 0..<count {
      if random.next() % 5 == 0 { topic = "Topic \(index)" }
      let content: Note.Content
      switch random.next() % 4 {
      case 0:
        content = .qa(
          question: phrase(using: &random), answer: phrase(using: &random), reverse: random.next() % 2 == 0)
      case 1:
        var segments: [ClozeText.Segment] = [.text(phrase(using: &random) + " ")]
        segments.append(.gap(answer: phrase(using: &random), hint: random.next() % 2 == 0 ? "year" : nil))
        segments.append(.text(" " + phrase(using: &random)))
        content = .cloze(ClozeText(segments: segments))
      case 2:
        let items = (0..<(Int(random.next() % 4) + 1)).map { "\($0) " + phrase(using: &random) }
        content = .list(prompt: phrase(using: &random), items: items, ordered: random.next() % 2 == 0)
      default:
        let options = (0..<4).map { "\($0) " + phrase(using: &random) }
        content = .mcq(prompt: phrase(using: &random), options: options, correct: Int(random.next() % 4))
      }
      let alternatives = random.next() % 3 == 0 ? [phrase(using: &random, allowSemicolon: false)] : []
      let tags = random.next() % 3 == 0 ? ["tag\(index)", "other"] : []
      notes.append(
        Note(
          content: content, explicitID: "card-\(index)", alternatives: alternatives, tags: tags,
          source: random.next() % 2 == 0 ? "line \(index)" : nil, topic: topic))
    }
    return Deck(title: "Random deck", origin: "random.md", notes: notes)
  }
}
