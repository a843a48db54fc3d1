import Foundation
import RecallCore

/// The commands every REPL has. `quiz` and `stats` are placeholders that their features replace.
public enum BuiltinCommands {
  /// All built-in commands in `help` order.
  public static let all: [ReplCommandSpec] = [
    study, quiz, stats, decks, show, check, undo, bury, suspend, resume, help, quit,
  ]

  /// `study`: a study session.
  public static let study = ReplCommandSpec(
    name: "study", summary: "study the cards that are due (typed answers or flip cards)",
    usage: "study [DECK] [--topic T] [--mode typed|flip] [--new N] [--no-bury-siblings]",
    details: """
      Typed mode: type the answer, Recall grades it; press Enter to keep the grade or 1-4 to change it.
      Flip mode: press Enter to see the answer, then rate it 1 (again) to 4 (easy).
      In a session, :undo takes back the last rating, :bury hides the card until tomorrow,
      :suspend hides it until resumed, :quit stops. Ctrl-C cancels the question.
      Once a card is studied, its siblings (cards of the same note or sentence) wait for the next
      day; --no-bury-siblings shows them the same day.
      example: study central-asia --mode flip --new 5
      """,
    options: ["--deck", "--topic", "--mode", "--new", "--no-bury-siblings"]
  ) { arguments, context in
    let session = try StudyArguments.parse(arguments).session(in: context)
    if let note = context.catalog?.faultyCardsNote(for: session.decks, on: .repl) { context.say(note + ".") }
    switch try StudyRunner(context: context).run(session) {
    case .finished, .stopped, .interrupted: return .proceed
    case .endOfInput: return .quit
    }
  }

  /// `quiz`: placeholder until the quiz feature registers its command.
  public static let quiz = ReplCommandSpec(
    name: "quiz", summary: "a timed quiz (not available in this build)", usage: "quiz [--deck D]"
  ) { _, context in
    context.say("quizzes are not available in this build yet; try study.")
    return .proceed
  }

  /// `stats`: placeholder until the statistics feature registers its command.
  public static let stats = ReplCommandSpec(
    name: "stats", summary: "how your studying is going", usage: "stats [--deck D]"
  ) { _, context in
    let reviews = try context.store.reviewLog(deck: nil)
    context.say("\(reviews.count) review\(reviews.count == 1 ? "" : "s") saved.")
    return .proceed
  }

  /// `decks`: the decks found and what is due in each.
  public static let decks = ReplCommandSpec(
    name: "decks", summary: "list the decks and what is due in each", usage: "decks",
    details: "Each deck's cards by kind and its topics, then what is due in it.\nexample: decks"
  ) { _, context in
    guard !context.decks.isEmpty else {
      context.say("no decks found; put Markdown decks in ./Decks or pass --decks DIR.")
      return .proceed
    }
    if let catalog = context.catalog {
      context.output.write(DeckReport.list(catalog, style: context.style, surface: .repl))
    }
    for deck in context.decks {
      let due = try context.dueCounts(decks: [deck])
      context.say(
        "  \(context.style.heading(Sanitizer.clean(deck.name))): due \(due.learning) learning, "
          + "\(due.review) review, \(due.new) new")
    }
    return .proceed
  }

  /// `show`: the topics and cards of a deck.
  public static let show = ReplCommandSpec(
    name: "show", summary: "show the cards of a deck, with their ids", usage: "show [DECK] [--topic T]",
    details: "example: show central-asia --topic Capitals", options: ["--topic"]
  ) { arguments, context in
    var words = arguments
    let topic = try take("--topic", from: &words, example: "show --topic Capitals")
    if let deck = try take("--deck", from: &words, example: "show --deck central-asia") { words.insert(deck, at: 0) }
    let deck: Deck
    if let name = words.first {
      deck = try context.requireDeck(named: name)
    } else {
      guard context.decks.count == 1, let only = context.decks.first else {
        throw ReplError("which deck? e.g. show \(Sanitizer.clean(context.decks.first?.name ?? "DECK")).")
      }
      deck = only
    }
    if let topic, let error = TopicLookupError.check(topic, known: deck.topics, deck: deck.name) {
      throw ReplError(error)
    }
    context.output.write(DeckReport.show(deck, topic: topic, style: context.style))
    return .proceed
  }

  /// `check`: problems found in the decks.
  public static let check = ReplCommandSpec(
    name: "check", summary: "report problems in the decks", usage: "check",
    details: "Errors and warnings of the deck files, with file:line:column, as recall check gives them.\nexample: check"
  ) { _, context in
    if let catalog = context.catalog {
      context.output.write(DeckReport.check(catalog, style: context.style))
    } else {
      context.say("checked \(context.decks.count) deck\(context.decks.count == 1 ? "" : "s"): no problems.")
    }
    return .proceed
  }

