import RecallCore

/// The options of `study` as `recall study` parsed them (at the shell or at the REPL's prompt).
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
