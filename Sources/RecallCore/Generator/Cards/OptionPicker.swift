/// Picks wrong options for a multiple-choice card from facts of the same kind in the document.
struct OptionPicker {
  /// The answers of each kind in order of first appearance.
  var pool: [FactKind: [String]] = [:]
  /// Where each folded answer stands in its pool.
  private var positions: [FactKind: [String: Int]] = [:]

  /// Records an answer of `kind`, in its own pool and, for names, in the pool of all names.
  /// `folded` is `TextNormalizer.fold(answer)`, which the caller already has.
  mutating func add(_ answer: String, folded: String, kind: FactKind) {
    insert(answer, folded: folded, key: kind)
    if Self.poolKind(kind) != kind { insert(answer, folded: folded, key: Self.poolKind(kind)) }
  }

  private mutating func insert(_ answer: String, folded: String, key: FactKind) {
    guard positions[key]?[folded] == nil else { return }
    positions[key, default: [:]][folded] = pool[key]?.count ?? 0
    pool[key, default: []].append(answer)
  }

  /// Names of every sort share one pool, so an organisation can be confused with a programme.
  private static func poolKind(_ kind: FactKind) -> FactKind {
    kind.isName && kind != .acronym ? .name : kind
  }

  /// Three options besides `answer` in a stable order with the answer among them, or nil when the
  /// document has too few facts of its kind.
  func options(for answer: String, kind: FactKind) -> (options: [String], correct: Int)? {
    if kind != Self.poolKind(kind), let own = options(for: answer, kind: kind, pool: kind) { return own }
    return options(for: answer, kind: kind, pool: Self.poolKind(kind))
  }

  private func options(for answer: String, kind: FactKind, pool key: FactKind) -> (options: [String], correct: Int)? {
    let folded = TextNormalizer.fold(answer)
    var wrong: [String] = []
    let candidates = pool[key] ?? []
    if kind == .year, answer.hasSuffix("s"), let decade = Int(answer.dropLast()) {
      wrong = [decade - 10, decade + 10, decade + 20].map { "\($0)s" }
    } else if kind == .year, let value = Int(answer) {
      let years = candidates.compactMap { Int($0) }.filter { $0 != value }
      var chosen = Array(years.sorted { abs($0 - value) < abs($1 - value) }.prefix(3))
      var step = 1
      while chosen.count < 3 && step < 20 {
        for candidate in [value - step, value + step] where chosen.count < 3 && !chosen.contains(candidate) {
          chosen.append(candidate)
        }
        step += 1
      }
      wrong = chosen.map(String.init)
    } else {
      let start = positions[key]?[folded] ?? 0
      // Neighbours in the document first; a bounded look keeps huge documents fast.
      for step in 0..<min(candidates.count, 60) where wrong.count < 3 {
        let candidate = candidates[(start + step) % candidates.count]
        let other = TextNormalizer.fold(candidate)
        if other == folded || TextNormalizer.containsWords(other, folded) || TextNormalizer.containsWords(folded, other)
        {
          continue
        }
        if wrong.contains(where: { TextNormalizer.fold($0) == other }) { continue }
        wrong.append(candidate)
      }
    }
    guard wrong.count >= 2 else { return nil }
    var options = wrong + [answer]
    if kind.isNumeric {
      options.sort {
        (Double($0.filter { $0.fastIsNumber || $0 == "." }) ?? 0)
          < (Double($1.filter { $0.fastIsNumber || $0 == "." }) ?? 0)
      }
    } else {
      options.sort { $0.lowercased() < $1.lowercased() }
    }
    guard let correct = options.firstIndex(of: answer) else { return nil }
    return (options, correct)
  }
}
