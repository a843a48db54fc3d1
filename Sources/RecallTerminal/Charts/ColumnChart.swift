/// Vertical columns over a time axis, with eighth-block precision, for forecasts:
///
/// ```
///  12 ┤ █
///     ┤ █ ▅   ▂
///   0 ┼─────────
/// ```
public enum ColumnChart {
  static let levels = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// The lines of the chart: up to `maxHeight` rows of columns (one cell and a space each; fewer
  /// rows when the counts are small), then the axis.
  public static func render(_ values: [Int], maxHeight: Int = 6, colour: Int = 39, style: TextStyle) -> [String] {
    let maximum = max(values.max() ?? 0, 1)
    let height = min(maxHeight, maximum)
    let scale = String(maximum)
    let gutter = scale.count
    var lines: [String] = []
    for level in stride(from: height - 1, through: 0, by: -1) {
      var cells = ""
      for value in values {
        let eighths = Int((Double(value) / Double(maximum) * Double(height * 8)).rounded())
        let here = min(max(eighths - level * 8, 0), 8)
        // A non-zero value always shows at least a sliver.
        let shown = level == 0 && value > 0 && here == 0 ? 1 : here
        cells += levels[shown] + " "
      }
      let label = level == height - 1 ? scale : ""
      let trimmed = String(cells.reversed().drop { $0 == " " }.reversed())
      lines.append(label.leftPadding(toLength: gutter) + " ┤ " + style.paint(trimmed, colour))
    }
    lines.append("0".leftPadding(toLength: gutter) + " ┼" + String(repeating: "─", count: values.count * 2 + 1))
    return lines
  }
}