  /// `undo`: takes back the last rating saved in this REPL.
  public static let undo = ReplCommandSpec(
    name: "undo", summary: "take back the last rating", usage: "undo",
    details: "Takes back the last rating saved in this REPL; the card's state comes back from the log.\nexample: undo"
  ) { _, context in
    guard let deck = context.ratedDecks.popLast(), let record = try context.store.undoLastReview(deck: deck) else {
      context.say("nothing to undo.")
      return .proceed
    }
    context.summary.ratings[record.rating, default: 1] -= 1
    context.summary.undone += 1
    context.say("took back \(record.rating.name) for '\(Sanitizer.clean(record.card.rawValue))'.")
    return .proceed
  }

  /// `bury`: hides a card until the next study day.
  public static let bury = ReplCommandSpec(
    name: "bury", summary: "hide the last card until tomorrow", usage: "bury [CARD-ID]",
    details: "Without CARD-ID, the last card studied; show DECK lists the ids.\nexample: bury ca-capital-kyrgyzstan"
  ) { arguments, context in
    let (deck, card) = try target(arguments, context, command: "bury")
    let until = context.studyOptions.day.startOfNextDay(after: context.clock.now())
    try context.store.bury(deck: deck, card: card, until: until)
    context.summary.buried += 1
    context.say("buried \(named(card, in: deck, context)) until tomorrow.")
    return .proceed
  }

  /// `suspend`: hides a card until resumed.
  public static let suspend = ReplCommandSpec(
    name: "suspend", summary: "hide the last card until resumed", usage: "suspend [CARD-ID]",
    details:
      "Without CARD-ID, the last card studied; resume CARD-ID brings it back.\nexample: suspend ca-capital-kyrgyzstan"
  ) { arguments, context in
    let (deck, card) = try target(arguments, context, command: "suspend")
    try context.store.setSuspended(deck: deck, card: card, true)
    context.summary.suspended += 1
    context.say(
      "suspended \(named(card, in: deck, context)); resume \(Sanitizer.clean(card.rawValue)) brings it back.")
    return .proceed
  }

  /// `resume`: brings a suspended card back.
  public static let resume = ReplCommandSpec(
    name: "resume", summary: "bring a suspended card back", usage: "resume [CARD-ID]",
    details: "Without CARD-ID, lists the suspended cards to choose from.\nexample: resume ca-capital-kyrgyzstan"
  ) { arguments, context in
    guard !arguments.isEmpty else {
      offerSuspended(context)
      return .proceed
    }
    let (deck, card) = try target(arguments, context, command: "resume")
    guard try context.store.progress(deck: deck)[card]?.suspended == true else {
      context.say("'\(Sanitizer.clean(card.rawValue))' is not suspended; nothing to resume.")
      return .proceed
    }
    try context.store.setSuspended(deck: deck, card: card, false)
    context.say("resumed \(named(card, in: deck, context)).")
    return .proceed
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
    context.say("resume CARD-ID brings one back, e.g. resume \(firstID)")
  }

  /// `'ca-capital' (“What is the capital of …”)`: a card by its id and its prompt, for messages.
  private static func named(_ card: CardID, in deck: String, _ context: ReplContext) -> String {
    let id = "'\(Sanitizer.clean(card.rawValue))'"
    let prompt = context.decks.first { $0.name == deck }?.cards.first { $0.id == card }?.prompt
    return prompt.map { id + " (\u{201C}" + TextWrap.clip($0, 40) + "\u{201D})" } ?? id
  }

  /// `help`: handled by the REPL itself; listed here for `help` and completion.
  public static let help = ReplCommandSpec(
    name: "help", summary: "list the commands, or explain one", usage: "help [COMMAND]", details: "example: help study"
  ) { _, _ in .proceed }

  /// `quit`: leaves with a summary.
  public static let quit = ReplCommandSpec(
    name: "quit", summary: "leave (Ctrl-D works too)", usage: "quit"
  ) { _, _ in .quit }

  /// The card `command` acts on: the one named, else the last card studied.
  private static func target(_ arguments: [String], _ context: ReplContext, command: String) throws -> (
    String, CardID
  ) {
    if let id = arguments.first {
      for deck in context.decks where deck.cards.contains(where: { $0.id.rawValue == id }) {
        return (deck.name, CardID(id))
      }
      throw ReplError("no card '\(Sanitizer.clean(id))'; `show DECK` lists the card ids.")
    }
    guard let last = context.lastCard else {
      let example = context.decks.first?.cards.first.map { Sanitizer.clean($0.id.rawValue) } ?? "CARD-ID"
      throw ReplError("no card studied yet; give a card id, e.g. \(command) \(example) (show DECK lists them).")
    }
    return last
  }

  /// Removes `option` and its value from `words` and returns the value; nil when absent.
  private static func take(_ option: String, from words: inout [String], example: String) throws -> String? {
    guard let index = words.firstIndex(of: option) else { return nil }
    guard index + 1 < words.count else { throw ReplError("'\(option)' needs a value, e.g. \(example).") }
    defer { words.removeSubrange(index...(index + 1)) }
    return words[index + 1]
  }
}
