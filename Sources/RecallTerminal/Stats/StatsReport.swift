import RecallCore

/// Draws `DeckStatistics` for people: figures, a forecast chart, a heat map, bars and a sparkline.
public enum StatsReport {
  /// The report as lines joined with "\n", ending in a newline.
  public static func render(
    _ stats: DeckStatistics, style: TextStyle, surface: CommandSurface = .commandLine, showIDs: Bool = false
  ) -> String {
    var lines: [String] = []
    let decks = stats.decks.isEmpty ? "no decks" : stats.decks.map(clean).joined(separator: ", ")
    let topic = stats.topic.map { " · topic \"\(clean($0))\"" } ?? ""
    lines.append(style.bold("Statistics: \(decks)\(topic)") + style.dim("  (today \(stats.today))"))
    lines.append("")
    let counts = stats.counts
    lines.append(
      "Cards      \(counts.total) in all: \(counts.new) new · \(counts.learning) learning · "
        + "\(counts.review) review · \(counts.relearning) relearning · \(counts.suspended) suspended")
    lines.append("Due        now \(stats.due.now) · today \(stats.due.today) · tomorrow \(stats.due.tomorrow)")
    lines.append("")
    lines.append(style.bold("Forecast") + " (reviews due, next \(stats.forecast.count) days; overdue counted today)")
    if stats.forecast.contains(where: { $0.count > 0 }) {
      for line in ColumnChart.render(stats.forecast.map(\.count), style: style) { lines.append("  " + line) }
      let gutter = String(stats.forecast.map(\.count).max() ?? 0).count
      lines.append("  " + forecastAxis(days: stats.forecast.count, gutter: gutter))
    } else {
      lines.append("  nothing due; new cards are counted once first studied")
    }
    lines.append("")
    lines.append(style.bold("Reviews") + " (last \(stats.heatMap.weeks) weeks)")
    if stats.heatMap.days.contains(where: { $0.count > 0 }) {
      let days = stats.heatMap.days.map { HeatMap.Day(date: $0.date, count: $0.count) }
      for line in HeatMap.render(days, style: style) { lines.append("  " + line) }
    } else {
      lines.append("  no reviews yet")
    }
    lines.append("")
    lines.append(retentionLine(stats))
    lines.append(activityLine(stats.activity))
    if !stats.topics.isEmpty {
      lines.append("")
      lines.append(style.bold("Mastery by topic") + " (mean predicted recall; new cards count 0)")
      let rows = zip(stats.topics, masteryNotes(stats.topics)).map { topic, note in
        BarChart.Row(label: clean(topic.topic.isEmpty ? "(no topic)" : topic.topic), value: topic.mastery, note: note)
      }
      for line in BarChart.render(rows, maximum: 1, style: style) { lines.append("  " + line) }
    }
    if !stats.hardest.isEmpty {
      lines.append("")
      lines.append(style.bold("Hardest cards"))
      lines += hardestLines(stats.hardest, style: style, showIDs: showIDs)
    }
    lines.append("")
    if stats.quizzes.isEmpty {
      lines.append(style.bold("Quizzes") + "    none yet; \(surface.run("quiz")) to take one")
    } else {
      let line = Sparkline.render(stats.quizzes.map(\.accuracy), minimum: 0, maximum: 1, style: style)
      let last = stats.quizzes.last.map { "last \(percent($0.accuracy)) (\($0.score) points)" } ?? ""
      lines.append(style.bold("Quizzes") + "    \(line)  \(stats.quizzes.count) runs, \(last)")
    }
    for (index, deck) in stats.fsrs.enumerated() {
      let label = index == 0 ? style.bold("FSRS") + "       " : "           "
      let name = stats.fsrs.count > 1 ? clean(deck.deck) + ": " : ""
      let weights =
        deck.fitted
        ? "fitted weights (\(deck.fittedOn ?? "unknown day"), \(deck.fittedReviews.map { "\($0) reviews" } ?? "reviews unknown"))"
        : "default weights (\(surface.run("optimize")) to fit your own)"
      lines.append(label + name + weights + " · retention " + percent(deck.desiredRetention))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One line a hard card, by its question, with what a student cares about: how often it was
  /// forgotten and the chance of recalling it now; its id (to bury, suspend or edit it) on request.
  static func hardestLines(_ cards: [DeckStatistics.HardCard], style: TextStyle, showIDs: Bool) -> [String] {
    let rows = cards.enumerated().map { index, card in
      (
        rank: "\(index + 1).",
        prompt: card.prompt.map { shorten(clean($0.replacingOccurrences(of: "\n", with: " ")), to: 50) }
          ?? clean(card.card),
        figures: forgotten(card.lapses) + (card.recall.map { ", recall " + wholePercent($0) } ?? ""),
        id: showIDs ? "  " + clean(card.card) : ""
      )
    }
    let rankWidth = rows.map(\.rank.count).max() ?? 0
    let promptWidth = rows.map { Table.displayWidth($0.prompt) }.max() ?? 0
    return rows.map { row in
      let padding = String(repeating: " ", count: promptWidth - Table.displayWidth(row.prompt))
      let line =
        "  " + row.rank.leftPadding(toLength: rankWidth) + " " + row.prompt + padding + "  "
        + style.dim(row.figures) + row.id
      return line.trimmingTrailingSpaces()
    }
  }

  /// `never forgotten`, `forgotten once`, `forgotten 3 times`.
  static func forgotten(_ lapses: Int) -> String {
    switch lapses {
    case ..<1: "never forgotten"
    case 1: "forgotten once"
    default: "forgotten \(lapses) times"
    }
  }

  /// `62%`.
  static func wholePercent(_ value: Double) -> String {
    "\(Int((value * 100).rounded()))%"
  }

  private static func forecastAxis(days: Int, gutter: Int) -> String {
    var axis = Array(repeating: Character(" "), count: days * 2 + 1)
    for (day, label) in [(0, "today"), (10, "+10"), (20, "+20")] where day < days {
      for (offset, char) in label.enumerated() where day * 2 + offset < axis.count { axis[day * 2 + offset] = char }
    }
    return String(repeating: " ", count: gutter + 3) + String(axis).trimmingTrailingSpaces()
  }

  private static func retentionLine(_ stats: DeckStatistics) -> String {
    let figures = stats.retention.map { figure in
      "\(figure.days) days " + (figure.rate.map(percent) ?? "–") + " (\(figure.passed)/\(figure.reviews))"
    }
    let recall = stats.averageRetrievability.map(percent) ?? "–"
    return "Retention  " + figures.joined(separator: " · ") + " of mature reviews passed · predicted recall now "
      + recall
  }

  static func activityLine(_ activity: DeckStatistics.Activity) -> String {
    let streak = "streak \(activity.currentStreak) \(activity.currentStreak == 1 ? "day" : "days")"
    return "Activity   \(streak) (longest \(activity.longestStreak)) · " + oneDecimal(activity.reviewsPerDay)
      + " reviews a day and " + duration(activity.periodMilliseconds) + " over \(activity.periodDays) days · "
      + "\(activity.totalReviews) review\(activity.totalReviews == 1 ? "" : "s"), "
      + duration(activity.totalMilliseconds)
      + " in all"
  }

  /// The note after each topic's bar, the percentages right-aligned so the counts line up.
  static func masteryNotes(_ topics: [DeckStatistics.TopicMastery]) -> [String] {
    let width = topics.map { percent($0.mastery).count }.max() ?? 0
    return topics.map { topic in
      percent(topic.mastery).leftPadding(toLength: width)
        + "  \(topic.reviewed)/\(topic.cards) studied, \(topic.mature) mature"
    }
  }

  static func percent(_ value: Double) -> String {
    oneDecimal(value * 100) + "%"
  }

  static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(abs(tenths % 10))"
  }

  static func duration(_ milliseconds: Int64) -> String {
    if milliseconds < 60_000 { return "\(milliseconds / 1000)s" }
    let minutes = milliseconds / 60_000
    if minutes < 60 { return "\(minutes)m" }
    return "\(minutes / 60)h \(minutes % 60)m"
  }

  static func shorten(_ text: String, to length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
  }

  static func clean(_ text: String) -> String { Sanitizer.clean(text) }
}
