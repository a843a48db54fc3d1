import RecallCore

/// What `undo`, `bury`, `suspend` and `resume` do, once, for `recall NAME` and the REPL alike:
/// both run the same subcommand, which acts through a `ReplContext`.
public enum CardActions {
  /// Takes back the last rating of `deck`; without one, of the deck rated last in this context,
  /// else of `fallbackDeck` (the deck of the last rating saved, in any session).
  public static func undo(deck: String?, fallbackDeck: () throws -> String?, in context: ReplContext) throws {
    var chosen = deck
    if chosen == nil { chosen = context.ratedDecks.popLast() }
    if chosen == nil { chosen = try fallbackDeck() }
    guard let name = chosen else {
      context.say("nothing to undo.")
      return
    }
    guard let record = try context.store.undoLastReview(deck: name) else {
      context.say(deck == nil ? "nothing to undo." : "nothing to undo in \(Sanitizer.clean(name)).")
      return
    }
    // A rating of an earlier session was not counted in this one.
    if let count = context.summary.ratings[record.rating], count > 0 {
      context.summary.ratings[record.rating] = count - 1
    }
    context.summary.undone += 1
    context.say("took back \(record.rating.name) for '\(Sanitizer.clean(record.card.rawValue))'.")
  }

  /// Hides `card` (else the last card studied) until the next study day.
  public static func bury(card: String?, in context: ReplContext) throws {
    let (deck, id) = try target(card, context, command: "bury")
    let until = context.studyOptions.day.startOfNextDay(after: context.clock.now())
    try context.store.bury(deck: deck, card: id, until: until)
    context.summary.buried += 1
    context.say("buried \(named(id, in: deck, context)) until tomorrow.")
  }

  /// Leaves `card` (else the last card studied) out of study until it is resumed.
  public static func suspend(card: String?, in context: ReplContext) throws {
    let (deck, id) = try target(card, context, command: "suspend")
    try context.store.setSuspended(deck: deck, card: id, true)
    context.summary.suspended += 1
    let resume = context.surface.typed("resume \(Sanitizer.clean(id.rawValue))")
    context.say("suspended \(named(id, in: deck, context)); \(resume) brings it back.")
  }

  /// Brings `card` back into study; without one, lists the suspended cards to choose from.
  public static func resume(card: String?, in context: ReplContext) throws {
    guard let card else {
      offerSuspended(context)
      return
    }
    let (deck, id) = try target(card, context, command: "resume")
    guard try context.store.progress(deck: deck)[id]?.suspended == true else {
      context.say("'\(Sanitizer.clean(id.rawValue))' is not suspended; nothing to resume.")
      return
    }
    try context.store.setSuspended(deck: deck, card: id, false)
    context.say("resumed \(named(id, in: deck, context)).")
  }

  /// `resume` without a card: the suspended cards of every deck, with their ids to resume by.
  private static func offerSuspended(_ context: ReplContext) {
    var rows: [String] = []
    var firstID: String?
    for deck in context.decks {
      let progress = (try? context.store.progress(deck: deck.name)) ?? [:]
      for card in deck.cards where progress[card.id]?.suspended == true {
        if firstID == nil { firstID = Sanitizer.clean(card.id.rawValue) }
        rows.append("  \(Sanitizer.clean(card.id.rawValue))  \(TextWrap.clip(card.prompt, 50))")
      }
    }
    guard let firstID else {
      context.say("no card is suspended; nothing to resume.")
      return
    }
    context.say("suspended cards (\(rows.count)):")
    rows.forEach { context.say($0) }
    context.say(
      "\(context.surface.typed("resume CARD-ID")) brings one back, e.g. \(context.surface.typed("resume \(firstID)"))")
  }

  /// `'ca-capital' (“What is the capital of …”)`: a card by its id and its prompt, for messages.
  private static func named(_ card: CardID, in deck: String, _ context: ReplContext) -> String {
    let id = "'\(Sanitizer.clean(card.rawValue))'"
    let prompt = context.decks.first { $0.name == deck }?.cards.first { $0.id == card }?.prompt
    return prompt.map { id + " (\u{201C}" + TextWrap.clip($0, 40) + "\u{201D})" } ?? id
  }

  /// The card `command` acts on: the one named, else the last card studied.
  private static func target(_ id: String?, _ context: ReplContext, command: String) throws -> (String, CardID) {
    let show = context.surface.typed("show DECK")
    if let id {
      for deck in context.decks where deck.cards.contains(where: { $0.id.rawValue == id }) {
        return (deck.name, CardID(id))
      }
      throw ReplError("no card '\(Sanitizer.clean(id))' in the decks found; `\(show)` lists the card ids")
    }
    guard let last = context.lastCard else {
      let example = context.decks.first?.cards.first.map { Sanitizer.clean($0.id.rawValue) } ?? "CARD-ID"
      throw ReplError(
        "no card studied yet; give a card id, e.g. \(context.surface.typed("\(command) \(example)")) (\(show) lists them)"
      )
    }
    return last
  }
}
