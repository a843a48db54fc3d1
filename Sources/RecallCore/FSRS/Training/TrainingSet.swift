/// Every card's history in training form, with the training items in the order their predicted
/// reviews happened (the order the reference's recency weights and time-series splits assume).
public struct TrainingSet: Sendable {
  /// One training item: a card and the index of its predicted review.
  public struct ItemReference: Hashable, Sendable {
    /// The index of the card in `cards`.
    public var card: Int
    /// The index of the predicted review in the card's reviews.
    public var review: Int
  }

  /// The cards, in the order given.
  public let cards: [TrainingCard]
  /// The items, ordered by the time of their predicted review (ties in card order).
  public let items: [ItemReference]
  /// Each card's first rating and first long-term review, for the pre-training and the outlier filter.
  let firstIntervals: [StabilityPretraining.FirstInterval?]

  /// Builds the set from each card's review log.
  public init(histories: [[TimedRating]]) {
    self.init(cards: histories.map(TrainingCard.init(events:)))
  }

  /// Builds the set from cards already converted.
  public init(cards: [TrainingCard]) {
    self.cards = cards
    firstIntervals = cards.map(Self.firstInterval(of:))
    var items: [(time: Timestamp, reference: ItemReference)] = []
    items.reserveCapacity(cards.reduce(0) { $0 + $1.targets.count })
    for (index, card) in cards.enumerated() {
      for target in card.targets {
        items.append((card.times[target], ItemReference(card: index, review: target)))
      }
    }
    // A stable sort, so that equal times keep the order of the cards.
    let ordered = items.enumerated().sorted { lhs, rhs in
      lhs.element.time != rhs.element.time ? lhs.element.time < rhs.element.time : lhs.offset < rhs.offset
    }
    self.items = ordered.map(\.element.reference)
  }

  private init(cards: [TrainingCard], items: [ItemReference], firstIntervals: [StabilityPretraining.FirstInterval?]) {
    self.cards = cards
    self.items = items
    self.firstIntervals = firstIntervals
  }

  /// The number of reviews in all histories.
  public var reviewCount: Int { cards.reduce(0) { $0 + $1.reviews.count } }

  /// The item `reference` in full.
  public func item(_ reference: ItemReference) -> TrainingItem {
    TrainingItem(reviews: Array(cards[reference.card].reviews[...reference.review]))
  }

  /// The predicted review of an item.
  func current(_ reference: ItemReference) -> TrainingReview {
    cards[reference.card].reviews[reference.review]
  }

  /// The same cards with only the given items.
  func keeping(_ items: [ItemReference]) -> TrainingSet {
    TrainingSet(cards: cards, items: items, firstIntervals: firstIntervals)
  }

  /// The first `count` items (the oldest), and the rest.
  public func split(at count: Int) -> (past: TrainingSet, future: TrainingSet) {
    let bound = min(max(count, 0), items.count)
    return (keeping(Array(items[..<bound])), keeping(Array(items[bound...])))
  }

  /// Whether an item is its card's first prediction a day or more after a previous review: the items
  /// the pre-training learns from ("one long-term review").
  func isFirstInterval(_ reference: ItemReference) -> Bool {
    firstIntervals[reference.card]?.reviewIndex == reference.review
  }

  /// The pre-training view of a card: its first rating and first long-term review.
  func firstInterval(ofCard card: Int) -> StabilityPretraining.FirstInterval? {
    firstIntervals[card]
  }

  private static func firstInterval(of history: TrainingCard) -> StabilityPretraining.FirstInterval? {
    guard let index = history.firstLongTermIndex, let first = history.reviews.first else { return nil }
    let review = history.reviews[index]
    var interval = StabilityPretraining.FirstInterval(
      firstRating: first.rating, elapsedDays: review.elapsedDays, recalled: review.rating != .again)
    interval.reviewIndex = index
    return interval
  }
}
