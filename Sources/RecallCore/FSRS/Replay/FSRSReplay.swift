/// Replays histories recorded from the reference implementation and compares every value: the
/// proof that `Scheduler` computes what the reference computes, bit for bit.
public enum FSRSReplay {
  /// Replays `histories` (fuzz off, as the reference recorded them) and compares state, step,
  /// stability, difficulty, due, last review, elapsed days, retrievability before the review and
  /// every recorded retrievability after it. Doubles must be equal to the bit, times to the
  /// millisecond. The report keeps the first `limit` mismatches and counts them all.
  public static func replay(_ histories: [ReplayHistory], keepingFirst limit: Int = 20) -> ReplayReport {
    var report = ReplayReport(limit: limit)
    for history in histories {
      replay(history, into: &report)
    }
    return report
  }

  private static func replay(_ history: ReplayHistory, into report: inout ReplayReport) {
    let first: Scheduler
    var second: Scheduler?
    do {
      first = Scheduler(parameters: try history.scheduler.makeParameters())
      if let switchover = history.switchover {
        second = Scheduler(parameters: try switchover.scheduler.makeParameters())
      }
    } catch {
      report.reviews += history.reviews.count
      report.record(
        ReplayMismatch(
          historyID: history.id, reviewIndex: nil, field: "scheduler", expected: "valid parameters",
          got: error.description.replacingNewlines()))
      return
    }
    var state: MemoryState? = .new(due: history.cardDue)
    for (index, expected) in history.reviews.enumerated() {
      var scheduler = first
      if let second, let switchover = history.switchover, index >= switchover.beforeReview {
        scheduler = second
      }
      let outcome = scheduler.review(state, rating: expected.rating, at: expected.at, fuzzSeed: nil)
      let got = outcome.state
      report.reviews += 1
      var check = Check(historyID: history.id, reviewIndex: index, report: report)
      check.same("state", expected.phase.rawValue, got.phase.rawValue)
      check.same("step", expected.step, got.step)
      check.same("stability", expected.stability, got.stability ?? .nan)
      check.same("difficulty", expected.difficulty, got.difficulty ?? .nan)
      check.same("due", expected.due, got.due)
      check.same("last_review", expected.lastReview, got.lastReview)
      check.same("elapsed_days", expected.elapsedDays, outcome.log.elapsedDays)
      check.same("r_before", expected.retrievabilityBefore, outcome.log.retrievability)
      for (rIndex, point) in expected.retrievabilities.enumerated() {
        check.same("r[\(rIndex)] at \(point.time)", point.value, scheduler.retrievability(of: got, at: point.time))
      }
      report = check.report
      state = got
    }
  }

  /// Compares values and records differences (a small helper so each field is one line above).
  private struct Check {
    let historyID: String
    let reviewIndex: Int
    var report: ReplayReport

    // Field names are autoclosures: built only for a mismatch, not for every value compared.
    mutating func same(_ field: @autoclosure () -> String, _ expected: Double, _ got: Double) {
      guard expected.bitPattern != got.bitPattern else { return }
      add(field(), "\(expected)", "\(got)")
    }

    mutating func same<Value: Equatable>(_ field: @autoclosure () -> String, _ expected: Value?, _ got: Value?) {
      guard expected != got else { return }
      add(field(), expected.map { "\($0)" } ?? "null", got.map { "\($0)" } ?? "null")
    }

    private mutating func add(_ field: String, _ expected: String, _ got: String) {
      report.record(
        ReplayMismatch(historyID: historyID, reviewIndex: reviewIndex, field: field, expected: expected, got: got))
    }
  }
}

/// One value that differs from the reference.
public struct ReplayMismatch: Hashable, Sendable, CustomStringConvertible {
  /// The history's id.
  public var historyID: String
  /// The review's index (from 0); nil for a problem with the whole history.
  public var reviewIndex: Int?
  /// The field, e.g. `stability` or `r[2] at 2024-03-05T21:21:27.000Z`.
  public var field: String
  /// The reference's value.
  public var expected: String
  /// Ours.
  public var got: String

  /// Creates a mismatch.
  public init(historyID: String, reviewIndex: Int?, field: String, expected: String, got: String) {
    self.historyID = historyID
    self.reviewIndex = reviewIndex
    self.field = field
    self.expected = expected
    self.got = got
  }

  /// `dev-s1-0007 review 3: stability expected 2.5, got 2.5000000000000004`.
  public var description: String {
    let place = reviewIndex.map { "\(historyID) review \($0)" } ?? historyID
    return "\(place): \(field) expected \(expected), got \(got)"
  }
}

/// The result of a replay.
public struct ReplayReport: Hashable, Sendable {
  /// Reviews replayed.
  public var reviews = 0
  /// Values that differ, counted in full.
  public var mismatchCount = 0
  /// The first mismatches, at most `limit` of them.
  public var mismatches: [ReplayMismatch] = []
  /// How many mismatches are kept.
  public let limit: Int

  /// Creates an empty report keeping at most `limit` mismatches.
  public init(limit: Int) {
    self.limit = limit
  }

  /// The closing line: `reviews: 5491, mismatches: 0`.
  public var summary: String {
    "reviews: \(reviews), mismatches: \(mismatchCount)"
  }

  mutating func record(_ mismatch: ReplayMismatch) {
    mismatchCount += 1
    if mismatches.count < limit { mismatches.append(mismatch) }
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    split(separator: "\n").joined(separator: "; ")
  }
}
