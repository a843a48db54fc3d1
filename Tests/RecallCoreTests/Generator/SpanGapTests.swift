import Testing

@testable import RecallCore

/// A gap that leaves part of its fact behind: one end of a span of days, or the last word of a
/// name after its owner's "'s".
@Suite struct SpanGapTests {
  private let tokenizer = Tokenizer()

  private func problem(_ sentence: String, gap answer: String, kind: FactKind) -> CardProblem? {
    gapProblem(sentence, gap: answer, kind: kind, tokenizer: tokenizer)
  }

  @Test func oneEndOfASpanOfDaysIsNoGap() {
    let sentence = "The Merrow talks were held from 4 to 11 May 1945 in Halvik."
    #expect(problem(sentence, gap: "11 May 1945", kind: .date) == .nameFragment("11 May 1945"))
    #expect(problem(sentence, gap: "4", kind: .number) == .nameFragment("4"))
    // A date on its own stays a fair gap.
    #expect(problem("The Merrow talks opened on 11 May 1945 in Halvik.", gap: "11 May 1945", kind: .date) == nil)
  }

  @Test func theLastWordOfAnOwnedNameIsNoGap() {
    let sentence = "In 1966, the Sardel People's Organisation launched a long campaign for independence."
    #expect(problem(sentence, gap: "Organisation", kind: .organisation) == .nameFragment("Organisation"))
    #expect(problem(sentence, gap: "Sardel People", kind: .place) == .nameFragment("Sardel People"))
    // A man's "'s", or a place owned by one, is no part of a longer name.
    let owned = "When the empire weakened in Napoleon's Peninsular War, Louis XVIII's France sent envoys."
    #expect(problem(owned, gap: "Napoleon", kind: .person) == nil)
    #expect(problem(owned, gap: "France", kind: .place) == nil)
    // An owner followed by a common noun is a fair gap.
    #expect(problem("In 1990 Sardel's capital moved to Halvik.", gap: "Sardel", kind: .place) == nil)
  }
}
