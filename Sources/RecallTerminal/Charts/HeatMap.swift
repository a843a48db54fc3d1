/// A calendar grid of counts, one column per week (Monday on top) like a contribution graph:
///
/// ```
///      Jun      Jul
/// Mon  · ░ ▒ ▓ █
/// ```
public enum HeatMap {
  /// One day of the grid.
  public struct Day: Hashable, Sendable {
    /// The date, `YYYY-MM-DD`.
    public var date: String
    /// The count shown.
    public var count: Int

    /// Creates a day.
    public init(date: String, count: Int) {
      self.date = date
      self.count = count
    }
  }

  static let glyphs = ["·", "░", "▒", "▓", "█"]
  static let colours = [238, 22, 28, 34, 40]
  static let weekdays = ["Mon", "", "Wed", "", "Fri", "", "Sun"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// The lines of the grid for `days`, which start on a Monday and run day by day; then a legend.
  public static func render(_ days: [Day], style: TextStyle) -> [String] {
    let weeks = (days.count + 6) / 7
    let maximum = days.map(\.count).max() ?? 0
    // A month is named above the week holding its first day (a first week without one, by the
    // month it is in), so the current month is named as soon as it has begun; a label may run
    // past the last week. Where two labels would touch, the later month wins: the first week is
    // often a month's tail.
    var header = Array(repeating: Character(" "), count: weeks * 2 + 2)
    var lastLabel: Int?
    for week in 0..<weeks where week * 7 < days.count {
      let daysOfWeek = days[(week * 7)..<min(days.count, week * 7 + 7)]
      let first = daysOfWeek.first { $0.date.hasSuffix("-01") } ?? (week == 0 ? daysOfWeek.first : nil)
      guard let first, let month = Int(first.date.dropFirst(5).prefix(2)), (1...12).contains(month) else { continue }
      let position = week * 2
      if let last = lastLabel, position < last + 5 {
        for index in last..<(last + 3) { header[index] = " " }
      }
      for (offset, char) in months[month - 1].enumerated() { header[position + offset] = char }
      lastLabel = position
    }
    var lines = ["     " + String(header).trimmingTrailingSpaces()]
    for weekday in 0..<7 {
      var cells: [String] = []
      for week in 0..<weeks {
        let index = week * 7 + weekday
        guard index < days.count else { break }
        let level = level(days[index].count, maximum: maximum)
        cells.append(style.paint(glyphs[level], colours[level]))
      }
      lines.append(
        (weekdays[weekday].padding(toLength: 4) + " " + cells.joined(separator: " ")).trimmingTrailingSpaces())
    }
    let legend = (0..<glyphs.count).map { style.paint(glyphs[$0], colours[$0]) }.joined(separator: " ")
    lines.append("     less " + legend + " more (most: \(maximum) a day)")
    return lines
  }

  /// The shade of `count`: 0 for none, then 1 to 4 in quarters of `maximum`.
  static func level(_ count: Int, maximum: Int) -> Int {
    guard count > 0, maximum > 0 else { return 0 }
    return min(4, 1 + (count * 4 - 1) / maximum)
  }
}

extension String {
  /// The string without trailing spaces.
  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
