/// Finds an enumeration inside a sentence, whatever verb or preposition stands before it:
/// "organized by A, B (B2), C and D and was coordinated by ...", "dominated by mining, cattle and
/// tourism", or a count with its items in apposition ("four gases, A, B, C and D", "the five
/// members (A, B, C, D and E)").
struct SentenceEnumeration: Hashable, Sendable {
  /// The items as written, without a leading "the" or a bracketed aside ("Burma (Myanmar)").
  var items: [String]
  /// The tokens from the first item to the end of the last (a closing bracket included).
  var span: Range<Int>
  /// Whether the items stand in brackets after a count ("five members (A, ..., E)").
  var bracketed: Bool

  /// The most items a list card asks.
  private static let maxItems = 15

  /// Whether the enumeration's edges are unsure: "sand and [lava fields,
  /// mountains and glaciers]" (the first item may be "sand and lava fields"), "[Alsace-Lorraine,
  /// Eupen and Malmedy], Northern Schleswig, ..." (the list goes on), "the geography of [the New
  /// World, Portugal and Spain] largely respected" (the last items are the subject of a verb).
  static func hasUnsureEdges(_ tokens: [Token], _ span: Range<Int>) -> Bool {
    if span.lowerBound > 0, ["and", "or"].contains(tokens[span.lowerBound - 1].lower) { return true }
    let next = span.upperBound
    if next + 1 < tokens.count, tokens[next].text == ",", isItemWord(tokens[next + 1]) { return true }
    // "tourism, and [information] and communications technology": the last item goes on.
    if next + 1 < tokens.count, ["and", "or"].contains(tokens[next].lower), isItemWord(tokens[next + 1]) {
      return true
    }
    if next < tokens.count, [.verb, .adverb, .auxiliary].contains(tokens[next].tag), span.lowerBound > 0,
      tokens[span.lowerBound - 1].text != ","
    {
      return true
    }
    return false
  }

  /// The most words an item of a capitalised list may have; lower-case items have at most three.
  private static let maxNameWords = 5
  private static let maxCommonWords = 3

  /// Whether `text` may hold an enumeration (a comma and a joining "and" or "or"), before it is
  /// read token by token.
  static func mayHold(_ text: String) -> Bool {
    (TextScan.contains(text, ", ") || TextScan.contains(text, "; "))
      && (TextScan.contains(text, " and ") || TextScan.contains(text, " or "))
  }

  /// The enumerations of `tokens`: three or more items of one shape (all names or all lower-case
  /// nouns), or exactly as many as a count right before them says.
  static func find(in tokens: [Token], text: CharacterText) -> [SentenceEnumeration] {
    if let series = semicolonSeries(in: tokens, text: text) { return [series] }
    var found: [SentenceEnumeration] = []
    var index = 0
    while index < tokens.count {
      if let enumeration = parse(tokens, from: index, text: text) {
        found.append(enumeration)
        index = enumeration.span.upperBound
      } else {
        index += 1
      }
    }
    return found
  }

  /// Whether `token` can be part of an item; `loose` also takes a word the tagger read as a verb
  /// ("trade", "rescue"), for items a count announces.
  private static func isItemWord(_ token: Token, loose: Bool = false) -> Bool {
    switch token.tag {
    case .noun, .name, .acronym, .adjective: true
    case .participle: !token.isCapitalized
    case .verb: loose
    default: false
    }
  }

  /// Whether `token` can end a lower-case item: a noun, or a word in "-ing" ("mining, cattle and
  /// tourism").
  private static func isNounLike(_ token: Token) -> Bool {
    token.tag == .noun || (token.tag == .participle && token.lower.hasSuffix("ing"))
  }

