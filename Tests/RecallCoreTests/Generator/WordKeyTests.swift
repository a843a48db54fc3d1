import Testing

@testable import RecallCore

/// The planner's word keys must agree with plain `String` sets, which they stand in for.
@Suite struct WordKeyTests {
  private let words = [
    "the", "The", "between", "betweens", "a", "", "whether", "caf\u{E9}", "cafe\u{301}", "\u{212A}", "K", "k",
    "1968", "it's", "does", "doesn't", "under", "understand",
  ]

  @Test func stopWordsAreShortLowerCaseASCII() {
    for word in TextNormalizer.stopWords {
      #expect((1...7).contains(word.utf8.count) && word.utf8.allSatisfy { (0x61...0x7A).contains($0) })
    }
  }

  @Test func stopWordTestAgreesWithTheSet() {
    for word in words + Array(TextNormalizer.stopWords) {
      #expect(WordKey.isStopWord(word) == TextNormalizer.stopWords.contains(word), "\(word)")
    }
  }

  @Test func equalWordsGetEqualHashes() {
    #expect(WordKey.hash("caf\u{E9}") == WordKey.hash("cafe\u{301}"))
    #expect(WordKey.hash("\u{212A}") == WordKey.hash("K"))
    #expect(WordKey.hash("plan") == WordKey.hash(String("plans".dropLast())))
  }

  @Test func commonWordsAgreeWithSetIntersection() {
    let sets: [Set<String>] = [
      ["plan", "council", "caf\u{E9}", "1968"], ["cafe\u{301}", "plan", "water"], [], ["K", "x"],
      ["\u{212A}", "x", "y"],
    ]
    for lhs in sets {
      for rhs in sets {
        #expect(PromptWords(lhs).common(with: PromptWords(rhs)) == lhs.intersection(rhs).count)
        #expect(PromptWords(lhs).count == lhs.count)
      }
    }
  }
}
