/// Computes `DeckStatistics` from cards, progress and the review log: pure and deterministic.
public enum StatisticsCalculator {
  /// Days in the forecast.
  public static let forecastDays = 30
  /// Weeks in the heat map.
  public static let heatMapWeeks = 26

  /// The statistics of `input`.
  public static func compute(_ input: StatisticsInput) -> DeckStatistics {
    let calendar = input.calendar
    let today = calendar.day(of: input.now)
    var stats = DeckStatistics(
      decks: input.decks, topic: input.topic, generatedAt: ISO8601Milliseconds.format(input.now),
      today: StudyCalendar.dateText(ofDay: today))
    cardFigures(input, today: today, into: &stats)
    stats.fsrs = input.decks.map { deck in
      let settings = input.scheduling[deck] ?? .standard
      return DeckStatistics.FSRSWeights(
        deck: deck, fitted: settings.weights != nil,
        fittedOn: settings.fittedAt.map { StudyCalendar.dateText(ofDay: calendar.day(of: $0)) },
        fittedReviews: settings.fittedReviews, desiredRetention: settings.desiredRetention ?? 0.9)
    }
    stats.heatMap = heatMap(input.activity, today: today)
    stats.retention = [7, 30].map { retention(input.activity, days: $0, now: input.now) }
    stats.activity = activity(input.activity, today: today, periodDays: max(input.periodDays, 1))
    // A stopped quiz is kept in the store (and listed by quiz history) but is no score to follow:
    // its few answers say little, and stopping after a lucky start must not lift the trend.
    let scored = input.quizRuns.filter { $0.questionCount > 0 && !$0.wasStopped }
    stats.quizzes = scored.sorted { ($0.started, $0.id ?? 0) < ($1.started, $1.id ?? 0) }.map { run in
      DeckStatistics.QuizScore(
        started: ISO8601Milliseconds.format(run.started), deck: run.deck, score: run.score,
        questions: run.questionCount, accuracy: run.accuracy)
    }
    return stats
  }

  private static func cardFigures(_ input: StatisticsInput, today: Int64, into stats: inout DeckStatistics) {
    let now = input.now
    let schedulers = input.scheduling.mapValues(\.scheduler)
    var forecast = [Int](repeating: 0, count: forecastDays)
    var retrievabilitySum = 0.0
    var retrievabilityCount = 0
    var topics: [DeckStatistics.TopicMastery] = []
    var topicIndex: [String: Int] = [:]
    var lastTopic: (name: String?, index: Int)?
    var hard: [DeckStatistics.HardCard] = []
    let limit = max(input.hardestLimit, 0)
    for card in input.cards {
      let progress = card.progress
      // Cards come grouped by topic, so the last topic's index usually answers without hashing.
      let at: Int
      if let lastTopic, lastTopic.name == card.topic {
        at = lastTopic.index
      } else if let known = topicIndex[card.topic ?? ""] {
        at = known
      } else {
        at = topics.count
        topicIndex[card.topic ?? ""] = at
        topics.append(
          DeckStatistics.TopicMastery(topic: card.topic ?? "", cards: 0, reviewed: 0, mature: 0, mastery: 0))
      }
      lastTopic = (card.topic, at)
      topics[at].cards += 1
      stats.counts.total += 1
      if progress?.suspended == true {
        stats.counts.suspended += 1
      }
      guard let progress, let memory = progress.memory else {
        if progress?.suspended != true { stats.counts.new += 1 }
        continue
      }
      topics[at].reviewed += 1
      if ReviewActivity.isMature(before: memory) { topics[at].mature += 1 }
      let recallNow = predictedRecall(memory, at: now, scheduler: schedulers[card.deck] ?? input.scheduler)
      if let recall = recallNow {
        retrievabilitySum += recall
        retrievabilityCount += 1
        topics[at].mastery += recall
      }
      if limit > 0, progress.lapses > 0 || (memory.difficulty ?? 0) >= hardDifficulty {
        let candidate = DeckStatistics.HardCard(
          deck: card.deck, card: card.id.rawValue, prompt: card.prompt, lapses: progress.lapses,
          reviews: progress.reviews, stability: memory.stability, difficulty: memory.difficulty, recall: recallNow)
        // Keep only the `limit` hardest, in order, so a large deck costs no big sort.
        if hard.count < limit || hard.last.map({ isHarder(candidate, than: $0) }) == true {
          let position = hard.firstIndex { isHarder(candidate, than: $0) } ?? hard.count
          hard.insert(candidate, at: position)
          if hard.count > limit { hard.removeLast() }
        }
      }
      guard !progress.suspended else { continue }
      switch memory.phase {
      case .learning: stats.counts.learning += 1
      case .review: stats.counts.review += 1
      case .relearning: stats.counts.relearning += 1
      }
      var due = memory.due
      if let buried = progress.buriedUntil, buried > due { due = buried }
      if due <= now { stats.due.now += 1 }
      let dueDay = input.calendar.day(of: due)
      if dueDay <= today { stats.due.today += 1 }
      if dueDay == today + 1 { stats.due.tomorrow += 1 }
      let offset = max(dueDay - today, 0)
      if offset < forecastDays { forecast[Int(offset)] += 1 }
    }
    stats.forecast = forecast.enumerated().map { offset, count in
      DeckStatistics.DayCount(
        date: StudyCalendar.dateText(ofDay: today + Int64(offset)), offset: offset, count: count)
    }
    stats.averageRetrievability = retrievabilityCount == 0 ? nil : retrievabilitySum / Double(retrievabilityCount)
    stats.topics = topics.map { topic in
      var mastery = topic
      mastery.mastery = topic.cards == 0 ? 0 : topic.mastery / Double(topic.cards)
      return mastery
    }
    stats.hardest = hard
  }

