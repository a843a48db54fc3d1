import Foundation

/// Turns a sentence of the document into text a card can stand on alone: leading connectives
/// dropped, clauses split at semicolons, cleft sentences turned round, and an opening pronoun
/// replaced by what it points to (or the sentence left out).
struct SentenceCleaner {
  let tokenizer: Tokenizer
  /// What the document is about, for an opening pronoun with no antecedent in the sentence before.
  var mainSubject: MainSubject?

  /// The clauses of `sentence` ready for cards; empty when the sentence cannot stand alone.
  func clauses(of sentence: String, previous: String?) -> [String] {
    var memo = Tokenizer.Memo()
    return clauses(of: sentence, previous: previous, memo: &memo)
  }

  /// `clauses(of:previous:)` with the tokenizer's memo of words met before.
  func clauses(of sentence: String, previous: String?, memo: inout Tokenizer.Memo) -> [String] {
    // "Dag Hammarskjöld (29 July 1905 – 18 September 1961) was ...": the dates are facts of their own.
    let person = mainSubject.flatMap { $0.reference == .it ? nil : $0.name }
    let sentences = previous == nil ? LifeDates.split(sentence, name: person) ?? [sentence] : [sentence]
    var parts = sentences.flatMap(splitClauses).flatMap(shortened)
    parts = parts.map { dropConnective(removeInnerConnectives(Self.withoutNameGloss($0))) }
    var result: [String] = []
    var before = previous
    for (index, part) in parts.enumerated() {
      let turned = unCleft(namingTheYear(cuttingPointingTail(part), previous: before))
      if let resolved = resolvePronoun(turned, previous: before, memo: &memo) {
        // Only the first half of the same sentence is trusted for a closing "them".
        result.append(index > 0 ? resolvingFinalThem(resolved, previous: before, memo: &memo) : resolved)
      }
      before = part
    }
    return result
  }

  /// `text` without a bracketed gloss of one or two capitalised words inside a name ("the Merdeka
  /// (Freedom) Building" is "the Merdeka Building"), so that the name stays one answer. An
  /// acronym ("(ICRC)") and a gloss that does not sit between two words of a name stay.
  static func withoutNameGloss(_ text: String) -> String {
    guard TextScan.containsByte(text, 0x28) else { return text }
    var result = text
    var searchStart = result.startIndex
    while let open = result[searchStart...].firstIndex(of: "("),
      let close = result[open...].firstIndex(of: ")")
    {
      searchStart = result.index(after: open)
      let inner = result[result.index(after: open)..<close]
      let words = inner.split(separator: " ")
      let before = result[..<open]
      let after = result[result.index(after: close)...]
      guard (1...2).contains(words.count),
        words.allSatisfy({ word in
          word.first?.isUppercase == true && word.allSatisfy(\.isLetter) && word.contains(where: \.isLowercase)
        }),
        before.hasSuffix(" "), let previous = before.dropLast().split(separator: " ").last,
        previous.first?.isUppercase == true, previous.allSatisfy(\.isLetter),
        after.hasPrefix(" "), let next = after.dropFirst().split(separator: " ").first,
        next.first?.isUppercase == true
      else { continue }
      result.removeSubrange(before.index(before: open)...close)
      searchStart = result.startIndex
    }
    return result
  }

  /// `text` without citation marks such as "[12]" or "[citation needed]".
  static func removeCitations(_ text: String) -> String {
    guard TextScan.containsByte(text, 0x5B) else { return text }
    var result = ""
    var bracket: String?
    for char in text {
      if char == "[" {
        if let open = bracket { result += open }
        bracket = "["
      } else if var open = bracket {
        open.append(char)
        if char == "]" {
          let inner = open.dropFirst().dropLast()
          let isCitation =
            inner.allSatisfy(\.fastIsNumber) || inner.lowercased().hasPrefix("citation")
            || inner.lowercased() == "note" || inner.count == 1
          if !isCitation { result += open }
          bracket = nil
        } else {
          bracket = open
        }
      } else {
        result.append(char)
      }
    }
    if let open = bracket { result += open }
    return result
  }

  /// The sentence cut at semicolons when both sides are long enough to stand alone.
  func splitClauses(_ sentence: String) -> [String] {
    guard TextScan.containsByte(sentence, 0x3B) else { return [sentence] }
    let pieces = sentence.split(separator: ";", omittingEmptySubsequences: false)
    guard pieces.count > 1 else { return [sentence] }
    if let series = sharedHeadSeries(pieces) { return series }
    if TextScan.isPlainASCII(sentence), Self.hasShortPart(sentence) { return [sentence] }
    guard pieces.allSatisfy({ $0.split(separator: " ").count >= 5 }), !pieces.dropFirst().contains(where: isVerbless)
    else { return [sentence] }
    return pieces.enumerated().map { index, piece in
      let text = TextScan.trimmed(piece)
      return index + 1 < pieces.count ? text + "." : text
    }
  }