  /// The end of the item starting at `start` (exclusive), or nil when no item starts there.
  private static func itemEnd(_ tokens: [Token], from start: Int, loose: Bool = false) -> Int? {
    var end = start
    if end < tokens.count, tokens[end].lower == "the" { end += 1 }
    let first = end
    while end < tokens.count {
      let token = tokens[end]
      if isItemWord(token, loose: loose) {
        end += 1
      } else if ["of", "de", "del", "da", "von", "van"].contains(token.lower), end > first,
        tokens[end - 1].isCapitalized, end + 1 < tokens.count, tokens[end + 1].isCapitalized,
        isItemWord(tokens[end + 1])
      {
        end += 1
      } else if token.tag == .possessive, end > first, end + 1 < tokens.count, isItemWord(tokens[end + 1]) {
        end += 1
      } else if token.text == ".", end > first, end + 1 < tokens.count, tokens[end - 1].end == token.start,
        Lexicon.abbreviations.contains(tokens[end - 1].lower), tokens[end - 1].isCapitalized,
        tokens[end + 1].isCapitalized, isItemWord(tokens[end + 1])
      {
        // "St. Lomar": an abbreviation's period stays inside the name.
        end += 1
      } else {
        break
      }
    }
    return end > first ? end : nil
  }

  /// The end of a bracketed aside at `index` ("(Myanmar)", "(1961)") of at most five tokens, or nil.
  private static func asideEnd(_ tokens: [Token], at index: Int) -> Int? {
    guard index < tokens.count, tokens[index].text == "(" else { return nil }
    let limit = min(tokens.count, index + 7)
    guard let close = tokens[(index + 1)..<limit].firstIndex(where: { $0.text == ")" }), close > index + 1,
      !tokens[(index + 1)..<close].contains(where: { $0.text == "," })
    else { return nil }
    return close + 1
  }

  /// The count of a phrase such as "four greenhouse gases" or "the first five members" that ends
  /// right before `end`, with the phrase's first token, or nil.
  private static func count(_ tokens: [Token], before end: Int) -> Int? {
    var index = end - 1
    guard index >= 1, tokens[index].tag == .noun, NounNumber.isPlural(tokens[index].lower) else { return nil }
    // "two groups of gases": the count's noun may take an "of" phrase.
    if index >= 3, tokens[index - 1].lower == "of", tokens[index - 2].tag == .noun {
      index -= 2
    }
    var scan = index
    while scan > 0, scan > index - 4, tokens[scan].tag != .number, Lexicon.numberWords[tokens[scan].lower] == nil {
      guard isItemWord(tokens[scan]) else { return nil }
      scan -= 1
    }
    return Lexicon.numberWords[tokens[scan].lower] ?? Int(tokens[scan].text)
  }

