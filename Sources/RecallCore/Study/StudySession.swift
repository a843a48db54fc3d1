/// A study session as a state machine: prompt -> answer -> feedback -> rating (override) -> saved.
///
/// In typed mode the learner types an answer, `AnswerChecker` and `AnswerGrader` suggest a rating
/// and `rate(nil)` keeps it or `rate(.hard)` overrides it. In flip mode `answer` (any text, usually
/// empty) reveals the answer and `rate` must be given. Every rating is written to the store before
/// the next card is prompted, and the queue is rebuilt from the store, so learning cards come back
/// when due. The session reads time only from its clock.
public final class StudySession {
  /// How cards are answered.
  public enum Mode: String, Sendable, CaseIterable {
    /// The learner types the answer and Recall grades it.
    case typed
    /// The learner reveals the answer and rates themselves.
    case flip
  }

  /// What a typed answer earned, shown before the rating is saved.
  public struct Feedback: Hashable, Sendable {
    /// What the learner typed.
    public var typed: String
    /// The checker's verdict.
    public var check: AnswerCheck
    /// The rating the grader suggests.
    public var suggested: Rating
    /// How long the answer took, in milliseconds.
    public var responseMilliseconds: Int64
    /// The typed text against the expected answer (nil for list answers and empty answers).
    public var diff: AnswerDiff?
  }

  /// Where the session stands.
  public enum Phase: Hashable, Sendable {
    /// A card's prompt is shown and an answer awaited.
    case prompting(StudyItem)
    /// Flip mode: the answer is shown and a rating awaited; with each rating's next interval.
    case revealed(StudyItem, intervals: [Rating: Int64])
    /// Typed mode: the answer was checked; a rating (or keeping the suggestion) is awaited.
    case feedback(StudyItem, Feedback, intervals: [Rating: Int64])
    /// Nothing is left to study.
    case finished
  }

  /// Counts of a session for its summary.
  public struct Summary: Hashable, Sendable {
    /// Ratings saved, by rating.
    public var ratings: [Rating: Int] = [:]
    /// Cards buried.
    public var buried = 0
    /// Cards suspended.
    public var suspended = 0
    /// Ratings taken back.
    public var undone = 0

    /// Creates empty counts.
    public init() {}

    /// Total ratings saved.
    public var reviewed: Int { ratings.values.reduce(0, +) }
  }

  /// Errors of session actions that do not fit the current phase.
  public enum ActionError: Error, Hashable, Sendable {
    /// No card is being studied.
    case noCurrentCard
    /// There is no rating to take back.
    case nothingToUndo
    /// A rating is required here (flip mode).
    case ratingRequired
  }

  /// The current phase.
  public private(set) var phase: Phase = .finished
  /// The session's counts.
  public private(set) var summary = Summary()
  /// The answer mode.
  public let mode: Mode
  /// The options the queue is built with.
  public let options: StudyOptions

  /// The decks studied.
  public let decks: [Deck]
  private let store: any ReviewStore
  private let scheduler: any ReviewScheduling
  private let clock: any WallClock
  private let checker = AnswerChecker()
  private let grader: AnswerGrader
  private var promptedAt = Timestamp(milliseconds: 0)
  private var newStudiedToday: [String: Int] = [:]
  private var recordedDecks: [String] = []
  private var preferred: CardID?

  /// Creates a session; call `start()` to prompt the first card.
  public init(
    decks: [Deck], store: any ReviewStore, scheduler: any ReviewScheduling, clock: any WallClock,
    mode: Mode = .typed, options: StudyOptions = StudyOptions(), grader: AnswerGrader = AnswerGrader()
  ) {
    self.decks = decks
    self.store = store
    self.scheduler = scheduler
    self.clock = clock
    self.mode = mode
    self.options = options
    self.grader = grader
  }

  /// Counts today's new cards and prompts the first card (or finishes when nothing is due).
  public func start() throws {
    newStudiedToday = try StudyQueue.newCardsStudiedToday(
      decks: decks, store: store, day: options.day, now: clock.now())
    try advance()
  }

  /// What is left to study, the current card included: the queue as it stands, and the learning
  /// cards that come back later today.
  public func remaining() throws -> StudyCounts {
    StudyQueue.counts(
      decks: decks, progress: try currentProgress(), newCardsStudiedToday: newStudiedToday, options: options,
      now: clock.now())
  }

  /// The queue as it stands now, current card first.
  public func queue() throws -> [StudyItem] {
    let progress = try currentProgress()
    var items = StudyQueue.build(
      decks: decks, progress: progress, newCardsStudiedToday: newStudiedToday, options: options, now: clock.now())
    if let preferred, let index = items.firstIndex(where: { $0.card.id == preferred }) {
      items.insert(items.remove(at: index), at: 0)
    }
    return items
  }

