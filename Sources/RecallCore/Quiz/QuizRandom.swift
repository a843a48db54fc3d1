/// Random choices for building quizzes, written out here (rather than the standard library's
/// `shuffled(using:)`) so that a seed gives the same quiz on every Swift version.
extension SeededGenerator {
  /// A random index in `0..<count` (0 when `count` is not positive).
  public mutating func index(below count: Int) -> Int {
    guard count > 1 else { return 0 }
    return Int(next() % UInt64(count))
  }

  /// `items` in a random order (Fisher-Yates).
  public mutating func shuffle<Element>(_ items: [Element]) -> [Element] {
    var result = items
    var index = result.count - 1
    while index > 0 {
      let other = self.index(below: index + 1)
      result.swapAt(index, other)
      index -= 1
    }
    return result
  }

  /// The seed of a quiz given none: from the clock, but short enough to read off and retype
  /// (`--seed 4821`) to take the same quiz again.
  public static func defaultSeed(at time: Timestamp) -> UInt64 {
    UInt64(bitPattern: time.milliseconds) % 10_000
  }

  /// A generator derived from this one's seed and `label`, so that one part of a quiz can draw
  /// without shifting the draws of another.
  public static func derived(seed: UInt64, label: String) -> SeededGenerator {
    SeededGenerator(seed: StableHash.fnv1a(label, seed: seed ^ 0x5A17_C0DE_0000_0000))
  }
}
