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
    if lower.hasSuffix("s") { return !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is") }
    if lower.hasSuffix("men") { return !singularMen.contains(lower) }
    return irregularPlurals.contains(lower)
  }
}
