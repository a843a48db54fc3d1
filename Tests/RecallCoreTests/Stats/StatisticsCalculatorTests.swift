import Testing

@testable import RecallCore

@Suite struct StatisticsCalculatorTests {
  /// 2026-03-11T12:00:00Z, a Wednesday.
  let now = Timestamp(milliseconds: 1_773_230_400_000)
  let calendar = StudyCalendar(utcOffsetSeconds: 0)

  func state(_ phase: LearningPhase, dueInHours hours: Int64, stability: Double = 10, reviewedDaysAgo: Int64 = 3)
    -> MemoryState
  {
    MemoryState(
      phase: phase, step: phase == .review ? nil : 0, stability: stability, difficulty: 5,
      due: now.adding(milliseconds: hours * Timestamp.hour),
      lastReview: now.adding(milliseconds: -reviewedDaysAgo * Timestamp.day))
  }

  func input(
    cards: [StatsCard], progress: [CardID: CardProgress], activity: ReviewActivity = ReviewActivity(),
    quizRuns: [QuizRunRecord] = []
  ) -> StatisticsInput {
    let joined = cards.map { card in
      var card = card
      card.progress = progress[card.id]
      return card
    }
    return StatisticsInput(
      decks: ["d"], cards: joined, activity: activity, quizRuns: quizRuns, now: now, calendar: calendar)
  }

  @Test func countsCardsByStateAndDue() {
    let cards = (0..<7).map { StatsCard(deck: "d", id: CardID("c\($0)"), topic: $0 < 4 ? "A" : "B") }
    let progress: [CardID: CardProgress] = [
      "c1": CardProgress(memory: state(.learning, dueInHours: -1), reviews: 1),
      "c2": CardProgress(memory: state(.review, dueInHours: 10), reviews: 3),  // 22:00, before the 4 a.m. rollover
      "c3": CardProgress(memory: state(.review, dueInHours: 20), reviews: 3),  // 08:00 tomorrow
      "c4": CardProgress(memory: state(.relearning, dueInHours: -48), reviews: 5, lapses: 2),
      "c5": CardProgress(memory: state(.review, dueInHours: -5), reviews: 2, suspended: true),
      "c6": CardProgress(suspended: true),
    ]
    let stats = StatisticsCalculator.compute(input(cards: cards, progress: progress))
    #expect(stats.counts.total == 7)
    #expect(stats.counts.new == 1)
    #expect(stats.counts.learning == 1)
    #expect(stats.counts.review == 2)
    #expect(stats.counts.relearning == 1)
    #expect(stats.counts.suspended == 2)
    #expect(stats.due.now == 2)
    #expect(stats.due.today == 3)
    #expect(stats.due.tomorrow == 1)
    #expect(stats.forecast.count == 30)
    #expect(stats.forecast.prefix(3).map(\.count) == [3, 1, 0])
    #expect(stats.forecast.first?.date == "2026-03-11")
    #expect(stats.hardest.first?.card == "c4")
    #expect(stats.topics.map(\.topic) == ["A", "B"])
    #expect(stats.topics.map(\.cards) == [4, 3])
  }

  /// A week into a new deck every card is immature: that alone must not make the list, or it
  /// fills with cards answered Good every time. A high difficulty or a lapse does.
  @Test func hardestCardsAreTheForgottenAndTheDifficultNotTheMerelyYoung() {
    func memory(difficulty: Double, stability: Double) -> MemoryState {
      MemoryState(
        phase: .review, step: nil, stability: stability, difficulty: difficulty,
        due: now.adding(milliseconds: 2 * Timestamp.day), lastReview: now.adding(milliseconds: -Timestamp.day))
    }
    let cards = ["easy", "young", "hard", "harder", "lapsed"].map { StatsCard(deck: "d", id: CardID($0)) }
    let progress: [CardID: CardProgress] = [
      "easy": CardProgress(memory: memory(difficulty: 2.1, stability: 3), reviews: 2),
      "young": CardProgress(memory: memory(difficulty: 4.9, stability: 0.5), reviews: 1),
      "hard": CardProgress(memory: memory(difficulty: 5.1, stability: 2), reviews: 2),
      "harder": CardProgress(memory: memory(difficulty: 7.5, stability: 4), reviews: 3),
      "lapsed": CardProgress(memory: memory(difficulty: 3, stability: 1), reviews: 4, lapses: 1),
    ]
    let stats = StatisticsCalculator.compute(input(cards: cards, progress: progress))
    #expect(stats.hardest.map(\.card) == ["lapsed", "harder", "hard"])
  }