  /// The enumeration whose first item starts at `start`, or nil.
  private static func parse(_ tokens: [Token], from start: Int, text: CharacterText) -> SentenceEnumeration? {
    // An item starts after a word that is no part of it.
    guard start < tokens.count else { return nil }
    // "was an American [political figure, diplomat, and activist]": a people's adjective before
    // lower-case items describes them all.
    let afterPeople =
      start >= 2 && ["a", "an"].contains(tokens[start - 2].lower) && tokens[start - 1].isCapitalized
      && !tokens[start].isCapitalized && CardRules.isPeopleAdjective(tokens[start - 1].text)
    if start > 0, !afterPeople, isItemWord(tokens[start - 1]) || tokens[start - 1].lower == "the" { return nil }
    // "A, B, [C, D and E]": no list starts inside another.
    if start > 1, tokens[start - 1].text == ",", isItemWord(tokens[start - 2]) || tokens[start - 2].text == ")" {
      return nil
    }
    var counted: Int?
    var bracketed = false
    var index = start
    // "four greenhouse gases, A, B, C and D", "the five members (A, B, C, D and E)".
    if let countEnd = itemEnd(tokens, from: start), countEnd < tokens.count,
      tokens[countEnd].text == "," || tokens[countEnd].text == "(",
      let number = count(tokens, before: countEnd)
    {
      counted = number
      bracketed = tokens[countEnd].text == "("
      index = countEnd + 1
    } else if start > 0, tokens[start - 1].tag == .number || Lexicon.numberWords[tokens[start - 1].lower] != nil {
      return nil
    }
    var items: [Range<Int>] = []
    var spanStart = index
    var finished = false
    while let end = itemEnd(tokens, from: index, loose: counted != nil) {
      if items.isEmpty { spanStart = bracketed ? index - 1 : index }
      items.append(index..<end)
      index = end
      if !bracketed, let aside = asideEnd(tokens, at: index) { index = aside }
      if finished { break }
      guard index < tokens.count else { break }
      let word = tokens[index].lower
      if tokens[index].text == "," {
        if index + 1 < tokens.count, ["and", "or"].contains(tokens[index + 1].lower) {
          finished = true
          index += 2
        } else {
          index += 1
        }
      } else if word == "and" || word == "or" {
        finished = true
        index += 1
      } else if word == "as", index + 2 < tokens.count, tokens[index + 1].lower == "well",
        tokens[index + 2].lower == "as"
      {
        finished = true
        index += 3
      } else {
        break
      }
    }
    guard finished, let last = items.last, last.upperBound <= tokens.count, items.count >= 2 else { return nil }
    // The last item ends the list (its aside included), not the separator read after it.
    var spanEnd = last.upperBound
    if !bracketed, let aside = asideEnd(tokens, at: spanEnd) { spanEnd = aside }
    if bracketed {
      guard spanEnd < tokens.count, tokens[spanEnd].text == ")" else { return nil }
      spanEnd += 1
    }
    if let counted {
      guard counted == items.count else { return nil }
    } else if items.count < 3 {
      return nil
    }
    let texts = items.map { range -> String in
      let first = tokens[range.lowerBound].lower == "the" ? range.lowerBound + 1 : range.lowerBound
      return text[tokens[first].start..<tokens[range.upperBound - 1].end]
    }
    // One shape: all names, or all lower-case things of a few words, each ending in a noun.
    let capitalised = items.map { range in
      tokens[range].first { $0.lower != "the" }?.isCapitalized ?? false
    }
    if capitalised.allSatisfy({ $0 }) {
      // "Indonesia's president Sukarno" is a person described, not a name of the list.
      guard
        items.allSatisfy({ range in
          range.count <= maxNameWords + 1
            && tokens[range].allSatisfy {
              $0.isCapitalized || ["the", "of", "de", "del", "da", "von", "van", "."].contains($0.lower)
            }
        })
      else { return nil }
      if isOneName(tokens, items, after: spanStart) { return nil }
    } else if capitalised.allSatisfy({ !$0 }) {
      // "the planting of [trees, environmental conservation and ...]": after a bare "of", the first
      // item may be the whole "planting of trees".
      if spanStart > 0, tokens[spanStart - 1].lower == "of" { return nil }
      guard
        items.allSatisfy({ range in
          range.count <= maxCommonWords && (isNounLike(tokens[range.upperBound - 1]) || counted != nil)
        })
      else { return nil }
    } else {
      return nil
    }
    guard Set(texts.map { $0.lowercased() }).count == texts.count, items.count <= maxItems else { return nil }
    if counted == nil, hasUnsureEdges(tokens, spanStart..<spanEnd) { return nil }
    return SentenceEnumeration(items: texts, span: spanStart..<spanEnd, bracketed: bracketed)
  }

  /// Whether capitalised items are one name, or names run together, rather than a list: "Pact of
  /// [Amity, Trade and Mutual Aid]" (a head and "of" before items that are no names of their own
  /// and no heads, each an abstract noun), or "Marshals of the [Lomar Union Ivo Ket], Ana Bel and Ivo Dal" (a first item
  /// two words longer than every other item, all of one length, ran into the name before it).
  private static func isOneName(_ tokens: [Token], _ items: [Range<Int>], after start: Int) -> Bool {
    guard let first = items.first else { return false }
    let allAbstract = items.allSatisfy { NounNumber.isAbstract(tokens[$0.upperBound - 1].lower) }
    if allAbstract, start >= 2, tokens[start - 1].lower == "of", tokens[start - 2].isCapitalized,
      NameKind.headKind(tokens[start - 2].lower) != nil
    {
      return true
    }
    if first.count >= 3, let of = tokens[first].firstIndex(where: { $0.lower == "of" }), of > first.lowerBound,
      NameKind.headKind(tokens[of - 1].lower) != nil,
      items.allSatisfy({ range in
        tokens[range].allSatisfy { NameKind.headKind($0.lower) == nil || range == first }
          && NounNumber.isAbstract(tokens[range.upperBound - 1].lower)
      })
    {
      return true
    }
    let others = items.dropFirst().map(\.count)
    if let length = others.first, others.allSatisfy({ $0 == length }), first.count >= length + 2 { return true }
    return false
  }
}
