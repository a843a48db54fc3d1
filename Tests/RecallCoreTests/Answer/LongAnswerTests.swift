import RecallCore
import Testing

/// Answers no one would type on purpose, pasted or fuzzed: they are checked, never crash, and are
/// read in time linear in their length (issue 16).
@Suite struct LongAnswerTests {
  let checker = AnswerChecker()

  @Test func hundredThirtyTimesIsNotANumberAndDoesNotTrap() {
    let typed = Array(repeating: "hundred", count: 30).joined(separator: " ")
    #expect(checker.check(typed, expected: "Astana").verdict == .wrong)
    #expect(NumberWords.value(of: Array(repeating: "hundred", count: 30)) == nil)
  }

  @Test(arguments: [
    // 100^10: the product of `hundred` overflows.
    ["nine"] + Array(repeating: "hundred", count: 10),
    // 9 * 10^16 * 10^9: the product of a scale overflows.
    ["nine"] + Array(repeating: "hundred", count: 8) + ["billion"],
    // 9 * 10^18 + 9 * 10^18: the sum overflows.
    ["nine"] + Array(repeating: "hundred", count: 6) + ["million", "nine"] + Array(repeating: "hundred", count: 9),
  ])
  func valuesPastIntAreNoNumber(words: [String]) {
    #expect(NumberWords.value(of: words) == nil)
  }

  @Test func largestReadableValuesStillRead() {
    #expect(NumberWords.value(of: ["nine"] + Array(repeating: "hundred", count: 9)) == 9_000_000_000_000_000_000)
    #expect(NumberWords.value(of: ["nine", "billion"]) == 9_000_000_000)
  }

  @Test func aLongRunOfTensReadsTheLastPairAsAYear() {
    let words = Array(repeating: "twenty", count: 1_600)
    let replaced = NumberWords.replacingNumberWords(in: words)
    #expect(replaced.count == 1_599)
    #expect(replaced.last == "2020")
    #expect(replaced.dropLast().allSatisfy { $0 == "twenty" })
  }

  @Test func aLongAnswerOfNumberWordsIsChecked() {
    let typed = String(repeating: "twenty ", count: 5_000)
    #expect(checker.check(typed, expected: "Astana").verdict == .wrong)
    #expect(checker.checkList(typed, items: ["Astana", "Almaty"], ordered: false).verdict == .wrong)
  }
}
