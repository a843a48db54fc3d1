import Testing

@testable import RecallCore

@Suite struct SentenceCleanerTests {
  private let cleaner = SentenceCleaner(tokenizer: Tokenizer())

  @Test func dropsLeadingConnectives() {
    #expect(
      cleaner.clauses(of: "Therefore, the council voted for the plan.", previous: nil) == [
        "The council voted for the plan."
      ])
    #expect(
      cleaner.clauses(of: "In addition, members pay annual fees.", previous: nil) == [
        "Members pay annual fees."
      ])
  }

  @Test func aGlossInsideANameIsDropped() {
    #expect(
      cleaner.clauses(of: "The talks were held at the Varna (Liberty) Palace.", previous: nil) == [
        "The talks were held at the Varna Palace."
      ])
    // An acronym, a gloss after the name and a bracket opening with a lower-case word stay.
    #expect(
      SentenceCleaner.withoutNameGloss("The Caldera Forum (CF) Council met.") == "The Caldera Forum (CF) Council met.")
    #expect(
      SentenceCleaner.withoutNameGloss("It met in Varna (Liberty) in May.") == "It met in Varna (Liberty) in May.")
    #expect(SentenceCleaner.withoutNameGloss("the Gold Coast (now Ghana), Iran") == "the Gold Coast (now Ghana), Iran")
  }

  @Test func removesConnectivesInsideTheSentence() {
    #expect(
      cleaner.clauses(of: "Members must, however, report every year.", previous: nil) == [
        "Members must report every year."
      ])
  }

  @Test func splitsLongClausesAtSemicolons() {
    let clauses = cleaner.clauses(
      of: "Many blame the drought for the losses; therefore, new dams were built on the river.", previous: nil)
    #expect(clauses == ["Many blame the drought for the losses.", "New dams were built on the river."])
  }

  @Test func turnsCleftSentencesRound() {
    #expect(
      cleaner.clauses(of: "It is only through trade that peace can last.", previous: nil) == [
        "Peace can last only through trade."
      ])
  }

  @Test func aPlainNounSubjectIsAnAntecedentToo() {
    #expect(
      cleaner.clauses(
        of: "It entered into force on 2 February 1994.", previous: "The text was adopted on 14 June 1991 in Caldera.")
        == ["The text entered into force on 2 February 1994."])
  }

  @Test func resolvesOpeningPronounsFromThePreviousSentence() {
    #expect(
      cleaner.clauses(of: "It was signed in 1990.", previous: "The Treaty of Valmora protects rivers.") == [
        "The Treaty of Valmora was signed in 1990."
      ])
    #expect(
      cleaner.clauses(
        of: "They must report every year.", previous: "The treaty protects coastal nations.") == [
          "Coastal nations must report every year."
        ])
    #expect(cleaner.clauses(of: "This concept helps trade.", previous: nil) == ["The concept helps trade."])
  }

  @Test func leavesOutPronounsItCannotResolve() {
    #expect(cleaner.clauses(of: "It was signed in 1990.", previous: nil).isEmpty)
    #expect(cleaner.clauses(of: "This is important for everyone.", previous: "Trade grew.").isEmpty)
    #expect(cleaner.clauses(of: "Such threats include:", previous: "Threats grew.").isEmpty)
  }
}
