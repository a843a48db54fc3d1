import Foundation

/// Checks a typed answer against a card's expected answer and its accepted alternatives.
///
/// What does not matter: case, spacing, punctuation, diacritics, a leading article, quote styles,
/// and whether a number is written in digits or words. Small typos are forgiven, scaled to the
/// length of the answer (`EditDistance.allowedTypos`), but a typo never turns one number into
/// another. Examples, for the expected answer `Nur-Sultan`:
///
/// | typed          | verdict       |
/// |----------------|---------------|
/// | `Nur-Sultan`   | `.exact`      |
/// | `nur sultan`   | `.equivalent` |
/// | `Nur-Sultn`    | `.typo`       |
/// | `Almaty`       | `.wrong`      |
///
/// For `30`: `thirty` is `.equivalent`, `31` is `.wrong`. For `2006`: `2005` is `.wrong`. For
/// `16 December`: `December 16` is `.equivalent` (`DateWords`).
/// List answers are split at `;`, `,`, new lines or ` and `; each expected item earns its share of
/// credit, in any order unless the list is ordered, and the items not given are reported.
public struct AnswerChecker: Sendable {
  /// Creates a checker.
  public init() {}

  /// Checks `typed` against `card`'s answer and alternatives.
  public func check(_ typed: String, against card: Card) -> AnswerCheck {
    switch card.answer {
    case .text(let expected):
      return check(typed, expected: expected, alternatives: card.alternatives)
    case .items(let items, let ordered):
      return checkList(typed, items: items, ordered: ordered)
    }
  }

  /// Checks `typed` against one expected answer and its alternatives; the best match wins.
  public func check(_ typed: String, expected: String, alternatives: [String] = []) -> AnswerCheck {
    let trimmed = typed.trimmingWhitespace()
    guard !trimmed.isEmpty else { return AnswerCheck(verdict: .empty, expected: expected, credit: 0) }
    var best = AnswerCheck(verdict: .wrong, expected: expected, credit: 0)
    for candidate in [expected] + alternatives {
      let verdict = compare(trimmed, candidate)
      if rank(verdict) < rank(best.verdict) {
        best = AnswerCheck(verdict: verdict, expected: candidate, credit: verdict == .wrong ? 0 : 1)
      }
    }
    return best
  }

  /// Compares one typed answer with one expected answer.
  public func compare(_ typed: String, _ expected: String) -> AnswerCheck.Verdict {
    let typed = typed.trimmingWhitespace()
    if typed.isEmpty { return .empty }
    // Runs of spaces and tabs count as one space, even for an exact answer.
    if typed.collapsingWhitespace().lowercased() == expected.collapsingWhitespace().lowercased() { return .exact }
    let typedWords = AnswerNormalizer.words(typed)
    let expectedWords = AnswerNormalizer.words(expected)
    // Spacing does not matter, even inside a word: `Nursultan` is `Nur-Sultan`.
    if typedWords == expectedWords || typedWords.joined() == expectedWords.joined() { return .equivalent }
    if let date = DateWords.canonical(expectedWords), DateWords.canonical(typedWords) == date { return .equivalent }
    // A typo may not change, add or drop a number: 2005 is not 2006.
    guard AnswerNormalizer.numbers(in: typedWords) == AnswerNormalizer.numbers(in: expectedWords) else {
      return .wrong
    }
    let typedText = typedWords.joined(separator: " ")
    let expectedText = expectedWords.joined(separator: " ")
    let allowance = EditDistance.allowedTypos(forLength: expectedText.count)
    guard allowance > 0, abs(typedText.count - expectedText.count) <= allowance else { return .wrong }
    return EditDistance.between(typedText, expectedText) <= allowance ? .typo : .wrong
  }

