import RecallCore

/// The text of `recall quiz history`: a table of past quizzes with personal bests marked, and the
/// accuracy trend as a sparkline.
public enum QuizHistoryReport {
  /// The report of `history`; times are shown in UTC.
  public static func render(_ history: QuizHistory, style: TextStyle = .plain) -> String {
    guard !history.entries.isEmpty else {
      return "No quizzes yet: run `recall quiz` to take one.\n"
    }
    let count = history.entries.count
    var text = style.heading("Quiz history") + " (\(count) quiz\(count == 1 ? "" : "zes"))\n"
    var rows = [["date (UTC)", "deck", "topic", "right", "accuracy", "points", "best"]]
    for entry in history.entries {
      let run = entry.run
      let points = run.maxPoints.map { "\(run.score)/\($0)" } ?? String(run.score)
      rows.append([
        date(run.started), Sanitizer.clean(run.deck), run.topic.map { Sanitizer.clean($0) } ?? "all",
        "\(run.correctCount)/\(run.questionCount)", "\(Int((run.accuracy * 100).rounded()))%", points,
        entry.isPersonalBest ? "\u{2605} best" : "",
      ])
    }
    text += Table.render(rows, header: true, style: style)
    let trend = history.accuracyTrend
    text += "\nTrend (accuracy, oldest to newest): " + sparkline(trend)
    if let first = trend.first, let last = trend.last {
      text += "  \(Int((first * 100).rounded()))% \u{2192} \(Int((last * 100).rounded()))%"
    }
    return text + "\n"
  }

  /// Values from 0 to 1 drawn as a line of block characters, one per value.
  public static func sparkline(_ values: [Double]) -> String {
    let blocks: [Character] = [
      "\u{2581}", "\u{2582}", "\u{2583}", "\u{2584}", "\u{2585}", "\u{2586}", "\u{2587}", "\u{2588}",
    ]
    return String(
      values.map { value in
        let clamped = min(1, max(0, value.isFinite ? value : 0))
        return blocks[min(blocks.count - 1, Int(clamped * Double(blocks.count - 1) + 0.5))]
      })
  }

  /// `2026-11-29 00:30`.
  static func date(_ time: Timestamp) -> String {
    let iso = ISO8601Milliseconds.format(time)
    return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
  }
}
