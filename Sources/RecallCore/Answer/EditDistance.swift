/// The Levenshtein edit distance between two strings, counted in characters.
public enum EditDistance {
  /// The least number of single-character insertions, deletions and substitutions turning `a`
  /// into `b`: `distance("astana", "astanna")` is 1.
  public static func distance(_ a: String, _ b: String) -> Int {
    let left = Array(a)
    let right = Array(b)
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }

  /// How many typos an answer of `length` characters (normalised) may have and still count:
  /// none up to 3 characters, 1 up to 7, 2 up to 15, 3 beyond.
  public static func allowedTypos(forLength length: Int) -> Int {
    switch length {
    case ..<4: 0
    case 4...7: 1
    case 8...15: 2
    default: 3
    }
  }
}
