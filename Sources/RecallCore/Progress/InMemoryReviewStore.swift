/// A `ReviewStore` kept in memory: for tests and for sessions that need not last.
public final class InMemoryReviewStore: ReviewStore {
  private var states: [String: [CardID: CardProgress]] = [:]
  private var log: [ReviewRecord] = []

  /// Creates an empty store.
  public init() {}

  /// The progress of every card of `deck` that has any.
  public func progress(deck: String) throws -> [CardID: CardProgress] {
    states[deck] ?? [:]
  }

  /// Appends `review` to the log and moves the card's state to `review.after`.
  public func record(_ review: ReviewRecord) throws {
    log.append(review)
    var progress = states[review.deck]?[review.card] ?? CardProgress()
    progress.memory = review.after
    progress.reviews += 1
    if review.rating == .again, review.before?.phase == .review { progress.lapses += 1 }
    states[review.deck, default: [:]][review.card] = progress
  }

  /// Removes the last study review of `deck` and restores the card's state from before it.
  public func undoLastReview(deck: String) throws -> ReviewRecord? {
    guard let index = log.lastIndex(where: { $0.deck == deck && $0.mode == .study }) else { return nil }
    let review = log.remove(at: index)
    var progress = states[deck]?[review.card] ?? CardProgress()
    progress.memory = review.before
    progress.reviews = max(0, progress.reviews - 1)
    if review.rating == .again, review.before?.phase == .review { progress.lapses = max(0, progress.lapses - 1) }
    states[deck, default: [:]][review.card] = progress
    return review
  }

  /// Hides a card until `until`.
  public func bury(deck: String, card: CardID, until: Timestamp) throws {
    states[deck, default: [:]][card, default: CardProgress()].buriedUntil = until
  }

  /// Suspends or resumes a card.
  public func setSuspended(deck: String, card: CardID, _ suspended: Bool) throws {
    states[deck, default: [:]][card, default: CardProgress()].suspended = suspended
  }

  /// The review log of `deck` (all decks when nil), oldest first.
  public func reviewLog(deck: String?) throws -> [ReviewRecord] {
    guard let deck else { return log }
    return log.filter { $0.deck == deck }
  }
}
