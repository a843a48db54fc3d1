import Foundation

/// Writes the prompt of a list card from the list's lead-in, resolving "Such threats include:" to
/// the phrase it points back to.
struct ListPrompt {
  let tokenizer: Tokenizer
  let cleaner: SentenceCleaner

  /// The prompt for `list`, with the number of items in it.
  func prompt(for list: DocumentOutline.List, fallback: String) -> String {
    let count = list.items.count
    guard var lead = list.leadIn, lead.utf8.count <= DocumentAnalysis.longestSentence else {
      return "Name the \(count) items listed under \u{201C}\(list.topic ?? fallback)\u{201D}."
    }
    lead = cleaner.dropConnective(Self.trimmingSpaces(lead))
    while let last = lead.last, ":.;,".contains(last) || last.fastIsWhitespace { lead.removeLast() }
    let tokens = tokenizer.tokens(of: lead)
    let words = tokens.map(\.lower)
    if let following = words.firstIndex(of: "following"), following > 0, words[following - 1] == "the",
      following + 1 < tokens.count
    {
      return followingPrompt(lead, tokens, theIndex: following - 1, count: count)
    }
    // "Such threats include:", "The main terms were:" name the items; "The grant covers:" does not.
    if let opener = words.first, ["such", "these", "those", "the"].contains(opener), tokens.count >= 3,
      let verb = tokens.lastIndex(where: { $0.tag == .verb || $0.tag == .auxiliary }), verb >= 2,
      Self.listingVerbs.contains(words[verb])
    {
      let chars = CharacterText(lead)
      let noun = chars[tokens[1].start..<tokens[verb - 1].end]
      let head = tokens[verb - 1].lower
      // "Name the 3 country's cultural heritage": only a plural names the items.
      guard tokens[1..<verb].contains(where: { $0.tag == .noun && NounNumber.isPlural($0.lower) }) else {
        return "Complete the list (\(count) items): \(lead) \u{2026}"
      }
      // "The league's organs are:" is "Name the league's 4 organs.", not "Name the 4 league's organs."
      if words[0] == "the", let mark = tokens[1..<verb].firstIndex(where: { $0.tag == .possessive }), mark + 1 < verb {
        let owner = chars[tokens[1].start..<tokens[mark].end]
        let owned = chars[tokens[mark + 1].start..<tokens[verb - 1].end]
        return "Name the \(owner) \(count) \(owned)."
      }
      let phrase = list.context.flatMap { resolve(head: head, in: $0) } ?? noun
      return "Name the \(count) \(phrase)."
    }
    // "The plan:" after "... adopted the Clear Waters Plan" names the plan.
    if tokens.count == 2, ["the", "this"].contains(words[0]), tokens[1].tag == .noun, let context = list.context,
      let name = name(endingWith: words[1], in: context)
    {
      return "Complete the list (\(count) items): The \(name) \u{2026}"
    }
    let resolved = cleaner.resolvePronoun(lead, previous: list.context) ?? lead
    let listing: Set<String> = ["are", "include", "includes", "were", "comprise", "comprises", "is"]
    let resolvedWords = resolved.split(separator: " ")
    if let last = resolvedWords.last, listing.contains(last.lowercased()), resolved.lowercased().hasPrefix("the "),
      resolvedWords.count >= 3, resolvedWords.dropLast().contains(where: { NounNumber.isPlural($0.lowercased()) })
    {
      let phrase = resolved.dropLast(last.count).trimmingCharacters(in: .whitespaces)
      return "Name " + phrase.prefix(1).lowercased() + phrase.dropFirst() + " (\(count))."
    }
    return "Complete the list (\(count) items): \(resolved) \u{2026}"
  }

  /// Verbs whose subject names the items of the list after them.
  private static let listingVerbs: Set<String> = [
    "include", "includes", "included", "are", "were", "is", "was", "comprise", "comprises", "involve", "involves",
  ]

  /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation's work when the text starts
  /// and ends with an ASCII character other than a space or tab (then nothing is trimmed).
  private static func trimmingSpaces(_ text: String) -> String {
    if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
      first != 0x20, first != 0x09, last != 0x20, last != 0x09
    {
      return text
    }
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// "Joint efforts should ensure the following ends for Iraq" becomes
  /// "Which 3 ends for Iraq should joint efforts ensure?"
  private func followingPrompt(_ lead: String, _ tokens: [Token], theIndex: Int, count: Int) -> String {
    let chars = CharacterText(lead)
    let thing = chars[tokens[theIndex + 2].start..<tokens[tokens.count - 1].end]
    let before = tokens[..<theIndex]
    if let modal = before.firstIndex(where: { Lexicon.modals.contains($0.lower) }), modal > 0,
      modal + 1 < theIndex, tokens[(modal + 1)..<theIndex].allSatisfy({ $0.tag == .verb || $0.tag == .noun })
    {
      var subject = chars[tokens[0].start..<tokens[modal - 1].end]
      if tokens[0].tag != .name && tokens[0].tag != .acronym, let first = subject.first {
        subject = first.lowercased() + subject.dropFirst()
      }
      let verbs = chars[tokens[modal + 1].start..<tokens[theIndex - 1].end]
      return "Which \(count) \(thing) \(tokens[modal].lower) \(subject) \(verbs)?"
    }
    return "\(lead) \u{2014} name the \(count)."
  }

  /// The first proper name in `context` whose last word is `head` ("Clear Waters Plan" for "plan").
  private func name(endingWith head: String, in context: String) -> String? {
    guard context.utf8.count <= DocumentAnalysis.longestSentence else { return nil }
    let tokens = tokenizer.tokens(of: context)
    guard let last = tokens.firstIndex(where: { $0.lower == head && $0.tag == .name }), last > 0 else { return nil }
    var first = last
    while first > 0, tokens[first - 1].tag == .name { first -= 1 }
    guard first < last else { return nil }
    return CharacterText(context)[tokens[first].start..<tokens[last].end]
  }

  /// The phrase in `context` headed by `head` with the phrases attached to it by prepositions,
  /// e.g. "new threats to global and regional peace and stability".
  func resolve(head: String, in context: String) -> String? {
    guard context.utf8.count <= DocumentAnalysis.longestSentence else { return nil }
    let tokens = tokenizer.tokens(of: context)
    let chars = CharacterText(context)
    guard let headIndex = tokens.firstIndex(where: { $0.lower == head && $0.isNominal }) else { return nil }
    var start = headIndex
    while start > 0, tokens[start - 1].isNominal { start -= 1 }
    var end = headIndex + 1
    while end + 1 < tokens.count, ["to", "of", "for", "in", "against", "on"].contains(tokens[end].lower) {
      var scan = end + 1
      if tokens[scan].tag == .determiner { scan += 1 }
      let phraseStart = scan
      while scan < tokens.count,
        tokens[scan].isNominal || tokens[scan].tag == .name
          || (["and", "or"].contains(tokens[scan].lower) && scan + 1 < tokens.count
            && (tokens[scan + 1].isNominal || tokens[scan + 1].tag == .name))
      {
        scan += 1
      }
      guard scan > phraseStart else { break }
      end = scan
    }
    // A relative clause right after the phrase belongs to it: "hazards that threaten coastal towns".
    if end + 1 < tokens.count, ["that", "which", "who"].contains(tokens[end].lower),
      tokens[end + 1].tag == .verb || tokens[end + 1].tag == .auxiliary
    {
      var scan = end + 1
      while scan < tokens.count, tokens[scan].tag != .punctuation, tokens[scan].tag != .quote { scan += 1 }
      end = scan
    }
    return chars[tokens[start].start..<tokens[end - 1].end]
  }
}