  @Test func aBuriedCardIsDueWhenItsBurialEnds() {
    let cards = [StatsCard(deck: "d", id: "a")]
    let progress: [CardID: CardProgress] = [
      "a": CardProgress(
        memory: state(.review, dueInHours: -1), reviews: 1, buriedUntil: now.adding(milliseconds: 20 * Timestamp.hour))
    ]
    let stats = StatisticsCalculator.compute(input(cards: cards, progress: progress))
    #expect(stats.due.now == 0)
    #expect(stats.due.tomorrow == 1)
  }

  @Test func retrievabilityFollowsTheFSRSCurve() {
    // By definition of stability, recall is 90% after S days.
    let scheduler = Scheduler()
    func recall(days: Int64, stability: Double) -> Double? {
      let memory = MemoryState(
        phase: .review, step: nil, stability: stability, difficulty: 5, due: now,
        lastReview: now.adding(milliseconds: -days * Timestamp.day))
      return StatisticsCalculator.predictedRecall(memory, at: now, scheduler: scheduler)
    }
    #expect(abs((recall(days: 10, stability: 10) ?? 0) - 0.9) < 1e-12)
    #expect(recall(days: 0, stability: 3) == 1)
    // R(t, S) = (1 + FACTOR t / S)^DECAY with DECAY = -0.1542, FACTOR = 0.9^(1/DECAY) - 1.
    #expect(abs((recall(days: 30, stability: 10) ?? 0) - 0.809_388_103_573_170_8) < 1e-12)
    #expect(StatisticsCalculator.predictedRecall(.new(due: now), at: now, scheduler: scheduler) == nil)
  }

  @Test func averageRetrievabilityAndMastery() {
    let cards = [StatsCard(deck: "d", id: "a", topic: "T"), StatsCard(deck: "d", id: "b", topic: "T")]
    let progress: [CardID: CardProgress] = [
      "a": CardProgress(memory: state(.review, dueInHours: 24, stability: 10, reviewedDaysAgo: 10), reviews: 1)
    ]
    let stats = StatisticsCalculator.compute(input(cards: cards, progress: progress))
    let average = stats.averageRetrievability ?? 0
    #expect(abs(average - 0.9) < 1e-9)
    #expect(abs((stats.topics.first?.mastery ?? 0) - 0.45) < 1e-9)
    #expect(stats.topics.first?.reviewed == 1)
  }

  @Test func retentionCountsMatureReviewsOnly() {
    func event(daysAgo: Double, _ rating: Rating, mature: Bool) -> ReviewEvent {
      ReviewEvent(
        time: now.adding(milliseconds: -Int64(daysAgo * Double(Timestamp.day))), rating: rating, mature: mature)
    }
    let activity = ReviewActivity(
      days: [:],
      recent: [
        event(daysAgo: 1, .good, mature: true), event(daysAgo: 2, .again, mature: true),
        event(daysAgo: 3, .hard, mature: true), event(daysAgo: 3, .again, mature: false),
        event(daysAgo: 20, .again, mature: true), event(daysAgo: 40, .good, mature: true),
      ])
    let stats = StatisticsCalculator.compute(input(cards: [], progress: [:], activity: activity))
    #expect(stats.retention.map(\.days) == [7, 30])
    #expect(stats.retention.map(\.reviews) == [3, 4])
    #expect(stats.retention.map(\.passed) == [2, 2])
    #expect(stats.retention.first?.rate == 2.0 / 3.0)
  }

  @Test func maturityNeedsAReviewPhaseAndThreeWeeks() {
    let long = MemoryState(
      phase: .review, step: nil, stability: 5, difficulty: 5, due: now.adding(milliseconds: 21 * Timestamp.day),
      lastReview: now)
    #expect(ReviewActivity.isMature(before: long))
    var short = long
    short.due = now.adding(milliseconds: 20 * Timestamp.day)
    #expect(!ReviewActivity.isMature(before: short))
    var relearning = long
    relearning.phase = .relearning
    #expect(!ReviewActivity.isMature(before: relearning))
    #expect(!ReviewActivity.isMature(before: nil))
  }

