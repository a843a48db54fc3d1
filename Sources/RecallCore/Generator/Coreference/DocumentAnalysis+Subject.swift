extension DocumentAnalysis {
  /// The folded names the document is about (the most frequent name, the title's, and their
  /// acronyms and expansions), which are never a gap.
  mutating func findSubject(_ names: [String: (total: Int, clauses: Int)]) {
    var counts: [String: Int] = [:]
    // The first acronym of each folded expansion, as a linear search in document order would find.
    var shortOf: [String: String] = [:]
    for pair in acronyms where shortOf[TextNormalizer.fold(pair.expansion)] == nil {
      shortOf[TextNormalizer.fold(pair.expansion)] = TextNormalizer.fold(pair.short)
    }
    // Each name's count goes to its acronym when it has one.
    for (name, count) in names { counts[shortOf[name] ?? name, default: 0] += count.total }
    // The two most frequent names (ties broken by the name), found in one pass instead of a sort.
    func ranksBefore(_ lhs: (key: String, value: Int), _ rhs: (key: String, value: Int)) -> Bool {
      lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
    }
    var top: (key: String, value: Int)?
    var runnerUp: (key: String, value: Int)?
    for entry in counts {
      if let best = top, !ranksBefore(entry, best) {
        if runnerUp.map({ ranksBefore(entry, $0) }) ?? true { runnerUp = entry }
      } else {
        runnerUp = top
        top = entry
      }
    }
    if let top, top.value >= 3, top.value * 2 >= (runnerUp?.value ?? 0) * 3 {
      subject.insert(top.key)
    }
    if let title = outline.title.map(TextNormalizer.fold) {
      for (key, _) in counts where key == title || (key.contains(" ") && TextNormalizer.containsWords(title, key)) {
        subject.insert(key)
      }
    }
    for pair in acronyms where subject.contains(TextNormalizer.fold(pair.short)) {
      subject.insert(TextNormalizer.fold(pair.expansion))
    }
  }
}
