/// One row of an Anki review log (`revlog`).
public struct AnkiReview: Hashable, Sendable {
  /// What kind of review Anki logged (`revlog.type`).
  public enum Kind: Int, Hashable, Sendable {
    /// A new or learning card's step.
    case learning = 0
    /// A graduated card's review.
    case review = 1
    /// A forgotten card's relearning step.
    case relearning = 2
    /// A review in a filtered deck.
    case filtered = 3
    /// A manual change: a set due date, a reset.
    case manual = 4
    /// A rescheduling when the scheduler's settings changed.
    case rescheduled = 5
  }

  /// When the answer was given (`revlog.id`, milliseconds since 1970).
  public var time: Timestamp
  /// The button pressed, 1 (again) to 4 (easy); 0 for entries that are no answer.
  public var ease: Int
  /// The interval given: positive in days, negative in seconds.
  public var interval: Int64
  /// How long the answer took, in milliseconds.
  public var duration: Int64
  /// The kind of entry; nil for a kind this Recall does not know.
  public var kind: Kind?

  /// Creates a review log row.
  public init(time: Timestamp, ease: Int, interval: Int64, duration: Int64, kind: Kind?) {
    self.time = time
    self.ease = ease
    self.interval = interval
    self.duration = duration
    self.kind = kind
  }
}

/// Turns a card's Anki review log into Recall review records, with the FSRS memory state after
/// each review computed as Anki computes it (study days between reviews, see
/// `Scheduler.memoryStep`): only real answers count, and a reset starts the card afresh.
public struct AnkiHistory: Sendable {
  /// The scheduler whose formulas and parameters compute the memory states.
  public var scheduler: Scheduler
  /// The study days of the collection (its rollover hour, the local offset).
  public var calendar: StudyCalendar

  /// Creates a history converter.
  public init(scheduler: Scheduler = Scheduler(), calendar: StudyCalendar) {
    self.scheduler = scheduler
    self.calendar = calendar
  }

  /// One card's history as far as it has been read: what the next entry's record builds on.
  public struct CardState: Hashable, Sendable {
    /// The memory after the last counted answer; nil before the first or after a reset.
    var memory: MemoryValues?
    /// The state saved with the last record.
    public internal(set) var last: MemoryState?
    /// The study day of the last counted answer.
    var lastDay: Int64?
    /// The records made so far.
    public internal(set) var reviews = 0
    /// Of them, lapses: a graduated card forgotten.
    public internal(set) var lapses = 0

    /// A card with no history read yet.
    public init() {}
  }

  /// The record of `entry`, the next entry of a card's log in time order, as a review of `card` in
  /// `deck`, with `state` moved past it; nil for an entry that is no answer (a manual change, a
  /// reschedule, ease 0), which leaves no record. Reading a log entry by entry this way needs no
  /// more than one `CardState` a card, however long the log.
  public func record(_ entry: AnkiReview, after state: inout CardState, deck: String, card: CardID) -> ReviewRecord? {
    if isReset(entry) {
      state.memory = nil
      state.lastDay = nil
      return nil
    }
    guard let rating = Rating(rawValue: entry.ease), counts(entry) else { return nil }
    let day = calendar.day(of: entry.time)
    let elapsed = state.lastDay.map { day - $0 } ?? 0
    let values = scheduler.memoryStep(state.memory, rating: rating, elapsedDays: elapsed)
    let before = state.last
    let phase = phase(after: entry, rating: rating, before: before)
    let after = MemoryState(
      phase: phase, step: phase == .review ? nil : 0, stability: values.stability, difficulty: values.difficulty,
      due: due(after: entry), lastReview: entry.time)
    state.memory = values
    state.lastDay = day
    state.last = after
    state.reviews += 1
    if before?.phase == .review && rating == .again { state.lapses += 1 }
    return ReviewRecord(
      deck: deck, card: card, time: entry.time, rating: rating, responseMilliseconds: max(entry.duration, 0),
      mode: .study, before: before, after: after)
  }

  /// The records of `reviews` (one card's log, any order) as reviews of `card` in `deck`, oldest
  /// first. Entries that are no answer (manual changes, reschedules, ease 0) leave no record.
  public func records(_ reviews: [AnkiReview], deck: String, card: CardID) -> [ReviewRecord] {
    var state = CardState()
    return reviews.sorted { $0.time < $1.time }.compactMap { record($0, after: &state, deck: deck, card: card) }
  }

  /// Whether an entry is an answer that FSRS learns from.
  private func counts(_ entry: AnkiReview) -> Bool {
    switch entry.kind {
    case .learning, .review, .relearning, .filtered: true
    case .manual, .rescheduled, nil: false
    }
  }

  /// A "forget"/reset: a manual entry that set the card back to new.
  private func isReset(_ entry: AnkiReview) -> Bool {
    entry.kind == .manual && entry.ease == 0 && entry.interval == 0
  }

  private func phase(after entry: AnkiReview, rating: Rating, before: MemoryState?) -> LearningPhase {
    if entry.interval > 0 { return .review }
    if entry.kind == .relearning || (rating == .again && (before?.phase == .review || entry.kind == .review)) {
      return .relearning
    }
    if entry.kind == .review || entry.kind == .filtered, let before { return before.phase }
    return .learning
  }

  private func due(after entry: AnkiReview) -> Timestamp {
    if entry.interval > 0 { return entry.time.adding(milliseconds: entry.interval &* Timestamp.day) }
    return entry.time.adding(milliseconds: -entry.interval &* Timestamp.second)
  }
}
