import RecallCore
import Testing

@Suite struct StudySessionTests {
  static let start = Timestamp(milliseconds: 1_709_280_000_000)

  static let deck = Deck(
    title: "T", origin: "t.md",
    notes: [
      Note(content: .qa(question: "Capital of Kazakhstan?", answer: "Astana", reverse: false), explicitID: "kz"),
      Note(content: .qa(question: "Capital of Uzbekistan?", answer: "Tashkent", reverse: false), explicitID: "uz"),
      Note(content: .qa(question: "Capital of Kyrgyzstan?", answer: "Bishkek", reverse: false), explicitID: "kg"),
    ])

  func session(_ mode: StudySession.Mode, newLimit: Int = 20) -> (StudySession, InMemoryReviewStore, FixedClock) {
    let store = InMemoryReviewStore()
    let clock = FixedClock(Self.start)
    let session = StudySession(
      decks: [Self.deck], store: store, scheduler: Scheduler(), clock: clock, mode: mode,
      options: StudyOptions(newCardLimit: newLimit))
    return (session, store, clock)
  }

  @Test func typedAnswerIsCheckedGradedAndSavedWithTheOverride() throws {
    let (session, store, clock) = session(.typed)
    try session.start()
    #expect(session.currentItem?.card.id == "kz")
    clock.advance(milliseconds: 2000)
    try session.answer("astana")
    guard case .feedback(_, let feedback, let intervals) = session.phase else {
      Issue.record("expected feedback, got \(session.phase)")
      return
    }
    #expect(feedback.check.verdict == .exact)
    #expect(feedback.suggested == .easy)
    #expect(feedback.responseMilliseconds == 2000)
    #expect(intervals[.again] == Timestamp.minute)
    #expect(try store.reviewLog(deck: nil).isEmpty)
    let record = try session.rate(.good)
    #expect(record.rating == .good)
    #expect(record.answer == "astana")
    #expect(try store.reviewLog(deck: nil) == [record])
    #expect(session.currentItem?.card.id == "uz")
  }

  /// A card rated Hard comes back within minutes: it stays in what is left, as learning.
  @Test func whatIsLeftCountsLearningCardsThatComeBackLater() throws {
    let (session, _, clock) = session(.flip)
    try session.start()
    #expect(try session.remaining() == StudyCounts(new: 3))
    let (limited, _, _) = self.session(.flip, newLimit: 1)
    try limited.start()
    #expect(try limited.remaining().newHeldBack == 2)
    try session.answer("")
    try session.rate(.hard)
    #expect(try session.queue().count == 2)
    #expect(try session.remaining() == StudyCounts(learning: 1, new: 2))
    #expect(try session.remaining().newHeldBack == 0)
    try session.answer("")
    try session.rate(.easy)
    #expect(try session.remaining() == StudyCounts(learning: 1, new: 1))
    clock.advance(milliseconds: 10 * Timestamp.minute)
    #expect(try session.remaining() == StudyCounts(learning: 1, new: 1))
    try session.suspend()
    #expect(try session.remaining().total == 1)
  }

  @Test func flipModeRevealsThenRequiresARating() throws {
    let (session, _, _) = session(.flip)
    try session.start()
    try session.answer("")
    guard case .revealed = session.phase else {
      Issue.record("expected revealed")
      return
    }
    #expect(throws: StudySession.ActionError.ratingRequired) { try session.rate(nil) }
    try session.rate(.hard)
    #expect(session.summary.ratings[.hard] == 1)
  }

  @Test func undoRestoresTheStateAndAsksTheCardAgain() throws {
    let (session, store, _) = session(.flip)
    try session.start()
    try session.answer("")
    try session.rate(.easy)
    #expect(session.currentItem?.card.id == "uz")
    let undone = try session.undo()
    #expect(undone.card == "kz")
    #expect(session.currentItem?.card.id == "kz")
    #expect(try store.progress(deck: "t")["kz"]?.memory == nil)
    #expect(throws: StudySession.ActionError.nothingToUndo) { try session.undo() }
  }

  @Test func buryHidesUntilTheNextStudyDayAndSuspendUntilResumed() throws {
    let (session, store, clock) = session(.flip)
    try session.start()
    try session.bury()
    #expect(session.currentItem?.card.id == "uz")
    try session.suspend()
    #expect(session.currentItem?.card.id == "kg")
    clock.advance(milliseconds: Timestamp.day)
    let later = StudySession(
      decks: [Self.deck], store: store, scheduler: Scheduler(), clock: clock, mode: .flip)
    try later.start()
    #expect(try later.queue().map(\.card.id) == ["kz", "kg"])
  }

  @Test func theNewCardLimitCountsCardsAlreadyIntroducedToday() throws {
    let (session, store, clock) = session(.flip, newLimit: 2)
    try session.start()
    try session.answer("")
    try session.rate(.easy)
    let again = StudySession(
      decks: [Self.deck], store: store, scheduler: Scheduler(), clock: clock, mode: .flip,
      options: StudyOptions(newCardLimit: 2))
    try again.start()
    #expect(try again.queue().map(\.card.id) == ["uz"])
  }

  @Test func stoppingSavesACheckedAnswerButNotABarePrompt() throws {
    let (session, store, _) = session(.typed)
    try session.start()
    #expect(try session.stop() == nil)
    #expect(try store.reviewLog(deck: nil).isEmpty)
    let (other, otherStore, _) = self.session(.typed)
    try other.start()
    try other.answer("Almaty")
    let saved = try other.stop()
    #expect(saved?.rating == .again)
    #expect(try otherStore.reviewLog(deck: nil).count == 1)
    #expect(other.phase == .finished)
  }
}
