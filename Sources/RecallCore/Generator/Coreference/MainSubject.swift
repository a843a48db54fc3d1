/// What a document is about, found from its title or first sentence before any sentence is read,
/// so that an opening "He", "It" or "Its" with no antecedent in the sentence before can stand for it.
struct MainSubject: Hashable, Sendable {
  /// How the document refers back to its subject.
  enum Reference: Hashable, Sendable {
    /// A man: "he", "his".
    case he
    /// A woman: "she", "her".
    case she
    /// A thing: "it", "its".
    case it
  }

  /// The subject as running text names it, with "the" when the text writes it so ("the Treaty of X").
  var name: String
  /// The pronoun that stands for it.
  var reference: Reference

  /// How many characters of the text are read to find the subject and its pronoun.
  private static let sampleLength = 20_000

  /// The main subject of `outline`, read from its title (when the first sentences name it) or
  /// from the name that opens its first sentence; nil when neither reads like a name. A person
  /// is named by two words or more, or by one with the dates of a life after it: a one-word name
  /// ("Ghana") is a thing however often the text says "his" of its leaders.
  static func find(in outline: DocumentOutline) -> MainSubject? {
    let sentences = outline.sentences.prefix(40)
    guard let first = sentences.first else { return nil }
    let sample = String(sentences.map(\.text).joined(separator: " ").prefix(sampleLength))
    var name: String?
    if let title = outline.title, isNameLike(title), let last = title.split(separator: " ").last,
      sentences.prefix(3).contains(where: { TextScan.contains($0.text, String(last)) })
    {
      name = title
    } else {
      name = openingName(first.text)
    }
    guard var found = name else { return nil }
    let words = found.split(separator: " ").map { $0.lowercased() }
    let kind = NameKind.kind(of: words)
    let counts = pronounCounts(sample)
    let reference: Reference
    if kind == .name || kind == .person, counts.he + counts.she >= 2, counts.he + counts.she > counts.it / 2,
      words.count >= 2 || LifeDates.split(first.text, name: nil) != nil
    {
      reference = counts.he >= counts.she ? .he : .she
    } else if kind != .person {
      reference = .it
    } else {
      return nil
    }
    if reference == .it, Self.containsWord(sample, "the " + found) || Self.containsWord(sample, "The " + found) {
      found = "the " + found
    }
    return MainSubject(name: found, reference: reference)
  }

  /// Whether `title` is a proper name: at most eight words, each capitalised or a name particle.
  static func isNameLike(_ title: String) -> Bool {
    let words = title.split(separator: " ")
    guard (1...8).contains(words.count), !title.contains(where: { ":?!;,".contains($0) || $0.fastIsNumber })
    else { return false }
    guard let first = words.first?.first, first.fastIsUppercase else { return false }
    return words.allSatisfy { word in
      word.first?.fastIsUppercase == true || Self.particles.contains(word.lowercased())
    }
  }

  /// Small words that stand inside a name ("Treaty of Tordesillas", "Charles de Gaulle").
  private static let particles: Set<String> = [
    "of", "the", "and", "for", "on", "de", "da", "di", "del", "van", "von", "der", "la", "le", "du", "bin", "al",
  ]

  /// The capitalised words (with particles) that open `sentence`, as long as they read like a name.
  static func openingName(_ sentence: String) -> String? {
    var words: [Substring] = []
    for raw in sentence.split(separator: " ").prefix(9) {
      let word = raw.trimmingCharacters(in: ",;:()")
      guard let initial = word.first else { break }
      if initial.fastIsUppercase || (!words.isEmpty && particles.contains(word.lowercased())) {
        words.append(word)
        if raw.last.map({ ",;:(".contains($0) }) ?? false { break }
        if raw.first == "(" { break }
      } else {
        break
      }
    }
    while let last = words.last, particles.contains(last.lowercased()) { words.removeLast() }
    if words.first?.lowercased() == "the" { words.removeFirst() }
    guard !words.isEmpty, words.count <= 6 else { return nil }
    // A single common word opening the sentence ("Today", "During") is no name.
    if words.count == 1, let word = words.first, word.count < 3 || openers.contains(word.lowercased()) {
      return nil
    }
    return words.joined(separator: " ")
  }

  /// Capitalised words that open sentences without naming anything.
  private static let openers: Set<String> = [
    "in", "on", "at", "after", "before", "during", "today", "since", "although", "while", "when", "as", "for",
    "this", "these", "it", "there", "many", "most", "some", "a", "an", "by", "from", "with", "under", "its",
  ]

  /// How often the sample says "he/his/him", "she/her" and "it/its".
  private static func pronounCounts(_ sample: String) -> (he: Int, she: Int, it: Int) {
    var counts = (he: 0, she: 0, it: 0)
    for word in sample.split(whereSeparator: { !$0.fastIsLetter }) {
      switch word.lowercased() {
      case "he", "his", "him", "himself": counts.he += 1
      case "she", "her", "hers", "herself": counts.she += 1
      case "it", "its", "itself": counts.it += 1
      default: break
      }
    }
    return counts
  }

  /// The subject as a sentence opens with it.
  /// Whether `phrase` stands in `text` as whole words ("the Namibian War" holds no "the Namibia").
  static func containsWord(_ text: String, _ phrase: String) -> Bool {
    var searched = text[...]
    while let range = searched.range(of: phrase) {
      if range.upperBound == searched.endIndex || !searched[range.upperBound].isLetter { return true }
      searched = searched[range.upperBound...]
    }
    return false
  }

  /// The name with a capital first letter, to open a sentence.
  var capitalised: String {
    guard let first = name.first else { return name }
    return first.uppercased() + name.dropFirst()
  }

  /// Its possessive ("Hammarskjöld’s").
  var possessive: String {
    capitalised + (name.hasSuffix("s") ? "\u{2019}" : "\u{2019}s")
  }
}

extension Substring {
  /// The text without `characters` at either end.
  fileprivate func trimmingCharacters(in characters: String) -> Substring {
    var result = self
    while let first = result.first, characters.contains(first) { result = result.dropFirst() }
    while let last = result.last, characters.contains(last) { result = result.dropLast() }
    return result
  }
}
