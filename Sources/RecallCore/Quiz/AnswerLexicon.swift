import Foundation

/// Small word lists behind `AnswerKind.classify`. They are deliberately short: a deck's answers are
/// mostly recognised by shape (digits, capitals), and the lists only settle common names.
enum AnswerLexicon {
  /// Month names and their usual abbreviations, lower-case.
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Words that make a name an organisation's.
  static let organisationWords: Set<String> = [
    "organisation", "organization", "union", "nations", "council", "conference", "committee", "agency",
    "bank", "fund", "alliance", "community", "association", "commission", "assembly", "forum", "court",
    "parliament", "ministry", "institute", "university", "corporation", "company", "league", "secretariat",
    "office", "programme", "program", "cooperation", "co-operation", "partnership", "federation", "coalition",
    "party", "foundation", "tribunal", "directorate", "government", "majlis", "mazhilis", "senate",
  ]

  /// Words that make a name a place's.
  static let placeWords: Set<String> = [
    "sea", "ocean", "river", "lake", "gulf", "mountains", "peninsula", "region", "province", "city", "island",
    "islands", "valley", "desert", "strait", "bay", "basin", "republic", "kingdom", "emirates", "states",
  ]

  /// Titles that start a person's name.
  static let titles: Set<String> = [
    "president", "prime", "mr", "mrs", "ms", "dr", "sir", "king", "queen", "general", "secretary-general",
    "minister", "ambassador", "professor", "prof", "chancellor", "emperor", "sultan", "sheikh", "pope", "saint",
    "st", "lord", "lady", "prince", "princess",
  ]

  /// Countries, regions and cities likely to appear in decks, lower-case: the countries of
  /// `PlaceCategory` and these.
  static let places: Set<String> = PlaceCategory.countries.union([
    "europe", "asia", "africa", "america", "north america", "south america", "latin america", "oceania",
    "antarctica", "arctic", "central asia", "middle east", "near east", "far east", "caucasus", "balkans", "eurasia",
    "scandinavia", "caspian", "astana", "almaty", "nur-sultan", "akmola", "tashkent", "bishkek", "dushanbe",
    "ashgabat", "kabul", "baghdad", "tehran", "moscow", "beijing", "london", "paris", "berlin", "washington",
    "new york", "geneva", "vienna", "brussels", "tokyo", "delhi", "new delhi", "istanbul", "ankara", "cairo",
    "jerusalem", "rome", "madrid", "lisbon", "warsaw", "kyiv", "kiev", "minsk", "baku", "tbilisi", "yerevan",
    "riyadh", "doha", "dubai", "abu dhabi", "islamabad", "semipalatinsk", "semey", "bonn", "the hague", "hague",
    "shanghai", "gaza", "west bank", "chechnya", "darfur",
  ])
}

/// Reads numbers written in words (`thirty`, `two hundred`) so that `30` and `thirty` count as one
/// answer and are never offered side by side.
public enum AnswerNumbers {
  private static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]
  private static let scales: [String: Int] = [
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
  ]

  /// The value of `text` written as digits (`1,500`) or words (`fifteen hundred`), or nil.
  public static func value(of text: String) -> Double? {
    let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
    let plain = lower.filter { $0 != "," && $0 != "~" }
    if let number = Double(plain), plain.first?.isNumber == true { return number }
    let words = lower.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { $0 != "and" }
    guard !words.isEmpty else { return nil }
    var total = 0.0
    var current = 0.0
    var sawWord = false
    for word in words {
      if let unit = units[word] {
        current += Double(unit)
        sawWord = true
      } else if let scale = scales[word] {
        current = max(current, 1) * Double(scale)
        if scale >= 1000 {
          total += current
          current = 0
        }
        sawWord = true
      } else if let number = Double(word.filter { $0 != "," }), word.first?.isNumber == true {
        current += number
      } else {
        return nil
      }
    }
    return sawWord ? total + current : nil
  }
}
