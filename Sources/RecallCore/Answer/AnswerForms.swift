/// Ways of writing one answer that a checker takes as the same, applied to folded words before
/// number words are read: `16th` is `16`; `%`, `percent` and `per cent` are one word; `$64 million`
/// is `64 million dollars` (both `64000000 dollar`).
enum AnswerForms {
  /// The word a symbol stands for, so that `25%` and `25 percent` fold alike.
  static func word(for scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "%": "percent"
    case "$": "dollar"
    case "€": "euro"
    case "£": "pound"
    default: nil
    }
  }

  private static let currencies: [String: String] = [
    "dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro", "pound": "pound", "pounds": "pound",
  ]
  private static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

  /// `words` with ordinals as numbers, `per cent` as `percent`, currency words in the singular and
  /// after their amount, and an amount in digits with its scale word as one number.
  static func canonical(_ words: [String]) -> [String] {
    var result: [String] = []
    result.reserveCapacity(words.count)
    var index = 0
    while index < words.count {
      var word = ordinalDigits(words[index]) ?? words[index]
      if word == "per", index + 1 < words.count, words[index + 1] == "cent" {
        word = "percent"
        index += 1
      }
      if let currency = currencies[word] { word = currency }
      // `2.5 million` is one amount: 2500000.
      if isDecimal(word), index + 1 < words.count, let scale = scales[words[index + 1]], let value = Double(word) {
        let product = value * scale
        if product < 1e15, product == product.rounded() {
          word = String(Int64(product))
          index += 1
        }
      }
      result.append(word)
      index += 1
    }
    // A currency before its amount goes after it: `dollar 64000000` is `64000000 dollar`.
    var position = 0
    while position + 1 < result.count {
      if currencies[result[position]] != nil, isDecimal(result[position + 1]) {
        result.swapAt(position, position + 1)
        position += 2
      } else {
        position += 1
      }
    }
    return result
  }

  /// `16` for `16th`, `1` for `1st`, `22` for `22nd`; nil for anything else.
  private static func ordinalDigits(_ word: String) -> String? {
    guard word.count > 2, word.first?.isASCII == true, word.first?.isNumber == true else { return nil }
    let suffix = word.suffix(2)
    guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
    let digits = word.dropLast(2)
    return digits.allSatisfy { $0.isASCII && $0.isNumber } ? String(digits) : nil
  }

  private static func isDecimal(_ word: String) -> Bool {
    !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && word.first != "."
      && word.last != "."
  }
}
