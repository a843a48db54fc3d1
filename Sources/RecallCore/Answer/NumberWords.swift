/// Reads numbers written as English words, so `thirty` and `30` check as the same answer.
///
/// Covers zero to nineteen, the tens, `hundred`, `thousand`, `million` and `billion`, with or
/// without `and` and hyphens: `two thousand and six` is 2006, `thirty-one` (hyphens are spaces by
/// the time words get here) is 31, `a hundred` is not read (the article is dropped separately).
/// Years are read in pairs, as they are said: `nineteen ninety-one` is 1991. A value too large
/// for an `Int` is not a number (the words stay words), and a run of more than
/// `longestRun` number words is read from each word in turn as runs of at most that length, so
/// reading is linear in the number of words.
public enum NumberWords {
  /// The most number words read as one number; no number people say takes more.
  public static let longestRun = 24

  private static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]
  private static let scales: [String: Int] = ["thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000]

  /// Whether `word` (lower-case) is a number word.
  public static func isNumberWord(_ word: String) -> Bool {
    units[word] != nil || scales[word] != nil || word == "hundred"
  }

  /// Replaces each run of number words in `words` with its value in digits:
  /// `["thirty", "engineers"]` becomes `["30", "engineers"]`. An `and` joins only `hundred` or a
  /// scale word to a smaller number (`two thousand and six`), so `one and two` gives `["1", "and", "2"]`.
  public static func replacingNumberWords(in words: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < words.count {
      guard isNumberWord(words[index]) else {
        result.append(words[index])
        index += 1
        continue
      }
      var end = index
      var run: [String] = []
      while end < words.count, run.count < longestRun {
        let word = words[end]
        if isNumberWord(word) {
          run.append(word)
          end += 1
        } else if word == "and", end + 1 < words.count, let last = run.last, last == "hundred" || scales[last] != nil,
          let next = units[words[end + 1]], next < 100
        {
          end += 1
        } else {
          break
        }
      }
      if let value = value(of: run) {
        result.append(String(value))
        index = end
      } else {
        result.append(words[index])
        index += 1
      }
    }
    return result
  }

  /// The value of a run of number words, or nil when they do not make one number (`five six`).
  /// Two numbers from 10 to 99 in a row make a year: `twenty ten` is 2010.
  public static func value(of words: [String]) -> Int? {
    if let value = cardinal(words) { return value }
    for split in words.indices.dropFirst() {
      if let century = cardinal(Array(words[..<split])), (10...99).contains(century),
        let year = cardinal(Array(words[split...])), (10...99).contains(year)
      {
        return century * 100 + year  // at most 9999: cannot overflow
      }
    }
    return nil
  }

  private static func cardinal(_ words: [String]) -> Int? {
    guard !words.isEmpty else { return nil }
    var total = 0
    var current = 0
    var lastUnit: Int?
    for word in words {
      if let unit = units[word] {
        // `five six` or `thirty twenty` is two numbers, not one.
        if let lastUnit, lastUnit < 20 || unit >= 10 || lastUnit % 10 != 0 { return nil }
        guard let sum = adding(current, unit) else { return nil }
        current = sum
        lastUnit = unit
      } else if word == "hundred" {
        // `hundred hundred hundred ...` grows past any `Int`: such words are no number.
        guard let product = multiplying(current == 0 ? 1 : current, 100) else { return nil }
        current = product
        lastUnit = nil
      } else if let scale = scales[word] {
        guard let product = multiplying(current == 0 ? 1 : current, scale), let sum = adding(total, product) else {
          return nil
        }
        total = sum
        current = 0
        lastUnit = nil
      } else {
        return nil
      }
    }
    return adding(total, current)
  }

  private static func adding(_ left: Int, _ right: Int) -> Int? {
    let (sum, overflow) = left.addingReportingOverflow(right)
    return overflow ? nil : sum
  }

  private static func multiplying(_ left: Int, _ right: Int) -> Int? {
    let (product, overflow) = left.multipliedReportingOverflow(by: right)
    return overflow ? nil : product
  }
}
