extension DocumentAnalysis {
  /// How often each folded name occurs, in all and in how many clauses, counted in one pass for
  /// both `findSubject` and `adjustNameScores`; and the names read as places somewhere.
  func countNames() -> (names: [String: (total: Int, clauses: Int)], places: Set<String>) {
    var counts: [String: (total: Int, clauses: Int)] = [:]
    var places = Set<String>()
    for index in clauses.indices {
      // Each name counts once per clause.
      var seen: [String] = []
      for fact in clauses[index].facts where fact.kind.isName {
        let first = !seen.contains(fact.folded)
        counts[fact.folded, default: (0, 0)].total += 1
        guard first else { continue }
        seen.append(fact.folded)
        counts[fact.folded, default: (0, 0)].clauses += 1
        if fact.kind == .place {
          places.insert(fact.folded)
          // "the Kingdom of Oskar": "Oskar" alone is a place too.
          if let of = TextScan.byteOffset(of: " of ", in: fact.folded) {
            places.insert(String(decoding: fact.folded.utf8.dropFirst(of + 4), as: UTF8.self))
          }
        }
      }
    }
    return (counts, places)
  }

  /// Names of no known kind given the kind the lexicon knows them by ("Uppsala" is a city), and
  /// every name's category kept for its hint.
  mutating func classifyNames() {
    guard let lexicon else { return }
    for index in clauses.indices {
      for factIndex in clauses[index].facts.indices where clauses[index].facts[factIndex].kind.isName {
        let fact = clauses[index].facts[factIndex]
        guard fact.kind != .acronym, fact.text.first?.fastIsUppercase == true else { continue }
        let category: NounCategory?
        if let known = categories[fact.folded] {
          category = known
        } else {
          category = lexicon.category(of: fact.text)
          if let category { categories[fact.folded] = category }
        }
        guard fact.kind == .name, let category else { continue }
        switch category {
        case .country, .city, .place: clauses[index].facts[factIndex].kind = .place
        case .person: clauses[index].facts[factIndex].kind = .person
        case .organisation: clauses[index].facts[factIndex].kind = .organisation
        case .event: clauses[index].facts[factIndex].kind = .event
        case .document: clauses[index].facts[factIndex].kind = .document
        case .language, .time: break
        }
      }
    }
  }

  /// A name read as a place once ("in Afghanistan") is a place wherever else it stands.
  mutating func markPlaces(_ places: Set<String>) {
    guard !places.isEmpty else { return }
    for index in clauses.indices
    where clauses[index].facts.contains(where: { $0.kind == .name && places.contains($0.folded) }) {
      for factIndex in clauses[index].facts.indices
      where clauses[index].facts[factIndex].kind == .name && places.contains(clauses[index].facts[factIndex].folded) {
        clauses[index].facts[factIndex].kind = .place
      }
    }
  }
}