  /// Whether a part of an ASCII sentence between semicolons has fewer than five words, counted as
  /// runs of bytes other than spaces.
  private static func hasShortPart(_ sentence: String) -> Bool {
    var words = 0
    var previous: UInt8 = 0x20
    for byte in sentence.utf8 {
      if byte == 0x3B {
        if words < 5 { return true }
        words = 0
        previous = 0x20
        continue
      }
      if previous == 0x20, byte != 0x20 { words += 1 }
      previous = byte
    }
    return words < 5
  }

  /// `text` without a leading connective such as "Therefore," and with its first letter capitalised.
  func dropConnective(_ text: String) -> String {
    if let dropped = dropConnectiveASCII(text) { return dropped }
    let lower = text.prefix(24).lowercased()
    if lower.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII: a byte comparison is what `hasPrefix` decides, without building each pattern.
      let bytes = Array(lower.utf8)
      for connective in Self.connectivePatterns {
        if bytes.starts(with: connective.withComma) {
          return capitalizeFirst(TextScan.trimmed(text.dropFirst(connective.withComma.count)))
        }
        if let withSpace = connective.withSpace, bytes.starts(with: withSpace) {
          return capitalizeFirst(String(text.dropFirst(withSpace.count)))
        }
      }
      return capitalizeFirst(text)
    }
    for connective in Lexicon.leadingConnectives {
      let withComma = connective + ","
      if lower.hasPrefix(withComma) {
        return capitalizeFirst(TextScan.trimmed(text.dropFirst(withComma.count)))
      }
      if ["and", "but", "also"].contains(connective), lower.hasPrefix(connective + " ") {
        return capitalizeFirst(String(text.dropFirst(connective.count + 1)))
      }
    }
    return capitalizeFirst(text)
  }

  /// `dropConnective` of a text whose first 25 bytes are ASCII without carriage returns, read from
  /// its bytes without lower-casing a copy; nil for any other text.
  private func dropConnectiveASCII(_ text: String) -> String? {
    var copy = text
    // The number of bytes to drop (0 for none) and whether a comma ends them; nil when not ASCII.
    let found: (drop: Int, comma: Bool)? = copy.withUTF8 { bytes in
      guard !bytes.prefix(25).contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      guard let first = bytes.first else { return (0, false) }
      // `dropConnective` compares the patterns with the first 24 characters, lower-cased.
      let limit = min(24, bytes.count)
      func matches(_ pattern: [UInt8]) -> Bool {
        guard pattern.count <= limit else { return false }
        for index in pattern.indices {
          let byte = bytes[index]
          if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != pattern[index] { return false }
        }
        return true
      }
      // Only patterns starting with the text's first letter can match; their order is kept.
      for index in Self.patternsByFirstByte[Int((0x41...0x5A).contains(first) ? first | 0x20 : first)] {
        let connective = Self.connectivePatterns[index]
        if matches(connective.withComma) { return (connective.withComma.count, true) }
        if let withSpace = connective.withSpace, matches(withSpace) { return (withSpace.count, false) }
      }
      return (0, false)
    }
    guard let found else { return nil }
    if found.drop == 0 { return capitalizeFirst(text) }
    let rest = text.dropFirst(found.drop)
    return capitalizeFirst(found.comma ? TextScan.trimmed(rest) : String(rest))
  }

  /// The places in `connectivePatterns` of the patterns starting with each byte.
  private static let patternsByFirstByte: [[Int]] = {
    var table = Array(repeating: [Int](), count: 256)
    for (index, connective) in connectivePatterns.enumerated() {
      if let first = connective.withComma.first { table[Int(first)].append(index) }
    }
    return table
  }()

  /// The leading connectives in bytes: followed by a comma, and (for "and", "but", "also") by a space.
  private static let connectivePatterns: [(withComma: [UInt8], withSpace: [UInt8]?)] =
    Lexicon.leadingConnectives.map { connective in
      (
        Array((connective + ",").utf8),
        ["and", "but", "also"].contains(connective) ? Array((connective + " ").utf8) : nil
      )
    }

  /// `text` without connectives set off by commas inside it ("They must, however, comply").
  func removeInnerConnectives(_ text: String) -> String {
    guard Self.hasInnerConnective(text) else { return text }
    var result = text
    for connective in Self.innerConnectives {
      let pattern = ", \(connective), "
      if TextScan.contains(result, pattern) { result = TextScan.replacing(pattern, with: " ", in: result) }
    }
    return result
  }

  /// Connectives set off by commas that are dropped inside a sentence.
  private static let innerConnectives = [
    "however", "therefore", "moreover", "furthermore", "in addition", "nevertheless", "thus",
  ]

  /// Each inner connective with the comma and space after it, in bytes.
  private static let innerPatterns = innerConnectives.map { Array("\($0), ".utf8) }

  /// Whether ", CONNECTIVE, " occurs in `text` for any inner connective, found in one pass over
  /// the bytes: at each ", " the patterns are compared with what follows.
  private static func hasInnerConnective(_ text: String) -> Bool {
    var copy = text
    return copy.withUTF8 { bytes in
      guard bytes.count >= 2 else { return false }
      for index in 0..<(bytes.count - 1) where bytes[index] == 0x2C && bytes[index + 1] == 0x20 {
        let rest = index + 2
        for pattern in innerPatterns where rest + pattern.count <= bytes.count {
          if pattern.indices.allSatisfy({ bytes[rest + $0] == pattern[$0] }) { return true }
        }
      }
      return false
    }
  }

  /// "It is only through X that Y." becomes "Y only through X."; "It was not until 1990 that Y."
  /// becomes "Y only in 1990." ("on" before a day, "after" before anything but a date).
  func unCleft(_ text: String) -> String {
    // Only a text starting with "i" or "I" can start with "it is" or "it was" once lower-cased.
    if let first = text.utf8.first, first < 0x80, first | 0x20 != 0x69 { return text }
    // When the first nine bytes are ASCII (so the first eight characters are bytes), compare bytes.
    var copy = text
    let cleft: Bool? = copy.withUTF8 { bytes in
      guard bytes.count >= 9, !bytes.prefix(9).contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      func starts(with pattern: StaticString) -> Bool {
        (0..<pattern.utf8CodeUnitCount).allSatisfy { index in
          let byte = bytes[index]
          return ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == pattern.utf8Start[index]
        }
      }
      return starts(with: "it is ") || starts(with: "it was ")
    }
    if cleft == false { return text }
    let lower = text.prefix(8).lowercased()
    guard lower.hasPrefix("it is ") || lower.hasPrefix("it was ") else { return text }
    let afterVerb = text.dropFirst(lower.hasPrefix("it is ") ? 6 : 7)
    guard let that = afterVerb.range(of: " that ") else { return text }
    var focus = afterVerb[..<that.lowerBound]
    if focus.lowercased().hasPrefix("not until ") {
      focus = Self.onlyFrom(notUntil: focus.dropFirst("not until ".count))[...]
    }
    guard let firstWord = focus.split(separator: " ").first?.lowercased(),
      Lexicon.prepositions.contains(firstWord) || ["only", "not", "precisely", "mainly", "largely"].contains(firstWord)
    else { return text }
    var rest = String(afterVerb[that.upperBound...])
    var end = ""
    if let last = rest.last, ".!?".contains(last) {
      end = String(last)
      rest.removeLast()
    }
    return capitalizeFirst(rest) + " " + focus + end
  }

  /// `text` with its first letter upper-cased (returned as it is when that changes nothing).
  func capitalizeFirst(_ text: String) -> String {
    // A first character that is one ASCII byte other than a lower-case letter stays as it is.
    var copy = text
    let unchanged = copy.withUTF8 { bytes in
      bytes.isEmpty || (bytes[0] < 0x80 && !(0x61...0x7A).contains(bytes[0]) && (bytes.count == 1 || bytes[1] < 0x80))
    }
    if unchanged { return text }
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// `text` without a closing clause that points back at things named before: "X was created on
  /// 26 April 1996, when the heads of these five countries signed a treaty." keeps "X was created
  /// on 26 April 1996." (the first part stands alone; the clause would make the card lean on the
  /// text before).
  func cuttingPointingTail(_ text: String) -> String {
    guard TextScan.contains(text, " these ") || TextScan.contains(text, " those ") else { return text }
    for marker in [", when ", ", where ", ", while ", ", after ", ", as "] {
      guard let range = text.range(of: marker) else { continue }
      let head = String(text[..<range.lowerBound])
      guard head.split(separator: " ").count >= 5,
        CardRules.demonstrativeProblem(tokenizer.tokens(of: String(text[range.lowerBound...]))) != nil,
        CardRules.demonstrativeProblem(tokenizer.tokens(of: head)) == nil
      else { continue }
      return head + "."
    }
    return text
  }
}
