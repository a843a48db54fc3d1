import RecallCore

/// The text a study session shows: prompts, feedback, rating lines. Deck text always goes
/// through `TerminalText.sanitize`.
public struct StudyRenderer: Sendable {
  /// Colours, on or off.
  public var style: TextStyle

  /// Creates a renderer.
  public init(style: TextStyle) {
    self.style = style
  }

  private func safe(_ text: String) -> String { Sanitizer.clean(text) }

  /// The lines that ask a card: where it is from, its prompt and how to answer (how to type a
  /// list only when `typed`); `remaining` counts the cards left, all taken as of the card's kind.
  public func prompt(_ item: StudyItem, position: Int, remaining: Int, typed: Bool = true) -> [String] {
    var left = StudyCounts()
    switch item.reason {
    case .learning: left.learning = remaining
    case .review: left.review = remaining
    case .new: left.new = remaining
    }
    return prompt(item, position: position, left: left, typed: typed)
  }

  /// The lines that ask a card: where it is from, what is left by kind (this card included), its
  /// prompt and how to answer (how to type a list only when `typed`).
  public func prompt(_ item: StudyItem, position: Int, left: StudyCounts, typed: Bool = true) -> [String] {
    let card = item.card
    let number = "[\(position)] "
    let details = " · \(card.kind.displayName) · \(item.reason.rawValue) · left: \(Self.describe(left))"
    // The header keeps to one line (80 columns where output is not a terminal): the topic, then
    // the deck's name, give way with an ellipsis.
    let room = (style.columns ?? 80) - Table.displayWidth(number) - Table.displayWidth(details)
    let origin = Self.origin(deck: safe(item.deck), topic: card.topic.map(safe), room: room)
    var lines = [style.dim(number + origin + details)]
    lines.append(style.bold(safe(card.prompt)))
    if case .items(let items, let ordered) = card.answer {
      let how = typed ? "; separate them with ; or ," : ""
      lines.append(style.dim("(\(items.count) items\(ordered ? ", in order" : "")\(how))"))
    }
    // Options are labelled as in quizzes, and read the same way: a letter, a number or the text.
    for (index, option) in card.options.enumerated() {
      let label = "  \(OptionChoice.label(index))) "
      let indent = String(repeating: " ", count: label.count)
      lines += TextWrap.lines(label + safe(option), width: style.columns, indent: indent)
    }
    return lines
  }

  /// `deck › topic` in at most `room` columns: the topic is shortened first, then the deck.
  static func origin(deck: String, topic: String?, room: Int) -> String {
    let full = topic.map { deck + " › " + $0 } ?? deck
    guard Table.displayWidth(full) > room else { return full }
    if let topic {
      let left = room - Table.displayWidth(deck) - 3
      if left >= 4 { return deck + " › " + TextWrap.clip(topic, left) }
    }
    return TextWrap.clip(deck, max(4, room))
  }

  /// A card named for a message: its prompt in quotes, on one line, cut to 50 columns.
  public func cardName(_ card: Card) -> String {
    "\u{201C}" + TextWrap.clip(card.prompt, 50) + "\u{201D}"
  }

  /// `2 learning, 5 review, 3 new`, leaving out kinds with none (`nothing` when all are none).
  public static func describe(_ counts: StudyCounts) -> String {
    let parts = [(counts.learning, "learning"), (counts.review, "review"), (counts.new, "new")].filter { $0.0 > 0 }
    return parts.isEmpty ? "nothing" : parts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
  }

  /// What waits when nothing is due, in parentheses: learning cards that come back later today
  /// (not lost) and new cards beyond the daily limit (so an empty queue is not taken for a
  /// finished deck); empty when nothing waits.
  public func waiting(_ counts: StudyCounts, newCardLimit: Int) -> String {
    var parts: [String] = []
    if counts.learning > 0 {
      parts.append("\(counts.learning) learning card\(counts.learning == 1 ? " comes" : "s come") back later today")
    }
    if counts.newHeldBack > 0 {
      let cards = "\(counts.newHeldBack) new card\(counts.newHeldBack == 1 ? " waits" : "s wait")"
      parts.append("\(cards) beyond today's limit of \(newCardLimit); --new N raises it")
    }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
  }

