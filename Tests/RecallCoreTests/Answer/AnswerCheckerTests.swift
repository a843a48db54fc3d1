import RecallCore
import Testing

@Suite struct AnswerCheckerTests {
  let checker = AnswerChecker()

  @Test(arguments: [
    ("Nur-Sultan", "Nur-Sultan", AnswerCheck.Verdict.exact),
    ("nur-sultan", "Nur-Sultan", .exact),
    ("  nur sultan ", "Nur-Sultan", .equivalent),
    ("Nur-Sultn", "Nur-Sultan", .typo),
    ("Nursultan", "Nur-Sultan", .equivalent),
    ("Almaty", "Nur-Sultan", .wrong),
    ("the Caspian Sea", "Caspian Sea", .equivalent),
    ("An apple", "apple", .equivalent),
    ("Zürich", "Zurich", .equivalent),
    ("«Astana»", "\"Astana\"", .equivalent),
    ("don’t panic", "don't panic", .equivalent),
    ("thirty", "30", .equivalent),
    ("30", "thirty", .equivalent),
    ("two thousand and six", "2006", .equivalent),
    ("one hundred", "100", .equivalent),
    ("nineteen ninety-one", "1991", .equivalent),
    ("December 16", "16 December", .equivalent),
    ("dec 16 1991", "16 December 1991", .wrong),
    ("December 17", "16 December", .wrong),
    ("bites dog man", "man bites dog", .wrong),
    ("twenty twenty-four", "2024", .equivalent),
    ("nineteen ninety", "1991", .wrong),
    ("thirty-one engineers", "31 engineers", .equivalent),
    ("1,000", "1000", .equivalent),
    ("2005", "2006", .wrong),
    ("31", "30", .wrong),
    ("30 enginers", "30 engineers", .typo),
    ("31 engineers", "30 engineers", .wrong),
    ("cat", "car", .wrong),
    ("Tashkenr", "Tashkent", .typo),
    ("", "Astana", .empty),
    ("   ", "Astana", .empty),
  ])
  func verdicts(typed: String, expected: String, verdict: AnswerCheck.Verdict) {
    #expect(checker.check(typed, expected: expected).verdict == verdict)
  }

  @Test func alternativesAreAccepted() {
    let check = checker.check("Akmola", expected: "Astana", alternatives: ["Nur-Sultan", "Akmola"])
    #expect(check.verdict == .exact)
    #expect(check.expected == "Akmola")
  }

  @Test func unorderedListsGiveCreditPerItemAndReportMissing() {
    let items = ["International terrorism", "Drug trafficking", "Organised crime"]
    let check = checker.checkList("drug traficking; international terrorism", items: items, ordered: false)
    #expect(check.verdict == .partial)
    #expect(abs(check.credit - 2.0 / 3.0) < 1e-9)
    #expect(check.missing == ["Organised crime"])
    let all = checker.checkList(
      "organised crime, drug trafficking and international terrorism", items: items, ordered: false)
    #expect(all.verdict == .exact)
  }

  @Test func orderedListsWantTheOrder() {
    let items = ["Independence", "Territorial integrity", "Sovereignty"]
    #expect(
      checker.checkList("Independence; Territorial integrity; Sovereignty", items: items, ordered: true).verdict
        == .exact)
    let swapped = checker.checkList("Territorial integrity; Independence; Sovereignty", items: items, ordered: true)
    #expect(swapped.verdict == .partial)
    #expect(swapped.missing == ["Independence", "Territorial integrity"])
  }

  @Test func normalisedFormsAsDocumented() {
    #expect(AnswerNormalizer.normalize("  The “Nur-Sultan”! ") == "nur sultan")
    #expect(AnswerNormalizer.normalize("Thirty engineers") == "30 engineers")
    #expect(AnswerNormalizer.normalize("1,000") == "1000")
    #expect(AnswerNormalizer.normalize("3.5 km") == "3.5 km")
    #expect(AnswerNormalizer.normalize("The") == "the")
  }

  @Test func numberWords() {
    #expect(NumberWords.value(of: ["two", "thousand", "six"]) == 2006)
    #expect(NumberWords.value(of: ["ninety", "nine"]) == 99)
    #expect(NumberWords.value(of: ["five", "six"]) == nil)
    #expect(NumberWords.value(of: ["nineteen", "ninety", "one"]) == 1991)
    #expect(NumberWords.value(of: ["twenty", "ten"]) == 2010)
    #expect(NumberWords.value(of: ["nine", "ninety"]) == nil)
    #expect(NumberWords.replacingNumberWords(in: ["one", "and", "two"]) == ["1", "and", "2"])
  }

  @Test func typoAllowanceScalesWithLength() {
    #expect(EditDistance.allowedTypos(forLength: 3) == 0)
    #expect(EditDistance.allowedTypos(forLength: 6) == 1)
    #expect(EditDistance.allowedTypos(forLength: 12) == 2)
    #expect(EditDistance.allowedTypos(forLength: 30) == 3)
  }
}