  @Test func streaksAndPeriodSums() {
    let today = calendar.day(of: now)
    var days: [Int64: DayActivity] = [:]
    for offset in [1, 2, 3, 5, 6, 7, 8, 9, 40] {
      days[today - Int64(offset)] = DayActivity(reviews: 10, milliseconds: 60_000)
    }
    let stats = StatisticsCalculator.compute(input(cards: [], progress: [:], activity: ReviewActivity(days: days)))
    #expect(stats.activity.currentStreak == 3)
    #expect(stats.activity.longestStreak == 5)
    #expect(stats.activity.periodReviews == 80)
    #expect(stats.activity.periodStudyDays == 8)
    #expect(stats.activity.periodMilliseconds == 480_000)
    #expect(stats.activity.totalReviews == 90)
    #expect(abs(stats.activity.reviewsPerDay - 80.0 / 30.0) < 1e-12)
  }

  @Test func theHeatMapRunsFromAMondayToToday() {
    let today = calendar.day(of: now)
    let stats = StatisticsCalculator.compute(
      input(cards: [], progress: [:], activity: ReviewActivity(days: [today: DayActivity(reviews: 4)])))
    let days = stats.heatMap.days
    #expect(stats.heatMap.weeks == 26)
    #expect(days.count == 25 * 7 + 3)  // today is a Wednesday
    #expect(days.first.map { StudyCalendar.weekday(ofDay: today + Int64($0.offset)) } == 0)
    #expect(days.last?.date == "2026-03-11")
    #expect(days.last?.count == 4)
  }

  @Test func theStudyDayRollsOverAtFourInTheMorningLocalTime() {
    let almaty = StudyCalendar(utcOffsetSeconds: 5 * 3600)
    let beforeFour = ISO8601Milliseconds.parse("2026-03-10T22:59:59Z") ?? now  // 03:59:59 local
    let atFour = ISO8601Milliseconds.parse("2026-03-10T23:00:00Z") ?? now
    #expect(StudyCalendar.dateText(ofDay: almaty.day(of: beforeFour)) == "2026-03-10")
    #expect(StudyCalendar.dateText(ofDay: almaty.day(of: atFour)) == "2026-03-11")
    #expect(almaty.start(ofDay: almaty.day(of: atFour)) == atFour)
  }

  @Test func quizScoresAreOldestFirst() {
    let runs = [
      QuizRunRecord(id: 2, deck: "d", started: now, ended: now, score: 5, questionCount: 4, correctCount: 3),
      QuizRunRecord(
        id: 1, deck: "d", started: now.adding(milliseconds: -Timestamp.day), ended: now, score: 2,
        questionCount: 4, correctCount: 1),
    ]
    let stats = StatisticsCalculator.compute(input(cards: [], progress: [:], quizRuns: runs))
    #expect(stats.quizzes.map(\.accuracy) == [0.25, 0.75])
  }

  /// A quiz stopped part way (Ctrl-C) is listed by quiz history, but it is neither in the trend
  /// nor the "last" score: two lucky answers and a stop must not look like progress.
  @Test func aStoppedQuizIsNoScoreToFollow() {
    let runs = [
      QuizRunRecord(id: 1, deck: "d", started: now, ended: now, score: 5, questionCount: 4, correctCount: 3),
      QuizRunRecord(
        id: 2, deck: "d", started: now.adding(milliseconds: 1000), ended: now.adding(milliseconds: 2000),
        settings: ["ended-by": "stopped"], score: 3, questionCount: 2, correctCount: 2),
    ]
    let stats = StatisticsCalculator.compute(input(cards: [], progress: [:], quizRuns: runs))
    #expect(stats.quizzes.map(\.accuracy) == [0.75])
  }

  /// A quiz stopped before its first answer says "nothing in the history": it is no 0% score here.
  @Test func aQuizWithoutAnswersIsNoScore() {
    let runs = [
      QuizRunRecord(id: 1, deck: "d", started: now, ended: now, score: 0, questionCount: 0, correctCount: 0),
      QuizRunRecord(id: 2, deck: "d", started: now, ended: now, score: 5, questionCount: 4, correctCount: 3),
    ]
    let stats = StatisticsCalculator.compute(input(cards: [], progress: [:], quizRuns: runs))
    #expect(stats.quizzes.map(\.accuracy) == [0.75])
  }
}
