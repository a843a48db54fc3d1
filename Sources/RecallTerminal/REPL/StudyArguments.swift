import RecallCore

/// The options of `study`, shared by the REPL command and the `recall study` subcommand.
public struct StudyArguments: Hashable, Sendable {
  /// Only this deck (name or title); nil for all.
  public var deck: String?
  /// Only this topic; nil for all.
  public var topic: String?
  /// The answer mode; nil for the default.
  public var mode: StudySession.Mode?
  /// The new-card limit for today; nil for the default.
  public var newCardLimit: Int?
  /// Whether siblings of a card studied today wait for the next day (the default).
  public var burySiblings: Bool

  /// Creates arguments.
  public init(
    deck: String? = nil, topic: String? = nil, mode: StudySession.Mode? = nil, newCardLimit: Int? = nil,
    burySiblings: Bool = true
  ) {
    self.deck = deck
    self.topic = topic
    self.mode = mode
    self.newCardLimit = newCardLimit
    self.burySiblings = burySiblings
  }

  /// Parses `[DECK] --deck D --topic T --mode typed|flip --new N --no-bury-siblings` (also
  /// `--opt=value`); the deck
  /// may be named by a word of its own, as `show` and `quiz` take it.
  public static func parse(_ words: [String]) throws -> StudyArguments {
    var result = StudyArguments()
    var index = 0
    while index < words.count {
      var option = words[index]
      if !option.hasPrefix("-") {
        guard result.deck == nil else {
          throw ReplError("'\(Sanitizer.clean(option))' is one word too many; name one deck, e.g. study central-asia.")
        }
        result.deck = option
        index += 1
        continue
      }
      if option == "--no-bury-siblings" {
        result.burySiblings = false
        index += 1
        continue
      }
      var value: String?
      if let equals = option.firstIndex(of: "=") {
        value = String(option[option.index(after: equals)...])
        option = String(option[..<equals])
      } else if index + 1 < words.count {
        value = words[index + 1]
        index += 1
      }
      index += 1
      guard let value else { throw ReplError("'\(Sanitizer.clean(option))' needs a value; see help study.") }
      switch option {
      case "--deck", "-d": result.deck = value
      case "--topic", "-t": result.topic = value
      case "--mode", "-m":
        guard let mode = StudySession.Mode(rawValue: value.lowercased()) else {
          throw ReplError("unknown mode '\(Sanitizer.clean(value))'; use typed or flip.")
        }
        result.mode = mode
      case "--new", "-n":
        guard let limit = Int(value), limit >= 0 else {
          throw ReplError("'\(Sanitizer.clean(value))' is not a number of new cards; use 0 or more, e.g. --new 10.")
        }
        result.newCardLimit = limit
      default:
        throw ReplError(
          "unknown option '\(Sanitizer.clean(option))'; study takes --deck, --topic, --mode, --new, --no-bury-siblings."
        )
      }
    }
    return result
  }

  /// Builds the session these arguments ask for in `context`; a deck name that fits no deck
  /// throws `DeckLookupError`, an unknown topic `TopicLookupError` (worded by the caller, for the
  /// REPL or the command line).
  public func session(in context: ReplContext) throws -> StudySession {
    var decks = context.decks
    if let deck {
      decks = [try context.findDeck(named: deck).get()]
    }
    var options = context.studyOptions
    if let topic {
      var known: [String] = []
      for name in decks.flatMap(\.topics) where !known.contains(name) { known.append(name) }
      if let error = TopicLookupError.check(topic, known: known, deck: decks.count == 1 ? decks.first?.name : nil) {
        throw error
      }
      options.topic = topic
    }
    if let newCardLimit { options.newCardLimit = newCardLimit }
    options.burySiblings = burySiblings
    return StudySession(
      decks: decks, store: context.store, scheduler: context.scheduler, clock: context.clock,
      mode: mode ?? context.mode, options: options)
  }
}
