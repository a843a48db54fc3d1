/// Picks wrong options for a multiple-choice card from facts of the same kind in the document.
struct OptionPicker {
  /// An answer that may be offered, with what the checks need worked out once.
  struct Entry {
    /// The answer as written.
    var text: String
    /// The answer folded.
    var folded: String
    /// Its words' shape: a number or a word each ("9 may 1933" and "1 june 1990" alike).
    var shape: UInt64
    /// The year as a number, for a year.
    var year: Int?
  }

  /// The answers of each kind in order of first appearance.
  private(set) var pool: [FactKind: [Entry]] = [:]
  /// Where each folded answer stands in its pool.
  private var positions: [FactKind: [String: Int]] = [:]
  /// The document's lower-case words: "Republic of Sardel" is not offered when the prompt names
  /// "Sardel", but "International Atomic Energy Agency" may be offered next to "international community".
  var ordinary: Set<String> = []

  /// Records an answer of `kind` in the pool of its group.
  /// `folded` is `TextNormalizer.fold(answer)`, which the caller already has.
  mutating func add(_ answer: String, folded: String, kind: FactKind) {
    let key = Self.poolKind(kind)
    let entry = Entry(
      text: answer, folded: folded, shape: kind == .date ? Self.shape(folded) : 0,
      year: kind == .year ? Int(answer) : nil)
    insert(entry, key: key)
    // A name of unknown kind is most often a place: places stand in for it, not it for a place.
    if kind == .place { insert(entry, key: .name) }
  }

  private mutating func insert(_ entry: Entry, key: FactKind) {
    guard positions[key]?[entry.folded] == nil else { return }
    positions[key, default: [:]][entry.folded] = pool[key]?.count ?? 0
    pool[key, default: []].append(entry)
  }

  /// The pool a kind's options come from: only facts a student could take for the answer. A plan
  /// can stand in for a treaty; an organisation is never offered for a person or a place.
  private static func poolKind(_ kind: FactKind) -> FactKind {
    kind == .programme ? .document : kind
  }

  /// Two or three options besides `answer` in a stable order with the answer among them, or nil
  /// when the document has too few facts of its kind. Nothing in `context` (the folded prompt) is
  /// offered: an option the prompt shows is either a second right answer or plainly wrong.
  func options(
    for answer: String, kind: FactKind, excluding context: String, accepting accept: (String) -> Bool = { _ in true }
  ) -> (options: [String], correct: Int)? {
    let key = Self.poolKind(kind)
    let folded = TextNormalizer.fold(answer)
    // A name of unknown kind is offered with places only when it reads like one: "Israel and
    // Palestine", not "National Living Wage".
    if kind == .name,
      folded.split(separator: " ").contains(where: { word in
        word != "and"
          && (ordinary.contains(String(word)) || WordTable.tags[String(word)] != nil
            || AdjectiveGuess.isAdjective(String(word)))
      })
    {
      return nil
    }
    var wrong: [String] = []
    // A name of unknown kind is offered only with places: "Welsh" is not offered with "Monday".
    let candidates = pool[kind == .name ? .place : key] ?? []
    if kind == .year, answer.hasSuffix("s"), let decade = Int(answer.dropLast()) {
      wrong = [decade - 10, decade + 10, decade + 20].map { "\($0)s" }
    } else if kind == .year, let value = Int(answer) {
      let shown = TextScan.fourDigitNumbers(in: context)
      // The three nearest years, the earlier in the document first among equally near ones: one
      // pass instead of sorting every year of the document for each card.
      var nearest: [(distance: Int, year: Int)] = []
      for candidate in candidates {
        guard let year = candidate.year, year != value, !shown.contains(year) else { continue }
        let distance = abs(year - value)
        if nearest.count == 3, distance >= nearest[2].distance { continue }
        nearest.insert((distance, year), at: nearest.firstIndex { $0.distance > distance } ?? nearest.count)
        if nearest.count > 3 { nearest.removeLast() }
      }
      var chosen = nearest.map(\.year)
      var step = 1
      while chosen.count < 3 && step < 20 {
        for candidate in [value - step, value + step]
        where chosen.count < 3 && !chosen.contains(candidate) && !shown.contains(candidate) {
          chosen.append(candidate)
        }
        step += 1
      }
      wrong = chosen.map(String.init)
    } else {
      let start = positions[kind == .name ? .place : key]?[folded] ?? 0
      let shape = Self.shape(folded)
      // A single name is not offered with a pair ("Hollis and Vastria").
      let single = kind.isName && !Self.isPair(folded)
      var taken: [String] = []
      // Neighbours in the document first; a bounded look keeps huge documents fast.
      for step in 0..<min(candidates.count, 60) where wrong.count < 3 {
        let candidate = candidates[(start + step) % candidates.count]
        let other = candidate.folded
        // "9 May 1933" is offered with other full dates, "October" with other months.
        if kind == .date, candidate.shape != shape { continue }
        if other == folded || TextNormalizer.containsWords(other, folded) || TextNormalizer.containsWords(folded, other)
        {
          continue
        }
        // "Oskar" and "Kingdom of Oskar" are not offered side by side.
        if taken.contains(where: { TextNormalizer.containsWords($0, other) || TextNormalizer.containsWords(other, $0) })
          || TextNormalizer.containsWords(context, other)
        {
          continue
        }
        if kind.isName, sharesName(other, with: context) || (single && Self.isPair(other)) { continue }
        guard accept(candidate.text) else { continue }
        wrong.append(candidate.text)
        taken.append(other)
      }
      if kind == .date, wrong.count < 3, let month = Self.monthNames.firstIndex(of: folded) {
        for step in [1, -1, 2, -2, 3] where wrong.count < 3 {
          let other = Self.monthNames[(month + step + 12) % 12]
          if !wrong.contains(where: { TextNormalizer.fold($0) == other }), !TextNormalizer.containsWords(context, other)
          {
            wrong.append(other.prefix(1).uppercased() + other.dropFirst())
          }
        }
      }
    }
    guard wrong.count >= 2 else { return nil }
    var options = wrong + [answer]
    if kind.isNumeric {
      options.sort {
        (Double($0.filter { $0.fastIsNumber || $0 == "." }) ?? 0)
          < (Double($1.filter { $0.fastIsNumber || $0 == "." }) ?? 0)
      }
    } else if kind == .date {
      options.sort {
        let (first, second) = (Self.dateOrder($0), Self.dateOrder($1))
        return first != second ? first < second : $0.lowercased() < $1.lowercased()
      }
    } else {
      options.sort { $0.lowercased() < $1.lowercased() }
    }
    guard let correct = options.firstIndex(of: answer) else { return nil }
    return (options, correct)
  }

