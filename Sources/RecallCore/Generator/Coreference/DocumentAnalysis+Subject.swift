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
    // "U.S. Relations With Mongolia": a name the title abbreviates is what the document is about.
    // A first line ending in "U.S." is not read as a title, but names the document all the same.
    var firstLine = outline.title
    if firstLine == nil, case .sentence(let first)? = outline.units.first, first.line == 1,
      first.text.split(separator: " ").count <= 8
    {
      firstLine = first.text
    }
    let titleAbbreviations = Self.abbreviations(in: firstLine ?? "")
    if !titleAbbreviations.isEmpty {
      for key in counts.keys where key.contains(" ") && titleAbbreviations.contains(Self.initials(of: key)) {
        subject.insert(key)
      }
    }
    for pair in acronyms where subject.contains(TextNormalizer.fold(pair.short)) {
      subject.insert(TextNormalizer.fold(pair.expansion))
    }
  }

  /// The abbreviations of `title` in lower case without their periods: "U.S." and "EU" give "us"
  /// and "eu".
  static func abbreviations(in title: String) -> Set<String> {
    var result = Set<String>()
    for word in title.split(separator: " ") {
      let letters = word.filter { $0 != "." && $0 != "-" }
      guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isLetter && $0.isUppercase }) else { continue }
      result.insert(letters.lowercased())
    }
    return result
  }

  /// The first letters of the words of a folded name, "of", "the" and "and" left out.
  static func initials(of folded: String) -> String {
    String(folded.split(separator: " ").filter { !["of", "the", "and"].contains($0) }.compactMap(\.first))
  }
}
