/// Tells plural common nouns from singular ones by their endings and a few irregular forms.
enum NounNumber {
  /// Plurals not made with -s: fishermen, women, children, people.
  private static let irregularPlurals: Set<String> = [
    "children", "people", "police", "cattle", "data", "criteria", "phenomena", "personnel", "mice", "geese",
    "feet", "teeth", "oxen", "bacteria", "media", "alumni", "clergy", "livestock", "men", "women",
  ]

  /// Whether `lower` is one of the common plurals not made with -s ("women", "children").
  static func isIrregularPlural(_ lower: String) -> Bool { irregularPlurals.contains(lower) }

  /// Words in -men that are singular.
  private static let singularMen: Set<String> = ["specimen", "regimen", "abdomen", "acumen", "omen", "amen", "stamen"]

  /// Whether a lower-case noun is plural.
  static func isPlural(_ lower: String) -> Bool {
    // Read from the last bytes: a suffix test on a String compares characters, far slower.
    var bytes = lower.utf8.reversed().makeIterator()
    guard let last = bytes.next() else { return false }
    let previous = bytes.next() ?? 0
    if last == 0x73 { return previous != 0x73 && previous != 0x75 && previous != 0x69 }
    if last == 0x6E, previous == 0x65, bytes.next() == 0x6D { return !singularMen.contains(lower) }
    return irregularPlurals.contains(lower)
  }

  /// Whether `word` ends with `suffix`, compared by bytes.
  static func hasSuffix(_ word: String, _ suffix: String) -> Bool {
    let count = suffix.utf8.count
    return word.utf8.count >= count && word.utf8.suffix(count).elementsEqual(suffix.utf8)
  }

  /// Whether a word (lower case) reads as an abstract noun by its ending ("friendship",
  /// "cooperation", "assistance").
  static func isAbstract(_ lower: String) -> Bool {
    ["ship", "tion", "sion", "ance", "ence", "ment", "ity", "ness", "ism", "hood", "dom"].contains {
      hasSuffix(lower, $0) && lower.count > $0.count + 1
    }
  }
}
