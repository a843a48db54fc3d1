import RecallCore
import RecallTerminal

/// The answer checker with its number and date words. The input's first byte picks a check; of
/// the rest, the first line is the expected answer (list items split at `;`) and the others what
/// was typed; without a line break all of it is typed for `Astana`. Properties: an answer checks
/// as itself; credit stays within 0...1; a right verdict has full credit; a list gets one result
/// per item; the diff, as study shows it, holds no control character.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswerChecker(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  Fuzz.bounded("answer") {
    // The first byte picks what to exercise, so that each input is cheap and runs are long.
    let text = String(decoding: Fuzz.bytes(data + 1, size - 1), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let expected = parts.count == 2 ? String(parts[0]) : "Astana"
    let typed = parts.count == 2 ? String(parts[1]) : text
    switch data[0] % 4 {
    case 0: AnswerProperties.checks(typed, expected)
    case 1: AnswerProperties.lists(typed, expected)
    case 2: AnswerProperties.words(typed, expected)
    default: AnswerProperties.diff(typed, expected)
    }
  }
  return 0
}

enum AnswerProperties {
  static let checker = AnswerChecker()

  /// Credit stays within 0...1, a right verdict has full credit, an answer checks as itself.
  static func checks(_ typed: String, _ expected: String) {
    let check = checker.check(typed, expected: expected, alternatives: ["Nur-Sultan"])
    Fuzz.require((0...1).contains(check.credit), "credit \(check.credit)")
    Fuzz.require(check.isCorrect == (check.credit == 1), "verdict \(check.verdict) with credit \(check.credit)")
    if expected.contains(where: { !$0.isWhitespace }) {
      Fuzz.require(checker.check(expected, expected: expected).verdict == .exact, "\(expected) is not itself")
    }
    _ = checker.matches(typed, accepted: [expected, "Nur-Sultan"])
  }

  /// List answers (items split at `;`): credit within 0...1, one result per item.
  static func lists(_ typed: String, _ expected: String) {
    let items = expected.split(separator: ";").map(String.init).filter { $0.contains { !$0.isWhitespace } }
    for ordered in [false, true] {
      let list = checker.checkList(typed, items: items, ordered: ordered)
      Fuzz.require((0...1).contains(list.credit), "list credit \(list.credit)")
      Fuzz.require(list.items.count == items.count, "list items")
    }
  }

  /// Number and date words, and the quiz's readers of numbers and kinds, do not trap.
  static func words(_ typed: String, _ expected: String) {
    let words = AnswerNormalizer.words(typed)
    _ = NumberWords.replacingNumberWords(in: words)
    _ = DateWords.canonical(words)
    _ = AnswerNumbers.value(of: typed)
    _ = AnswerEquivalence.areEquivalent(typed, expected)
    _ = AnswerKind.classify(typed)
  }

  /// The diff as study shows it holds no control character.
  static func diff(_ typed: String, _ expected: String) {
    let renderer = StudyRenderer(style: .plain)
    let diff = AnswerDiff(typed: typed, expected: expected)
    Fuzz.requirePrintable(renderer.marked(diff, side: .typed), "the typed side of the diff")
    Fuzz.requirePrintable(renderer.marked(diff, side: .expected), "the expected side of the diff")
  }
}
