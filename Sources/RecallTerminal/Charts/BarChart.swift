/// Horizontal bars, one per labelled row, with eighth-block precision:
///
/// ```
/// Geography  ██████████▌░░░░░░░░░  53%
/// ```
public enum BarChart {
  /// One row of a bar chart.
  public struct Row: Hashable, Sendable {
    /// The label on the left.
    public var label: String
    /// The value, from 0 to `maximum`.
    public var value: Double
    /// The text on the right (the value for people).
    public var note: String

    /// Creates a row.
    public init(label: String, value: Double, note: String) {
      self.label = label
      self.value = value
      self.note = note
    }
  }

  static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// The lines of the chart; bars are `width` cells for `maximum`.
  public static func render(
    _ rows: [Row], maximum: Double, width: Int = 24, colour: Int = 39, style: TextStyle
  ) -> [String] {
    let labelWidth = rows.map(\.label.count).max() ?? 0
    return rows.map { row in
      let bar = bar(value: row.value, maximum: maximum, width: width)
      let filled = style.paint(bar, colour)
      let rest = style.dim(String(repeating: "░", count: width - bar.count))
      return row.label.padding(toLength: labelWidth) + "  " + filled + rest + "  " + row.note
    }
  }

  /// A bar of `value / maximum` of `width` cells (no padding).
  static func bar(value: Double, maximum: Double, width: Int) -> String {
    guard maximum > 0, value > 0 else { return "" }
    let eighthCount = Int((min(value / maximum, 1) * Double(width * 8)).rounded())
    return String(repeating: "█", count: eighthCount / 8) + eighths[eighthCount % 8]
  }
}

extension String {
  /// The string padded with spaces on the right to `length` characters (never cut).
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }

  /// The string padded with spaces on the left to `length` characters (never cut).
  func leftPadding(toLength length: Int) -> String {
    count >= length ? self : String(repeating: " ", count: length - count) + self
  }
}