  /// The predicted probability of recall at `now`; nil for a card without stability or last review.
  static func predictedRecall(_ memory: MemoryState, at now: Timestamp, scheduler: Scheduler) -> Double? {
    guard let stability = memory.stability, stability > 0, let last = memory.lastReview else { return nil }
    return scheduler.retrievability(stability: stability, elapsedDays: now.wholeDays(since: last))
  }

  /// The FSRS difficulty (1 to 10) from which a card that was never forgotten still counts as hard:
  /// what a first rating of Hard gives with the default weights, while a card answered Good from
  /// the start sits near 2. Immaturity alone says nothing (every card of a new deck is immature).
  static let hardDifficulty = 5.0

  /// Whether `lhs` is harder than `rhs`: more lapses, then higher difficulty, then lower stability,
  /// then by deck and card.
  private static func isHarder(_ lhs: DeckStatistics.HardCard, than rhs: DeckStatistics.HardCard) -> Bool {
    if lhs.lapses != rhs.lapses { return lhs.lapses > rhs.lapses }
    let harder = lhs.difficulty ?? 0
    let easier = rhs.difficulty ?? 0
    if harder != easier { return harder > easier }
    let left = lhs.stability ?? .infinity
    let right = rhs.stability ?? .infinity
    if left != right { return left < right }
    return (lhs.deck, lhs.card) < (rhs.deck, rhs.card)
  }

  private static func heatMap(_ activity: ReviewActivity, today: Int64) -> DeckStatistics.HeatMap {
    let mondayThisWeek = today - Int64(StudyCalendar.weekday(ofDay: today))
    let first = mondayThisWeek - Int64(heatMapWeeks - 1) * 7
    let days = (first...today).map { day in
      DeckStatistics.DayCount(
        date: StudyCalendar.dateText(ofDay: day), offset: Int(day - today), count: activity.days[day]?.reviews ?? 0)
    }
    return DeckStatistics.HeatMap(weeks: heatMapWeeks, days: days)
  }

  private static func retention(_ activity: ReviewActivity, days: Int, now: Timestamp) -> DeckStatistics.RetentionFigure
  {
    let since = now.adding(milliseconds: -Int64(days) * Timestamp.day)
    var reviews = 0
    var passed = 0
    for event in activity.recent where event.mature && event.time > since && event.time <= now {
      reviews += 1
      if event.rating != .again { passed += 1 }
    }
    return DeckStatistics.RetentionFigure(
      days: days, reviews: reviews, passed: passed, rate: reviews == 0 ? nil : Double(passed) / Double(reviews))
  }

  private static func activity(_ activity: ReviewActivity, today: Int64, periodDays: Int) -> DeckStatistics.Activity {
    var result = DeckStatistics.Activity()
    result.periodDays = periodDays
    let periodStart = today - Int64(periodDays) + 1
    for (day, sums) in activity.days where day <= today {
      result.totalReviews += sums.reviews
      result.totalMilliseconds += sums.milliseconds
      if day >= periodStart, sums.reviews > 0 {
        result.periodReviews += sums.reviews
        result.periodMilliseconds += sums.milliseconds
        result.periodStudyDays += 1
      }
    }
    result.reviewsPerDay = Double(result.periodReviews) / Double(periodDays)
    let studied = Set(activity.days.filter { $0.value.reviews > 0 && $0.key <= today }.keys)
    var day = studied.contains(today) ? today : today - 1
    while studied.contains(day) {
      result.currentStreak += 1
      day -= 1
    }
    var run = 0
    var previous: Int64?
    for studyDay in studied.sorted() {
      run = previous == studyDay - 1 ? run + 1 : 1
      result.longestStreak = max(result.longestStreak, run)
      previous = studyDay
    }
    return result
  }
}
