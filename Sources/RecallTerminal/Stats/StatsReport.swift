import RecallCore

/// Draws `DeckStatistics` for people: figures, a forecast chart, a heat map, bars and a sparkline.
public enum StatsReport {
  /// The report as lines joined with "\n", ending in a newline.
  public static func render(
    _ stats: DeckStatistics, style: TextStyle, surface: CommandSurface = .commandLine, showIDs: Bool = false
  ) -> String {
    var lines: [String] = []
    // The layout's width: the terminal's, else 80 columns.
    let width = style.columns ?? 80
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
    // A day takes two columns after the scale: a narrow terminal sees fewer days ahead.
    let gutter = String(stats.forecast.map(\.count).max() ?? 0).count
    let forecast = Array(stats.forecast.prefix(max(7, (width - gutter - 6) / 2)))
    lines.append(style.bold("Forecast") + " (reviews due, next \(forecast.count) days; overdue counted today)")
    if forecast.contains(where: { $0.count > 0 }) {
      for line in ColumnChart.render(forecast.map(\.count), style: style) { lines.append("  " + line) }
      lines.append("  " + forecastAxis(days: forecast.count, gutter: gutter))
    } else {
      lines.append("  nothing due; new cards are counted once first studied")
    }
    lines.append("")
    // A week takes two columns after the weekday names, and a month's name may run two past.
    let weeks = min(stats.heatMap.weeks, max(4, (width - 9) / 2))
    lines.append(style.bold("Reviews") + " (last \(weeks) weeks)")
    if stats.heatMap.days.contains(where: { $0.count > 0 }) {
      let shown = stats.heatMap.days.suffix(from: (stats.heatMap.weeks - weeks) * 7)
      let days = shown.map { HeatMap.Day(date: $0.date, count: $0.count) }
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
      let notes = masteryNotes(stats.topics)
      let noteWidth = notes.map { Table.displayWidth($0) }.max() ?? 0
      // A long topic gives way (with an ellipsis) before the bar shrinks below 8 cells.
      let labelRoom = max(10, width - 2 - noteWidth - 4 - 8)
      let rows = zip(stats.topics, notes).map { topic, note in
        BarChart.Row(
          label: TextWrap.clip(topic.topic.isEmpty ? "(no topic)" : topic.topic, labelRoom), value: topic.mastery,
          note: note)
      }
      let labels = rows.map { Table.displayWidth($0.label) }.max() ?? 0
      let bar = min(24, max(8, width - 2 - labels - noteWidth - 4))
      for line in BarChart.render(rows, maximum: 1, width: bar, style: style) { lines.append("  " + line) }
    }
    if !stats.hardest.isEmpty {
      lines.append("")
      lines.append(style.bold("Hardest cards"))
      lines += hardestLines(stats.hardest, style: style, showIDs: showIDs, width: width)
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
    // Lines of figures wrap at a word on a narrow terminal, under their figures, not their label.
    let hanging = String(repeating: " ", count: 11)
    return lines.flatMap { TextWrap.lines($0, width: style.columns, indent: hanging) }.joined(separator: "\n") + "\n"
  }

  /// One line a hard card, by its question, with what a student cares about: how often it was
  /// forgotten and the chance of recalling it now; its id (to bury, suspend or edit it) on request.
  static func hardestLines(
    _ cards: [DeckStatistics.HardCard], style: TextStyle, showIDs: Bool, width: Int = 80
  ) -> [String] {
    let figures = cards.map { forgotten($0.lapses) + ($0.recall.map { ", recall " + wholePercent($0) } ?? "") }
    let ids = cards.map { showIDs ? "  " + clean($0.card) : "" }
    // The question takes what the rank, the figures and the id leave of the width; where that is
    // too little to read, the figures go on a line of their own under it.
    let rankWidth = String(cards.count).count + 1
    let rest =
      2 + rankWidth + 1 + 2 + (figures.map(\.count).max() ?? 0) + (ids.map { Table.displayWidth($0) }.max() ?? 0)
    if width - rest < 30 {
      return cards.indices.map { index in
        let rank = "  \(index + 1). "
        let indent = String(repeating: " ", count: rank.count)
        return rank + TextWrap.clip(cards[index].prompt ?? cards[index].card, width - rank.count) + "\n" + indent
          + style.dim(figures[index]) + ids[index]
      }
    }
    let promptWidth = min(50, width - rest)
    let rows = cards.enumerated().map { index, card in
      (
        rank: "\(index + 1).",
        prompt: TextWrap.clip(card.prompt ?? card.card, promptWidth),
        figures: figures[index], id: ids[index]
      )
    }
    let column = rows.map { Table.displayWidth($0.prompt) }.max() ?? 0
    return rows.map { row in
      let padding = String(repeating: " ", count: column - Table.displayWidth(row.prompt))
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

  static func clean(_ text: String) -> String { Sanitizer.clean(text) }
}