  /// Whether the folded names are two or more joined by "and" ("hollis and vastria"), not one name
  /// with "and" inside ("department of energy and households").
  private static func isPair(_ folded: String) -> Bool {
    folded.utf8.count > 6 && folded.contains(" and ") && !folded.contains(" of ") && !folded.contains(" on ")
      && !folded.contains(" for ")
  }

  /// The months, for options next to a month.
  private static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  /// The shape of a folded text: for each word, whether it is a word, a short number or a year.
  private static func shape(_ folded: String) -> UInt64 {
    // Two bits a word: 0 a word, 1 a day or other short number, 2 a year ("October 11" is not
    // offered among "December 1945").
    var shape: UInt64 = 1
    var digits = 0
    var inWord = false
    var numeric = false
    func close() {
      guard inWord else { return }
      shape = shape << 2 | (numeric ? (digits >= 4 ? 2 : 1) : 0)
    }
    for byte in folded.utf8 {
      if byte == 0x20 {
        close()
        inWord = false
      } else if !inWord {
        inWord = true
        numeric = (0x30...0x39).contains(byte)
        digits = numeric ? 1 : 0
      } else if numeric, (0x30...0x39).contains(byte) {
        digits += 1
      }
    }
    close()
    return shape
  }

  /// Whether the folded option has a proper-name word (one the document never writes in lower
  /// case) that the folded prompt also has: "Republic of Sardel" is not offered when the prompt
  /// names "Sardel". Asked last, of the few options that pass every other check.
  private func sharesName(_ option: String, with context: String) -> Bool {
    guard option.utf8.contains(0x20) else { return false }
    return option.split(separator: " ").contains { word in
      guard word.utf8.count > 2 else { return false }
      let text = String(word)
      return !ordinary.contains(text) && !TextNormalizer.stopWords.contains(text)
        && TextNormalizer.containsWords(context, text)
    }
  }

  /// The month names in calendar order, by their first three letters.
  private static let monthOrder = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// Year, month and day of a date as written ("12 March 1994", "March 1994", "1990s"), for putting
  /// date options in calendar order; a part not written counts as 0.
  static func dateOrder(_ text: String) -> (year: Int, month: Int, day: Int) {
    var year = 0
    var month = 0
    var day = 0
    for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      if let number = Int(word) {
        if word.count == 4 { year = number } else if number <= 31 { day = number }
      } else if word.count >= 4, word.hasSuffix("s"), let decade = Int(word.dropLast()) {
        year = decade
      } else if let index = monthOrder.firstIndex(of: String(word.prefix(3))), Lexicon.months.contains(String(word)) {
        month = index + 1
      }
    }
    return (year, month, day)
  }
}
