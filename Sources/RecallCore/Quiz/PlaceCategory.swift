import Foundation

/// What sort of place a place answer names, so that a quiz swaps countries for countries and
/// cities for cities: "Astana" is no wrong option among countries.
///
/// Told from a cloze hint (`country`, `city`, `capital`...) or from the word lists; a place that
/// cannot be told has no category and mixes with any place.
enum PlaceCategory: String, Sendable, Hashable {
  /// A state: `Kazakhstan`, `Russia`.
  case country
  /// A town or city: `Astana`, `Geneva`.
  case city
  /// A sea, lake, river or other water: `the Caspian Sea`.
  case water
  /// A region, continent or landform: `Central Asia`, `the Caucasus`.
  case region

  /// The category of the place `text`, using `hint` when it names one; nil when it cannot be told.
  static func of(_ text: String, hint: String? = nil) -> PlaceCategory? {
    if let hint, let category = fromHint(hint) { return category }
    let lower = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    let name = lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
    if countries.contains(name) { return .country }
    if cities.contains(name) { return .city }
    if waters.contains(name) { return .water }
    if regions.contains(name) { return .region }
    let words = name.split(separator: " ").map(String.init)
    if words.contains(where: { waterWords.contains($0) }) { return .water }
    if words.contains(where: { ["city", "town"].contains($0) }) { return .city }
    if words.contains(where: { ["republic", "kingdom", "emirates", "states"].contains($0) }) { return .country }
    if words.contains(where: { regionWords.contains($0) }) { return .region }
    if words.count <= 2, words.last?.hasSuffix("stan") == true { return .country }
    return nil
  }

  /// The category a cloze hint names, or nil.
  static func fromHint(_ hint: String) -> PlaceCategory? {
    switch hint.trimmingCharacters(in: .whitespaces).lowercased() {
    case "country", "state", "nation": .country
    case "city", "capital", "town": .city
    case "sea", "lake", "river", "body of water", "water": .water
    case "region", "continent": .region
    default: nil
    }
  }

  /// Whether a place of category `candidate` may stand in for one of category `answer`: only the
  /// same sort, and places of no known sort only each other (Baikonur is no country, and a country
  /// makes no cosmodrome).
  static func compatible(_ candidate: PlaceCategory?, with answer: PlaceCategory?) -> Bool {
    candidate == answer
  }

  private static let waterWords: Set<String> = [
    "sea", "ocean", "river", "lake", "gulf", "strait", "bay", "basin", "channel",
  ]
  private static let regionWords: Set<String> = [
    "region", "province", "valley", "desert", "mountains", "peninsula", "island", "islands", "steppe",
  ]
  private static let waters: Set<String> = ["caspian", "aral", "balkhash", "irtysh", "syr darya", "amu darya"]
  private static let regions: Set<String> = [
    "europe", "asia", "africa", "america", "north america", "south america", "latin america", "oceania",
    "antarctica", "arctic", "central asia", "middle east", "near east", "far east", "caucasus", "balkans",
    "eurasia", "scandinavia", "chechnya", "darfur", "gaza", "west bank",
  ]
  private static let cities: Set<String> = [
    "astana", "almaty", "nur-sultan", "akmola", "tashkent", "bishkek", "dushanbe", "ashgabat", "kabul",
    "baghdad", "tehran", "moscow", "beijing", "london", "paris", "berlin", "washington", "new york", "geneva",
    "vienna", "brussels", "tokyo", "delhi", "new delhi", "istanbul", "ankara", "cairo", "jerusalem", "rome",
    "madrid", "lisbon", "warsaw", "kyiv", "kiev", "minsk", "baku", "tbilisi", "yerevan", "riyadh", "doha",
    "dubai", "abu dhabi", "islamabad", "semipalatinsk", "semey", "bonn", "the hague", "hague", "shanghai",
    "karaganda", "shymkent", "aktobe", "samarkand", "bukhara", "osh",
  ]
  static let countries: Set<String> = [
    "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan",
    "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "bulgaria", "cambodia",
    "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus", "czechia", "denmark", "egypt",
    "estonia", "ethiopia", "finland", "france", "georgia", "germany", "greece", "hungary", "iceland", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya",
    "korea", "north korea", "south korea", "kuwait", "kyrgyzstan", "latvia", "lebanon", "libya", "lithuania",
    "malaysia", "mexico", "moldova", "mongolia", "morocco", "nepal", "netherlands", "new zealand", "nigeria",
    "norway", "oman", "pakistan", "palestine", "peru", "philippines", "poland", "portugal", "qatar", "romania",
    "russia", "saudi arabia", "serbia", "singapore", "slovakia", "slovenia", "somalia", "south africa", "spain",
    "sudan", "sweden", "switzerland", "syria", "tajikistan", "thailand", "tunisia", "turkey", "turkmenistan",
    "ukraine", "united kingdom", "united states", "usa", "uk", "uzbekistan", "venezuela", "vietnam", "yemen",
    "kosovo",
  ]
}
