import Testing

@testable import RecallCore

@Suite struct AnswerKindTests {
  @Test(arguments: [
    ("1991", AnswerKind.year), ("2006", .year), ("1990s", .year),
    ("30", .number), ("1,500", .number), ("2.5 million", .number), ("thirty", .number), ("193", .number),
    ("40%", .percentage), ("15 percent", .percentage),
    ("2 December 2010", .date), ("March 2006", .date), ("2006-03-12", .date), ("December 16th, 1991", .date),
    ("UN", .acronym), ("NATO", .acronym), ("U.N.", .acronym), ("OSCE", .acronym),
    ("United Nations", .organisation), ("Shanghai Cooperation Organisation", .organisation),
    ("United Nations Security Council", .organisation),
    ("Conference on Interaction and Confidence-Building Measures in Asia (CICA)", .organisation),
    ("Iraq", .place), ("Central Asia", .place), ("the Caspian Sea", .place), ("Kyrgyzstan", .place),
    ("Astana", .place),
    ("Kofi Annan", .person), ("President Nazarbayev", .person), ("Ban Ki-moon", .person),
    ("tenge", .phrase), ("Drug trafficking", .phrase), ("A peaceful settlement", .phrase), ("", .phrase),
  ])
  func classifiesByShape(text: String, kind: AnswerKind) {
    #expect(AnswerKind.classify(text) == kind, "\(text)")
  }

  @Test func hintOverridesShape() {
    #expect(AnswerKind.classify("Baikonur", hint: "place") == .place)
    #expect(AnswerKind.classify("30", hint: "year") == .year)
    #expect(AnswerKind.classify("landlocked", hint: "kind of country") == .phrase)
  }

  @Test func organisationsMixWithAcronymsOnly() {
    #expect(AnswerKind.organisation.isCompatible(with: .acronym))
    #expect(!AnswerKind.year.isCompatible(with: .number))
    #expect(!AnswerKind.number.isCompatible(with: .percentage))
  }

  @Test func equivalenceCatchesSecondCorrectAnswers() {
    #expect(AnswerEquivalence.areEquivalent("30", "thirty"))
    #expect(AnswerEquivalence.areEquivalent("UN", "United Nations"))
    #expect(
      AnswerEquivalence.areEquivalent("CICA", "Conference on Interaction and Confidence-Building Measures in Asia"))
    #expect(AnswerEquivalence.areEquivalent("the Caspian Sea", "Caspian"))
    #expect(AnswerEquivalence.areEquivalent("Astana", "astana."))
    #expect(!AnswerEquivalence.areEquivalent("2.5", "25"))
    #expect(!AnswerEquivalence.areEquivalent("1991", "1992"))
    #expect(!AnswerEquivalence.areEquivalent("Iraq", "Iran"))
  }

  @Test func numbersInWords() {
    #expect(AnswerNumbers.value(of: "two hundred and five") == 205)
    #expect(AnswerNumbers.value(of: "1,500") == 1500)
    #expect(AnswerNumbers.value(of: "fifteen hundred") == 1500)
    #expect(AnswerNumbers.value(of: "Astana") == nil)
  }
}
