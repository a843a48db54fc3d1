/// The reference optimizer's outlier filter: among cards grouped by first rating and by the days to
/// their first long-term review, the rarest intervals (5% of each rating's cards, at least 20), and
/// intervals of under six cards or longer than 100 days (365 after easy), are dropped from both the
/// pre-training and the training.
enum OutlierFilter {
  /// The pair of first rating and first long-term interval, in days.
  struct Key: Hashable {
    var rating: Rating
    var days: Int
  }

  /// The keys to drop, given one first interval per card.
  static func removedKeys(_ intervals: [StabilityPretraining.FirstInterval]) -> Set<Key> {
    var groups: [Rating: [Int: Int]] = [:]
    for interval in intervals {
      groups[interval.firstRating, default: [:]][interval.elapsedDays, default: 0] += 1
    }
    var removed: Set<Key> = []
    for rating in Rating.allCases {
      guard let byDays = groups[rating] else { continue }
      let total = byDays.values.reduce(0, +)
      // Smallest groups first; among equal sizes the shorter interval first.
      let ordered = byDays.sorted { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key < rhs.key }
      var removedSoFar = 0
      let limit = max(20, total / 20)
      let longest = rating == .easy ? 365 : 100
      for (days, size) in ordered {
        if removedSoFar + size >= limit {
          if size < 6 || days > longest {
            removed.insert(Key(rating: rating, days: days))
          }
        } else {
          removedSoFar += size
          removed.insert(Key(rating: rating, days: days))
        }
      }
    }
    return removed
  }
}
