/// One study session, as saved in the store: when it ran and what was answered.
public struct StudySessionRecord: Hashable, Sendable, Codable {
  /// The store's id of the session; nil until saved.
  public var id: Int64?
  /// The deck's name (`Deck.name`).
  public var deck: String
  /// When the session started.
  public var started: Timestamp
  /// When the session ended; nil while it is going on.
  public var ended: Timestamp?
  /// Number of cards answered.
  public var reviewed: Int
  /// Number of those that were new.
  public var newCards: Int
  /// Answers rated "again".
  public var again: Int
  /// Answers rated "hard".
  public var hard: Int
  /// Answers rated "good".
  public var good: Int
  /// Answers rated "easy".
  public var easy: Int

  /// Creates a study session record.
  public init(
    id: Int64? = nil, deck: String, started: Timestamp, ended: Timestamp? = nil, reviewed: Int = 0,
    newCards: Int = 0, again: Int = 0, hard: Int = 0, good: Int = 0, easy: Int = 0
  ) {
    self.id = id
    self.deck = deck
    self.started = started
    self.ended = ended
    self.reviewed = reviewed
    self.newCards = newCards
    self.again = again
    self.hard = hard
    self.good = good
    self.easy = easy
  }

  /// Counts one more answer with `rating`; `wasNew` when the card had never been reviewed.
  public mutating func count(_ rating: Rating, wasNew: Bool) {
    reviewed += 1
    if wasNew { newCards += 1 }
    switch rating {
    case .again: again += 1
    case .hard: hard += 1
    case .good: good += 1
    case .easy: easy += 1
    }
  }
}
