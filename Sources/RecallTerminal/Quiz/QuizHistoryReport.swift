import RecallCore

/// The text of `recall quiz history`: a table of past quizzes with personal bests marked, and the
/// accuracy trend as a sparkline.
public enum QuizHistoryReport {
  /// The report of `history` (of the quizzes on `deck`, when one was asked for); times are shown
  /// in UTC. `surface` says how to start a quiz where the report is read.
  public static func render(
    _ history: QuizHistory, deck: String? = nil, style: TextStyle = .plain, surface: CommandSurface = .commandLine
  ) -> String {
    guard !history.entries.isEmpty else {
      guard let deck else { return "No quizzes yet: \(surface.run("quiz")) to take one.\n" }
      let name = Sanitizer.clean(deck)
      return "No quizzes on \u{201C}\(name)\u{201D} yet: \(surface.run("quiz \(name)")) to take one.\n"
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
        entry.isPersonalBest ? "\u{2605} best" : (run.wasStopped ? "stopped" : ""),
      ])
    }
    text += Table.render(rows, header: true, style: style)
    let trend = history.accuracyTrend
    text += "\nTrend (accuracy, oldest to newest): " + Sparkline.render(trend, minimum: 0, maximum: 1, style: style)
    if let first = trend.first, let last = trend.last {
      text += "  \(Int((first * 100).rounded()))% \u{2192} \(Int((last * 100).rounded()))%"
    }
    return text + "\n"
  }

  /// `2026-11-29 00:30`.
  static func date(_ time: Timestamp) -> String {
    let iso = ISO8601Milliseconds.format(time)
    return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
  }
}
