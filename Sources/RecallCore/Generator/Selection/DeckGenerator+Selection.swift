extension DeckGenerator {
  /// The cards in rank order: special cards, then each clause's best card in document order, then
  /// each clause's second card, and so on; near-duplicates are merged away and no answer is asked
  /// more than `maxCardsPerAnswer` times, a clause's next candidate standing in for a dropped one.
  func select(
    _ special: [CardDraft], planner: CardPlanner, clauses: [DocumentAnalysis.Clause], limit: Int?
  ) -> [CardDraft] {
    var byAnswer: [CardPlanner.AnswerID: [PromptWords]] = [:]
    var kept: [CardDraft] = []
    let maxPerAnswer = options.maxCardsPerAnswer
    func accept(_ key: CardPlanner.AnswerID, _ words: PromptWords) -> Bool {
      // One look-up: an empty entry is made only when the card is then kept (or no card may be).
      admit(&byAnswer[key, default: []], words)
    }
    func admit(_ earlier: inout [PromptWords], _ words: PromptWords) -> Bool {
      if earlier.count >= maxPerAnswer { return false }
      let duplicate = earlier.contains { other in
        // The sizes of the intersection and union, counted without building either set.
        let common = other.common(with: words)
        let union = other.count + words.count - common
        return union > 0 && Double(common) / Double(union) >= 0.7
      }
      if duplicate { return false }
      earlier.append(words)
      return true
    }
    for draft in special.sorted(by: { $0.order < $1.order })
    where accept(CardPlanner.AnswerID(draft.answerKey), draft.promptWords) {
      kept.append(draft)
    }
    // A sentence's names asked by a list card already are not asked again as the gap of a list.
    var listed = Set<String>()
    for draft in special {
      if case .list(_, let items, _) = draft.content { listed.insert(Self.itemKey(items)) }
    }
    // Each clause's candidates are independent of the others: work them out on all cores.
    // Each queue's length sits next to its cap, so that an exhausted queue is skipped without
    // reading its picks (a cache miss per clause on a large document).
    // The clauses are read in place through their buffer: passing each one by value would retain
    // all its arrays.
    let queues = clauses.withUnsafeBufferPointer { buffer in
      let shared = SharedClauses(buffer: buffer)
      return ParallelMap.map(Array(buffer.indices)) { index in
        let picks = planner.picks(for: shared.buffer[index])
        return (cap: planner.cap(for: shared.buffer[index]), count: picks.count, picks: picks)
      }
    }
    var next = Array(repeating: 0, count: queues.count)
    let rounds = queues.map(\.cap).max() ?? 0
    // The picks kept, as (clause, place in its queue); they are written out afterwards.
    var chosen: [(clause: Int, position: Int, round: Int)] = []
    var count = kept.count
    for round in 0..<rounds {
      // The first round takes every clause's best card in document order; a later round, when a
      // budget may cut it, takes its best-scored cards first, so that the weakest second and third
      // cards are the ones cut.
      var order = Array(queues.indices)
      if round > 0, limit != nil {
        order.sort { lhs, rhs in
          let left = next[lhs] < queues[lhs].count ? queues[lhs].picks[next[lhs]].score : -.infinity
          let right = next[rhs] < queues[rhs].count ? queues[rhs].picks[next[rhs]].score : -.infinity
          return left != right ? left > right : lhs < rhs
        }
      }
      // Picks are read in place rather than copied out.
      // Skipping an exhausted queue changes nothing kept: cards past `maxCards` are cut anyway.
      for index in order where round < queues[index].cap && next[index] < queues[index].count {
        let picks = queues[index].picks
        while next[index] < picks.count {
          let position = next[index]
          next[index] += 1
          if !listed.isEmpty,
            let items = CardRules.nameListItems(clauses[index].facts[Int(picks[position].factIndex)].text),
            listed.contains(Self.itemKey(items))
          {
            continue
          }
          if accept(picks[position].answerID, picks[position].promptWords) {
            chosen.append((index, position, round))
            count += 1
            break
          }
        }
        if let limit, count >= limit { break }
      }
      if let limit, count >= limit { break }
    }
    // A round's cards are written in document order, whatever order they were kept in.
    if limit != nil { chosen.sort { ($0.round, $0.clause) < ($1.round, $1.clause) } }
    // Each card is written from its own pick and clause: on all cores.
    kept += ParallelMap.map(chosen) { planner.draft(queues[$0.clause].picks[$0.position], clause: clauses[$0.clause]) }
    ParallelMap.discard(consume queues)
    return kept
  }
}

extension DeckGenerator {
  /// The items of a list, folded and in order of their text, to know one list written twice.
  static func itemKey(_ items: [String]) -> String {
    items.map { item in
      let folded = TextNormalizer.fold(item)
      return folded.hasPrefix("the ") ? String(folded.dropFirst(4)) : folded
    }.sorted().joined(separator: "|")
  }
}

/// The clauses, shared read-only with the workers for the time of one parallel map.
private struct SharedClauses: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<DocumentAnalysis.Clause>
}
