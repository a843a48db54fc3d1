/// A character diff of what was typed against what was expected, for feedback.
///
/// ```swift
/// AnswerDiff(typed: "Astanna", expected: "Astana").segments
/// // [.same("Astan"), .extra("n"), .same("a")]
/// AnswerDiff(typed: "Astna", expected: "Astana").plainMarked
/// // "Ast[+a]na"
/// ```
/// Case differences are not marked (they never matter to the checker).
public struct AnswerDiff: Hashable, Sendable {
  /// A run of the diff.
  public enum Segment: Hashable, Sendable {
    /// Text typed as expected.
    case same(String)
    /// Text typed that the expected answer does not have.
    case extra(String)
    /// Text of the expected answer that was not typed.
    case missing(String)
  }

  /// The runs in order; `.same` runs hold the expected answer's letters.
  public let segments: [Segment]
  /// The runs as typed: `.same` runs hold the typed letters (their case may differ), and no
  /// `.missing` runs. This is what "you typed" shows.
  public let typedSegments: [Segment]

  /// Diffs `typed` against `expected` (longest common subsequence of characters, case folded).
  public init(typed: String, expected: String) {
    let left = Array(typed)
    let right = Array(expected)
    let leftFolded = left.map { $0.lowercased() }
    let rightFolded = right.map { $0.lowercased() }
    // Long answers are not worth a quadratic table; show them as replaced.
    guard left.count * right.count <= 250_000 else {
      segments = [.extra(typed), .missing(expected)].filter { segment in
        if case .extra(let text) = segment { return !text.isEmpty }
        if case .missing(let text) = segment { return !text.isEmpty }
        return true
      }
      typedSegments = typed.isEmpty ? [] : [.extra(typed)]
      return
    }
    var table = [[Int]](repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
    for i in stride(from: left.count - 1, through: 0, by: -1) {
      for j in stride(from: right.count - 1, through: 0, by: -1) {
        table[i][j] =
          leftFolded[i] == rightFolded[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var result: [Segment] = []
    var typedResult: [Segment] = []
    var i = 0
    var j = 0
    while i < left.count || j < right.count {
      if i < left.count, j < right.count, leftFolded[i] == rightFolded[j] {
        Self.append(.same(String(right[j])), to: &result)
        Self.append(.same(String(left[i])), to: &typedResult)
        i += 1
        j += 1
      } else if j < right.count, i == left.count || table[i][j + 1] >= table[i + 1][j] {
        Self.append(.missing(String(right[j])), to: &result)
        j += 1
      } else {
        Self.append(.extra(String(left[i])), to: &result)
        Self.append(.extra(String(left[i])), to: &typedResult)
        i += 1
      }
    }
    segments = result
    typedSegments = typedResult
  }

  /// Appends `segment`, merged into the last run when it is of the same kind.
  private static func append(_ segment: Segment, to result: inout [Segment]) {
    switch (result.last, segment) {
    case (.same(let a)?, .same(let b)): result[result.count - 1] = .same(a + b)
    case (.extra(let a)?, .extra(let b)): result[result.count - 1] = .extra(a + b)
    case (.missing(let a)?, .missing(let b)): result[result.count - 1] = .missing(a + b)
    default: result.append(segment)
    }
  }

  /// Whether typed and expected differ beyond case.
  public var hasDifferences: Bool {
    segments.contains { if case .same = $0 { return false } else { return true } }
  }

  /// The diff as plain text: extra typed text as `[-x]`, missing text as `[+x]`.
  public var plainMarked: String {
    segments.map { segment in
      switch segment {
      case .same(let text): text
      case .extra(let text): "[-\(text)]"
      case .missing(let text): "[+\(text)]"
      }
    }.joined()
  }
}
