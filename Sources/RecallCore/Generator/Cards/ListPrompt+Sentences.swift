/// Prompts of list cards made from a sentence's enumeration or a fact-sheet field.
extension ListPrompt {
  /// "Complete the list (5 items): The conference was organized by …" for the enumeration of
  /// `sentence`, or nil when the prompt would not stand alone, would be too long, or would show an
  /// item.
  func prompt(
    for enumeration: SentenceEnumeration, in sentence: DocumentOutline.Sentence, tokens: [Token],
    subject: CardRules.SubjectPronouns
  ) -> String? {
    let chars = CharacterText(sentence.text)
    let span = enumeration.span
    guard span.lowerBound > 0 else { return nil }
    var before = chars[..<tokens[span.lowerBound].start]
    while before.last?.fastIsWhitespace == true { before.removeLast() }
    var after = chars[tokens[span.upperBound - 1].end...]
    // "... and Pakistan and was coordinated by ...", "..., which ...": a second predicate or a
    // relative clause after the list is left out.
    let next = span.upperBound
    if next + 1 < tokens.count {
      let first = tokens[next].lower
      let second = tokens[next + 1]
      let predicate = second.tag == .verb || second.tag == .auxiliary || second.tag == .participle
      if (["and", "or"].contains(first) && predicate)
        || (first == "," && ["which", "who", "where", "and"].contains(second.lower))
      {
        after = "."
      }
    }
    let gap = enumeration.bracketed ? " (\u{2026})" : " \u{2026}"
    // Asides outside the list go: "Bolívar (24 July 1783 – 17 December 1830) was ...".
    let tail = TextScan.trimmed(FieldList.withoutBrackets(after))
    let rest = tail.isEmpty || tail == "." ? "" : (tail.first == "," ? "" : " ") + tail
    var body = FieldList.withoutBrackets(before) + gap + rest
    body = cleaner.dropConnective(body)
    // "He led ..." in a biography names its subject; an "It" is resolved only to the document's
    // subject ("It was drafted" to "The Treaty was drafted", never "Its aims" to "The role of
    // the organization's aims"), otherwise left to the context check.
    let opening = TextScan.firstWord(body)
    if ["he", "she", "his", "her", "it", "its"].contains(opening),
      let resolved = cleaner.resolvePronoun(body, previous: sentence.previous),
      !["it", "its"].contains(opening) || namesSubject(resolved)
    {
      body = resolved
    }
    let bodyTokens = tokenizer.tokens(of: body)
    guard bodyTokens.count(where: \.isWord) <= CardRules.maxPromptWords,
      CardRules.contextProblem(tokens: bodyTokens, subject: subject) == nil,
      let first = bodyTokens.first, !Lexicon.danglingStarts.contains(first.lower),
      Lexicon.backReferenceOpening(bodyTokens) == nil
    else { return nil }
    // The items must not stand in the prompt ("..., the Ministry of Foreign Affairs of Indonesia").
    let folded = TextNormalizer.fold(body)
    guard !enumeration.items.contains(where: { TextNormalizer.containsWords(folded, TextNormalizer.fold($0)) })
    else { return nil }
    return "Complete the list (\(enumeration.items.count) items): \(body)"
  }

  /// Whether `text` opens with the document's subject or a word of its name ("The Treaty" for
  /// "the Treaty of Waitangi").
  private func namesSubject(_ text: String) -> Bool {
    guard let subject = cleaner.mainSubject, subject.reference == .it else { return false }
    let names = Set(subject.name.split(separator: " ").filter { $0.first?.fastIsUppercase == true })
    return text.split(separator: " ").prefix(3).contains { names.contains($0) }
  }

  /// "Name the 13 natural resources of Mongolia." for a field labelled `label` of a document
  /// titled `title` (a short name) or about `subject` (when the field stands under the title
  /// itself), or "... listed under “Profile”." otherwise.
  static func fieldPrompt(label: String, count: Int, topic: String?, title: String, subject: String?) -> String {
    let words = label.split(separator: " ")
    let named = words.enumerated().map { index, word in
      // "Border countries" reads "border countries"; a name inside the label keeps its capital.
      index == 0 && !(word.dropFirst().contains(where: \.fastIsUppercase)) ? word.lowercased() : String(word)
    }
    let thing = named.joined(separator: " ")
    if MainSubject.isNameLike(title), title.split(separator: " ").count <= 3 {
      return "Name the \(count) \(thing) of \(title)."
    }
    // Under the title itself, the fields are the subject's ("the Caldera Convention ...").
    if topic == nil || topic == title, MainSubject.isNameLike(title) {
      let owner = subject.flatMap { $0 == title || $0 == "the " + title ? $0 : nil } ?? title
      return "Name the \(count) \(thing) of \(owner)."
    }
    return "Name the \(count) \(thing) listed under \u{201C}\(topic ?? title)\u{201D}."
  }
}