  /// The lines after a typed answer: verdict, the difference, missing items and the suggested rating.
  public func feedback(_ feedback: StudySession.Feedback, card: Card) -> [String] {
    let check = feedback.check
    var lines: [String] = []
    var expected = safe(check.expected)
    // Right by an accepted alternative: the deck's own answer is shown too, as the one to learn.
    if case .text(let answer) = card.answer, check.isCorrect, check.expected != answer {
      expected += " (the answer: " + safe(answer) + ")"
    }
    switch check.verdict {
    case .exact: lines.append(style.success("✓ right") + ": " + expected)
    case .equivalent: lines.append(style.success("✓ right") + ": " + expected)
    case .typo: lines.append(style.warning("✓ right, with a typo") + ": " + expected)
    case .partial:
      lines.append(style.warning("½ partly right") + " (\(Int((check.credit * 100).rounded()))%): " + expected)
    case .wrong: lines.append(style.error("✗ not quite") + "; expected: " + expected)
    case .empty: lines.append(style.error("✗ no answer") + "; expected: " + expected)
    }
    if let diff = feedback.diff, diff.hasDifferences {
      lines.append("  you typed: " + marked(diff, side: .typed))
      lines.append("  expected:  " + marked(diff, side: .expected))
    }
    if !check.items.isEmpty {
      // In an ordered list an item typed in the wrong place is neither missing nor foreign.
      let items = Set(check.items.map { AnswerNormalizer.normalize($0.expected) })
      let misplaced = check.extra.filter { items.contains(AnswerNormalizer.normalize($0)) }
      let placed = Set(misplaced.map(AnswerNormalizer.normalize))
      let missing = check.missing.filter { !placed.contains(AnswerNormalizer.normalize($0)) }
      let foreign = check.extra.filter { !items.contains(AnswerNormalizer.normalize($0)) }
      if !missing.isEmpty { lines.append("  missing: " + missing.map(safe).joined(separator: "; ")) }
      if !misplaced.isEmpty { lines.append("  in the wrong place: " + typedPieces(misplaced)) }
      if !foreign.isEmpty { lines.append("  not in the list: " + typedPieces(foreign)) }
    }
    return lines
  }

  /// How many typed list items feedback shows, and how many characters of each.
  static let shownPieces = 10
  static let shownCharacters = 80

  /// Typed list items for feedback: a pasted answer of thousands is cut short, saying how much was left out.
  private func typedPieces(_ pieces: [String]) -> String {
    var text = pieces.prefix(Self.shownPieces).map { piece in
      piece.count > Self.shownCharacters
        ? safe(String(piece.prefix(Self.shownCharacters))) + "… (\(piece.count) characters)" : safe(piece)
    }.joined(separator: "; ")
    if pieces.count > Self.shownPieces { text += "; … and \(pieces.count - Self.shownPieces) more" }
    return text
  }

  /// Which side of a diff to draw.
  public enum DiffSide: Sendable {
    /// What was typed, with extra text marked.
    case typed
    /// What was expected, with missing text marked.
    case expected
  }

  /// One side of a diff: on a terminal the differences are coloured; in plain text they are
  /// bracketed (`Ast[a]na`).
  public func marked(_ diff: AnswerDiff, side: DiffSide) -> String {
    (side == .typed ? diff.typedSegments : diff.segments).map { segment in
      switch (segment, side) {
      case (.same(let text), _): safe(text)
      case (.extra(let text), .typed):
        style.colored ? style.error(style.apply("4", safe(text))) : "[" + safe(text) + "]"
      case (.missing(let text), .expected):
        style.colored ? style.success(style.apply("4", safe(text))) : "[" + safe(text) + "]"
      case (.extra, .expected), (.missing, .typed): ""
      }
    }.joined()
  }

  /// The rating keys with each rating's next interval: `1 again 1m · 2 hard 6m · 3 good 1d · 4 easy 3d`.
  public func ratingLine(_ intervals: [Rating: Int64], suggested: Rating? = nil) -> String {
    Rating.allCases.map { rating in
      let interval = intervals[rating].map { IntervalText.format(milliseconds: $0) } ?? "?"
      let text = "\(rating.rawValue) \(rating.name) \(interval)"
      return rating == suggested ? style.bold("[" + text + "]") : text
    }.joined(separator: " · ")
  }

  /// The answer of a card as revealed in flip mode.
  public func answer(_ card: Card) -> [String] {
    var lines = [style.success("→ " + safe(card.answer.display))]
    if !card.alternatives.isEmpty {
      lines.append(style.dim("  also: " + card.alternatives.map(safe).joined(separator: "; ")))
    }
    return lines
  }

  /// One line saying what was saved.
  public func saved(_ record: ReviewRecord) -> String {
    style.dim(
      "saved \(record.rating.name); next in \(IntervalText.format(milliseconds: record.after.due.milliseconds(since: record.time)))"
    )
  }

  /// The counts of a session: `studied 4 cards: again 1, hard 1, good 1, easy 1`, then buried,
  /// suspended and undone counts when there are any.
  public func summary(_ summary: StudySession.Summary) -> String {
    var parts: [String] = []
    if summary.reviewed > 0 {
      let counts = Rating.allCases.map { "\($0.name) \(summary.ratings[$0] ?? 0)" }.joined(separator: ", ")
      parts.append("studied \(summary.reviewed) card\(summary.reviewed == 1 ? "" : "s"): \(counts)")
    } else {
      parts.append("no cards studied")
    }
    if summary.buried > 0 { parts.append("buried \(summary.buried)") }
    if summary.suspended > 0 { parts.append("suspended \(summary.suspended)") }
    if summary.undone > 0 { parts.append("undone \(summary.undone)") }
    return parts.joined(separator: "; ")
  }

}
