import Testing

@testable import RecallCore

/// The generator's quick paths (scalars instead of characters, bytes instead of characters, work on
/// all cores) must give exactly what the plain paths give.
@Suite struct FastPathTests {
  private let sentences = [
    "The Treaty of Valmora (TV) was signed on 1 July 1968 by the U.S. and 22,000 people.",
    "\u{201C}Water rights\u{201D} are the states\u{2019} rights; the council\u{2019}s plan costs $1.5 billion.",
    "Members don't pay 12% \u{2014} they pay \u{2022} nothing, e.g. Mr. Smith's fees.",
    "Caf\u{E9} owners\u{2019} union, na\u{EF}ve claims and \u{2018}quoted\u{2019} words.",
  ]

  @Test func tokenizerGivesTheSamePiecesFromScalarsAsFromCharacters() throws {
    for sentence in sentences {
      let scalars = try #require(Unicode.Scalar.standaloneScalars(of: sentence))
      let fromScalars = Tokenizer.pieces(scalars).map { "\($0.0)|\($0.1)|\($0.2)" }
      let fromCharacters = Tokenizer.pieces(Array(sentence)).map { "\($0.0)|\($0.1)|\($0.2)" }
      #expect(fromScalars == fromCharacters)
    }
  }

  @Test func tokenizerGivesTheSamePiecesFromBytesAsFromCharacters() {
    let ascii = [
      sentences[0], "Members don't pay 12% - they pay nothing, e.g. Mr. Smith's fees.",
      "It was signed in the U.S. The states' rights (art. 3) \"hold\". Dr. A. B. Cole agreed!  Yes?",
    ]
    for sentence in ascii {
      let fromBytes = Tokenizer.pieces(Array(sentence.utf8)).map { "\($0.0)|\($0.1)|\($0.2)" }
      let fromCharacters = Tokenizer.pieces(Array(sentence)).map { "\($0.0)|\($0.1)|\($0.2)" }
      #expect(fromBytes == fromCharacters)
    }
  }

  @Test func combiningMarksAndCarriageReturnsKeepTheCharacterPath() {
    #expect(Unicode.Scalar.standaloneScalars(of: "Cafe\u{301} owners") == nil)
    #expect(Unicode.Scalar.standaloneScalars(of: "one\r\ntwo") == nil)
  }

  @Test func characterTextCutsLikeAnArrayOfCharacters() {
    for sentence in sentences + ["Cafe\u{301} owners met in 1990."] {
      let text = CharacterText(sentence)
      let characters = Array(sentence)
      #expect(text.count == characters.count)
      for start in stride(from: 0, to: characters.count, by: 7) {
        let end = min(characters.count, start + 11)
        #expect(text[start..<end] == String(characters[start..<end]))
      }
    }
  }

  @Test func linesSplitLikeCharacters() {
    let text = "Title\r\nfirst\rsecond\n\nthird\r\n"
    let expected = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    #expect(DocumentOutline.lines(of: text) == expected)
    #expect(DocumentOutline.lines(of: "") == [""])
  }

  @Test func parallelMapKeepsInputOrder() {
    let items = Array(0..<10_000)
    #expect(ParallelMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
    let counted = ParallelMap.map(items, state: { 0 }) { (seen: inout Int, item) -> Int in
      seen += 1
      return item + 1
    }
    #expect(counted == items.map { $0 + 1 })
    let (first, second) = ParallelMap.both({ "outline" }, { 42 })
    #expect(first == "outline" && second == 42)
  }

  @Test func asciiFoldMatchesTheGeneralFold() {
    // The same text with one non-ASCII letter takes the general path; the rest must fold alike.
    let ascii = "The U.N. (1945) said: \"Peace, 1,500 troops!\" [note]; x.y"
    #expect(TextNormalizer.fold(ascii + " \u{E9}") == TextNormalizer.fold(ascii) + " \u{E9}")
  }
}
