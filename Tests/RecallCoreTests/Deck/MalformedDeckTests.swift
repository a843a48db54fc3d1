import Testing

@testable import RecallCore

/// Whatever bytes a deck file holds, parsing reports problems and never crashes.
@Suite struct MalformedDeckTests {
  @Test(arguments: 0..<200) func randomBytesNeverCrash(seed: Int) {
    var random = SeededGenerator(seed: UInt64(seed) &* 7919)
    let length = Int(random.next() % 4096)
    let alphabet: [UInt8] = Array("#QACLM:-*[]|\\ x1.\n\r\t>".utf8) + [0, 0x1B, 0xC3, 0xA9, 0xFF, 0xE2, 0x80]
    let bytes = (0..<length).map { _ in
      random.next() % 3 == 0
        ? UInt8(truncatingIfNeeded: random.next()) : alphabet[Int(random.next() % UInt64(alphabet.count))]
    }
    let result = DeckParser.parse(bytes: bytes, origin: "random.bin")
    for diagnostic in result.diagnostics {
      #expect(diagnostic.line >= 1)
      #expect(diagnostic.column >= 1)
    }
    if let deck = result.deck {
      _ = DeckPrinter.print(deck)
      _ = DeckExport.json(deck)
    }
  }

  @Test func twentyMegabyteFileParses() {
    var text = "# Big\n\n"
    let card = "Q: What is the capital of Kazakhstan, the largest landlocked country?\nA: Astana\n"
    var index = 0
    while text.utf8.count < 20_000_000 {
      text += card + "id: c\(index)\n\n"
      index += 1
    }
    let result = DeckParser.parse(bytes: Array(text.utf8), origin: "big.md")
    #expect(!result.hasErrors)
    #expect(result.deck?.notes.count == index)
  }

  @Test func oneHugeLineParses() {
    let line = String(repeating: "[", count: 2_000_000)
    let result = DeckParser.parse(text: "# T\n\nC: " + line + "\n", origin: "huge.md")
    #expect(result.hasErrors)
  }

  @Test func onlyWhitespaceIsAnEmptyFile() {
    let result = DeckParser.parse(text: " \n\t\n\n", origin: "blank.md")
    #expect(result.deck == nil)
    #expect(result.diagnostics.first?.message.hasPrefix("empty file") == true)
  }

  @Test func windowsLineEndingsAndByteOrderMarkAreAccepted() throws {
    let text = "\u{FEFF}# T\r\n\r\nQ: One?\r\nA: 1\r\nid: one\r\n"
    let result = DeckParser.parse(text: text, origin: "crlf.md")
    #expect(result.diagnostics.isEmpty)
    let deck = try #require(result.deck)
    #expect(deck.title == "T")
    #expect(deck.cards.first?.answer == .text("1"))
  }
}