  /// Answers the prompted card: typed mode checks and grades `text`; flip mode reveals the answer.
  public func answer(_ text: String) throws {
    guard case .prompting(let item) = phase else { throw ActionError.noCurrentCard }
    let now = clock.now()
    let intervals = previewIntervals(item, at: now)
    switch mode {
    case .flip:
      phase = .revealed(item, intervals: intervals)
    case .typed:
      let elapsed = max(0, now.milliseconds(since: promptedAt))
      let check = checker.check(text, against: item.card)
      let rating = grader.grade(check, responseMilliseconds: elapsed)
      let trimmed = text.trimmingWhitespace()
      var diff: AnswerDiff?
      // A diff helps with near misses; against an unrelated answer it is noise.
      // Lengths far apart are never near: a long pasted answer is not compared letter by letter.
      let allowed = max(2, check.expected.count / 3)
      let near =
        abs(trimmed.count - check.expected.count) <= allowed
        && EditDistance.between(trimmed.lowercased(), check.expected.lowercased()) <= allowed
      if case .text = item.card.answer, !trimmed.isEmpty, check.verdict != .exact, near {
        diff = AnswerDiff(typed: trimmed, expected: check.expected)
      }
      let feedback = Feedback(
        typed: text, check: check, suggested: rating, responseMilliseconds: elapsed, diff: diff)
      phase = .feedback(item, feedback, intervals: intervals)
    }
  }

  /// Saves a rating: in feedback, `nil` keeps the suggested one; in flip mode a rating is required.
  /// Returns the saved record; the next card is prompted.
  @discardableResult
  public func rate(_ override: Rating?) throws -> ReviewRecord {
    let now = clock.now()
    let item: StudyItem
    let rating: Rating
    var typed: String?
    var elapsed = max(0, now.milliseconds(since: promptedAt))
    switch phase {
    case .feedback(let current, let feedback, _):
      item = current
      rating = override ?? feedback.suggested
      typed = feedback.typed
      elapsed = feedback.responseMilliseconds
    case .revealed(let current, _):
      guard let override else { throw ActionError.ratingRequired }
      item = current
      rating = override
    case .prompting, .finished:
      throw ActionError.noCurrentCard
    }
    let before = item.progress.memory
    let after = scheduler.next(deck: item.deck, before, rating: rating, at: now, fuzzSeed: item.fuzzSeed)
    let record = ReviewRecord(
      deck: item.deck, card: item.card.id, time: now, rating: rating, answer: typed,
      responseMilliseconds: elapsed, mode: .study, before: before, after: after)
    try store.record(record)
    recordedDecks.append(item.deck)
    if before == nil { newStudiedToday[item.deck, default: 0] += 1 }
    summary.ratings[rating, default: 0] += 1
    preferred = nil
    try advance()
    return record
  }

  /// Takes back the last rating of this session; its card is prompted again. Returns the record removed.
  @discardableResult
  public func undo() throws -> ReviewRecord {
    guard let deck = recordedDecks.popLast(), let record = try store.undoLastReview(deck: deck) else {
      throw ActionError.nothingToUndo
    }
    if record.before == nil { newStudiedToday[record.deck] = max(0, (newStudiedToday[record.deck] ?? 0) - 1) }
    summary.ratings[record.rating, default: 1] -= 1
    summary.undone += 1
    preferred = record.card
    try advance()
    return record
  }

  /// Hides the current card until the next study day and moves on.
  public func bury() throws {
    let item = try requireCurrentItem()
    try store.bury(deck: item.deck, card: item.card.id, until: options.day.startOfNextDay(after: clock.now()))
    summary.buried += 1
    try advance()
  }

  /// Suspends the current card (until resumed) and moves on.
  public func suspend() throws {
    let item = try requireCurrentItem()
    try store.setSuspended(deck: item.deck, card: item.card.id, true)
    summary.suspended += 1
    try advance()
  }

  /// Stops the session. A typed answer already checked is saved with its suggested rating, so
  /// nothing answered is lost; a card only prompted is left as it was. Returns the saved record.
  @discardableResult
  public func stop() throws -> ReviewRecord? {
    var saved: ReviewRecord?
    if case .feedback = phase { saved = try rate(nil) }
    phase = .finished
    return saved
  }

  /// Leaves the session without saving anything more: a typed answer checked but not yet rated
  /// is dropped, as Ctrl-C or Ctrl-D at a rating prompt asks. Everything rated before stays saved.
  public func abandon() {
    phase = .finished
  }

  /// The card being studied, in any phase but finished.
  public var currentItem: StudyItem? {
    switch phase {
    case .prompting(let item), .revealed(let item, _), .feedback(let item, _, _): item
    case .finished: nil
    }
  }

  private func currentProgress() throws -> [String: [CardID: CardProgress]] {
    var progress: [String: [CardID: CardProgress]] = [:]
    for deck in decks { progress[deck.name] = try store.progress(deck: deck.name) }
    return progress
  }

  private func requireCurrentItem() throws -> StudyItem {
    guard let item = currentItem else { throw ActionError.noCurrentCard }
    return item
  }

  private func previewIntervals(_ item: StudyItem, at now: Timestamp) -> [Rating: Int64] {
    scheduler.previewIntervals(deck: item.deck, item.progress.memory, at: now, fuzzSeed: item.fuzzSeed)
  }

  private func advance() throws {
    if let next = try queue().first {
      phase = .prompting(next)
      promptedAt = clock.now()
    } else {
      phase = .finished
    }
  }
}
