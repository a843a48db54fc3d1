/// Reads a day and a month written either way round, so `December 16` checks as `16 December`.
///
/// Only full English month names and a day from 1 to 31, with an optional year after them:
/// `16 December 1991` and `December 16 1991` are the same date; other reorderings of words are
/// not accepted (`man bites dog` is not `dog bites man`).
public enum DateWords {
  private static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  /// `words` (normalised, lower-case) as day, month and optional year, or nil when they are not a date.
  public static func canonical(_ words: [String]) -> [String]? {
    guard words.count == 2 || words.count == 3 else { return nil }
    let year = words.count == 3 ? words[2] : nil
    if let year, Int(year) == nil { return nil }
    let day: String
    let month: String
    if months.contains(words[1]), let number = Int(words[0]), (1...31).contains(number) {
      (day, month) = (String(number), words[1])
    } else if months.contains(words[0]), let number = Int(words[1]), (1...31).contains(number) {
      (day, month) = (String(number), words[0])
    } else {
      return nil
    }
    return [day, month] + (year.map { [$0] } ?? [])
  }
}
