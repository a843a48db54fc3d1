/// Histories laid out flat in memory for measuring scheduling speed: only the inputs (scheduler,
/// rating, time) are kept, so a pass does nothing but schedule.
public struct ReplayWorkload: Sendable {
  private struct Segment: Sendable {
    var scheduler: Int
    var reviews: Range<Int>
  }

  private var schedulers: [Scheduler] = []
  private var segments: [[Segment]] = []
  private var ratings: [Rating] = []
  private var times: [Timestamp] = []

  /// The number of reviews one pass makes.
  public var reviewCount: Int { ratings.count }

  /// Lays out `histories`; returns nil when one has parameters that do not validate.
  public init?(histories: [ReplayHistory]) {
    for history in histories {
      guard let first = try? history.scheduler.makeParameters() else { return nil }
      schedulers.append(Scheduler(parameters: first))
      var parts: [Segment] = []
      let start = ratings.count
      var splitAt = history.reviews.count
      if let switchover = history.switchover {
        guard let second = try? switchover.scheduler.makeParameters() else { return nil }
        splitAt = min(max(switchover.beforeReview, 0), history.reviews.count)
        schedulers.append(Scheduler(parameters: second))
        parts.append(Segment(scheduler: schedulers.count - 2, reviews: start..<(start + splitAt)))
        parts.append(
          Segment(scheduler: schedulers.count - 1, reviews: (start + splitAt)..<(start + history.reviews.count)))
      } else {
        parts.append(Segment(scheduler: schedulers.count - 1, reviews: start..<(start + splitAt)))
      }
      for review in history.reviews {
        ratings.append(review.rating)
        times.append(review.at)
      }
      segments.append(parts)
    }
  }

  /// Replays every history once from a new card; returns the sum of the final stabilities, so that
  /// the work cannot be optimised away.
  public func run() -> Double {
    var checksum = 0.0
    ratings.withUnsafeBufferPointer { ratings in
      times.withUnsafeBufferPointer { times in
        for parts in segments {
          var state: MemoryState? = nil
          for part in parts {
            let scheduler = schedulers[part.scheduler]
            for index in part.reviews {
              state = scheduler.review(state, rating: ratings[index], at: times[index], fuzzSeed: nil).state
            }
          }
          checksum += state?.stability ?? 0
        }
      }
    }
    return checksum
  }
}