@Suite struct AnswerGraderTests {
  let grader = AnswerGrader()

  @Test func ratings() {
    let exact = AnswerCheck(verdict: .exact, expected: "Astana", credit: 1)
    #expect(grader.grade(exact, responseMilliseconds: 2000) == .easy)
    #expect(grader.grade(exact, responseMilliseconds: 8000) == .good)
    #expect(grader.grade(exact, responseMilliseconds: 30000) == .hard)
    let equivalent = AnswerCheck(verdict: .equivalent, expected: "Astana", credit: 1)
    #expect(grader.grade(equivalent, responseMilliseconds: 1000) == .good)
    #expect(
      grader.grade(AnswerCheck(verdict: .typo, expected: "Astana", credit: 1), responseMilliseconds: 1000) == .hard)
    #expect(
      grader.grade(AnswerCheck(verdict: .partial, expected: "a; b", credit: 0.5), responseMilliseconds: 1) == .hard)
    #expect(
      grader.grade(AnswerCheck(verdict: .partial, expected: "a; b; c", credit: 0.34), responseMilliseconds: 1) == .again
    )
    #expect(
      grader.grade(AnswerCheck(verdict: .wrong, expected: "Astana", credit: 0), responseMilliseconds: 1) == .again)
    #expect(
      grader.grade(AnswerCheck(verdict: .empty, expected: "Astana", credit: 0), responseMilliseconds: 1) == .again)
  }

  @Test func thresholdsScaleWithTheAnswer() {
    #expect(grader.fastLimit(for: "Astana") == 4900)
    #expect(grader.slowLimit(for: "Astana") == 23000)
  }
}

@Suite struct AnswerDiffTests {
  @Test func marksExtraAndMissingText() {
    #expect(AnswerDiff(typed: "Astna", expected: "Astana").plainMarked == "Ast[+a]na")
    #expect(AnswerDiff(typed: "astana", expected: "Astana").hasDifferences == false)
    #expect(AnswerDiff(typed: "Astanna", expected: "Astana").hasDifferences)
  }
}

@Suite struct AnswerDiffSegmentTests {
  @Test func segmentsAsDocumented() {
    #expect(
      AnswerDiff(typed: "Astanna", expected: "Astana").segments == [.same("Astan"), .extra("n"), .same("a")])
  }
}

/// Ways of writing one answer that count the same: ordinals, percent, amounts in words, white space.
@Suite struct AnswerFormTests {
  let checker = AnswerChecker()

  @Test(arguments: [
    ("16th December", "16 December", AnswerCheck.Verdict.equivalent),
    ("December 16th", "16 December", .equivalent),
    ("the 21st century", "21st century", .equivalent),
    ("22nd", "22", .equivalent),
    ("16th", "17", .wrong),
    ("25 percent", "25%", .equivalent),
    ("25 per cent", "25%", .equivalent),
    ("25%", "25 percent", .equivalent),
    ("26 percent", "25%", .wrong),
    ("64 million dollars", "$64 million", .equivalent),
    ("$64,000,000", "$64 million", .equivalent),
    ("sixty-four million dollars", "$64 million", .equivalent),
    ("2.5 billion euros", "€2.5 billion", .equivalent),
    ("65 million dollars", "$64 million", .wrong),
    ("Nur  Sultan", "Nur Sultan", .exact),
    ("Nur\tSultan", "Nur Sultan", .exact),
  ])
  func verdicts(typed: String, expected: String, verdict: AnswerCheck.Verdict) {
    #expect(checker.check(typed, expected: expected).verdict == verdict, "\(typed) for \(expected)")
  }

  /// An item with an `and` of its own is matched whole before `and` splits anything.
  @Test func anItemWithAndIsNotSplit() {
    let items = ["Trinidad and Tobago", "Jamaica"]
    #expect(checker.checkList("Trinidad and Tobago and Jamaica", items: items, ordered: false).verdict == .exact)
    #expect(checker.checkList("Jamaica and Trinidad and Tobago", items: items, ordered: false).verdict == .exact)
    #expect(checker.checkList("Trinidad and Tobago, Jamaica", items: items, ordered: false).verdict == .exact)
    let partly = checker.checkList("Trinidad and Jamaica", items: items, ordered: false)
    #expect(partly.verdict == .partial)
    #expect(partly.missing == ["Trinidad and Tobago"])
  }
}
