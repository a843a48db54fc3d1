import Foundation

/// A biography's opening "NAME (29 July 1905 – 18 September 1961) was ..." read as three
/// sentences: when the person was born, when they died, and the sentence without the dates.
enum LifeDates {
  /// "Name (date – date) rest" with a year in each date.
  private static let pattern: NSRegularExpression? = try? NSRegularExpression(
    pattern: #"^([^()]{3,120}?) \((?:born )?([^()–-]*\d{4})\s*(?:[–-]\s*([^()]*\d{4}))?\)\s+(.+)$"#)

  /// The sentences `sentence` stands for, naming the person as `name` (the document's subject)
  /// when given; nil when it has no dates in brackets after a name.
  static func split(_ sentence: String, name subject: String?) -> [String]? {
    guard let pattern, sentence.contains("(") else { return nil }
    let range = NSRange(sentence.startIndex..., in: sentence)
    guard let match = pattern.firstMatch(in: sentence, range: range) else { return nil }
    func group(_ index: Int) -> String? {
      guard let part = Range(match.range(at: index), in: sentence) else { return nil }
      return sentence[part].trimmingCharacters(in: .whitespaces)
    }
    guard let name = group(1), let born = group(2), let rest = group(4),
      name.first?.isUppercase == true, !name.contains(","), name.split(separator: " ").count <= 12
    else { return nil }
    let person = subject ?? name
    var result = ["\(person) was born \(preposition(born)) \(born)."]
    if let died = group(3) { result.append("\(person) died \(preposition(died)) \(died).") }
    result.append("\(name) \(rest)")
    return result
  }

  /// "on" before a day, "in" before a month or a year.
  private static func preposition(_ date: String) -> String {
    date.split(separator: " ").count >= 3 || date.first?.isNumber == true && date.count > 4 ? "on" : "in"
  }
}