  /// Checks a list answer item by item.
  public func checkList(_ typed: String, items: [String], ordered: Bool) -> AnswerCheck {
    let expectedText = items.joined(separator: "; ")
    let pieces = splitList(typed, items: items)
    guard !pieces.isEmpty else {
      let results = items.map { AnswerCheck.Item(expected: $0, typed: nil, verdict: .wrong) }
      return AnswerCheck(verdict: .empty, expected: expectedText, credit: 0, items: results)
    }
    var results = items.map { AnswerCheck.Item(expected: $0, typed: nil, verdict: .wrong) }
    var extra: [String] = []
    if ordered {
      for (index, piece) in pieces.enumerated() {
        guard index < items.count else {
          extra.append(piece)
          continue
        }
        let verdict = compare(piece, items[index])
        if verdict != .wrong {
          results[index] = AnswerCheck.Item(expected: items[index], typed: piece, verdict: verdict)
        } else {
          extra.append(piece)
        }
      }
    } else {
      for piece in pieces {
        var bestIndex: Int?
        var bestVerdict = AnswerCheck.Verdict.wrong
        for index in items.indices where results[index].typed == nil {
          let verdict = compare(piece, items[index])
          if rank(verdict) < rank(bestVerdict) {
            bestVerdict = verdict
            bestIndex = index
          }
        }
        if let bestIndex {
          results[bestIndex] = AnswerCheck.Item(expected: items[bestIndex], typed: piece, verdict: bestVerdict)
        } else {
          extra.append(piece)
        }
      }
    }
    let right = results.filter { $0.verdict != .wrong }
    let credit = items.isEmpty ? 0 : Double(right.count) / Double(items.count)
    let verdict: AnswerCheck.Verdict
    if right.count < items.count || !extra.isEmpty {
      verdict = right.isEmpty ? .wrong : .partial
    } else if right.allSatisfy({ $0.verdict == .exact }) {
      verdict = .exact
    } else if right.contains(where: { $0.verdict == .typo }) {
      verdict = .typo
    } else {
      verdict = .equivalent
    }
    return AnswerCheck(verdict: verdict, expected: expectedText, credit: credit, items: results, extra: extra)
  }

  /// Splits a typed list at `;`, `,` and new lines; when that gives fewer pieces than `items`,
  /// pieces are also split at ` and `, but never inside an item that has an `and` of its own
  /// (`Trinidad and Tobago and Jamaica` is two items when one is `Trinidad and Tobago`): parts
  /// joined again by `and` that make an expected item come first. Empty pieces are dropped.
  public func splitList(_ typed: String, items: [String]) -> [String] {
    let pieces =
      typed
      .split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" })
      .map { String($0).trimmingWhitespace() }
      .filter { !$0.isEmpty }
    guard pieces.count < items.count else { return pieces }
    let itemsWithAnd = items.filter { $0.lowercased().contains(" and ") }
    // An item of three parts (`A and B and C`) needs at most three parts joined: the search stays
    // linear in a long answer.
    let longest = itemsWithAnd.map { $0.lowercased().components(separatedBy: " and ").count }.max() ?? 1
    return pieces.flatMap { piece -> [String] in
      let parts = piece.components(separatedBy: " and ").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
      guard parts.count > 1, !itemsWithAnd.isEmpty else { return parts }
      var result: [String] = []
      var start = 0
      while start < parts.count {
        // The longest run of parts from `start` that, joined by `and`, is an item with an `and`.
        var end = start
        for candidate in stride(from: min(parts.count - 1, start + longest - 1), to: start, by: -1) {
          let joined = parts[start...candidate].joined(separator: " and ")
          if itemsWithAnd.contains(where: { compare(joined, $0) != .wrong }) {
            end = candidate
            break
          }
        }
        result.append(parts[start...end].joined(separator: " and "))
        start = end + 1
      }
      return result
    }
  }

  private func rank(_ verdict: AnswerCheck.Verdict) -> Int {
    switch verdict {
    case .exact: 0
    case .equivalent: 1
    case .typo: 2
    case .partial: 3
    case .wrong: 4
    case .empty: 5
    }
  }
}

extension String {
  /// The string trimmed, with each run of white space inside it as one space.
  func collapsingWhitespace() -> String {
    split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The string without leading and trailing white space and new lines.
  func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
