/// A row of bars in one line, for a series over time: `▁▃▅▇█`.
public enum Sparkline {
  static let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// The sparkline of `values`, scaled from `minimum` to `maximum` (the values' own range when nil).
  public static func render(
    _ values: [Double], minimum: Double? = nil, maximum: Double? = nil, colour: Int = 39, style: TextStyle
  ) -> String {
    guard !values.isEmpty else { return "" }
    let low = minimum ?? values.min() ?? 0
    let high = maximum ?? values.max() ?? 1
    let span = high - low
    let text = values.map { value -> String in
      guard span > 0 else { return levels[levels.count / 2] }
      let fraction = min(max((value - low) / span, 0), 1)
      return levels[Int((fraction * Double(levels.count - 1)).rounded())]
    }.joined()
    return style.paint(text, colour)
  }
}
