/// Finds the spans of a tokenized sentence worth asking about: quoted terms, years and dates,
/// numbers, names and key noun phrases.
struct PhraseFinder {
  let tokens: [Token]
  let chars: CharacterText

  /// Creates a finder over a sentence and its tokens.
  init(sentence: String, tokens: [Token]) {
    self.chars = CharacterText(sentence)
    self.tokens = tokens
  }

  /// Every candidate fact, possibly overlapping.
  func facts() -> [Fact] {
    // Each kind is appended to one array, without an array per kind.
    var result: [Fact] = []
    quotedTerms(into: &result)
    numbers(into: &result)
    names(into: &result)
    nounPhrases(into: &result)
    actions(into: &result)
    return result
  }

  private func make(_ kind: FactKind, _ first: Int, _ end: Int, score: Double) -> Fact? {
    guard first < end, end <= tokens.count else { return nil }
    let start = tokens[first].start
    let stop = tokens[end - 1].end
    let text = chars[start..<stop]
    return Fact(kind: kind, text: text, start: start, end: stop, score: score, firstToken: first, endToken: end)
  }

  private func quotedTerms(into result: inout [Fact]) {
    var open: Int?
    for (index, token) in tokens.enumerated() where token.tag == .quote {
      if let start = open {
        let words = tokens[(start + 1)..<index].count(where: \.isWord)
        // "the world's “proven” oil reserves": one lower-case word in scare quotes before the
        // noun it qualifies is a manner of speaking, not a term ("“step-by-step” method" is one).
        let scareQuoted =
          words == 1 && index == start + 2 && !tokens[start + 1].isCapitalized && !tokens[start + 1].text.contains("-")
          && index + 1 < tokens.count
          && (start == 0 || !["as", "called", "termed", "named"].contains(tokens[start - 1].lower))
          && tokens[index + 1].tag == .noun && !tokens[index + 1].isCapitalized
        if (1...8).contains(words), !scareQuoted,
          let fact = make(.term, start + 1, index, score: ScoreWeights.quotedTerm)
        {
          result.append(fact)
        }
        open = nil
      } else if token.text != "\u{201D}" {
        open = index
      }
    }
  }

  private func numbers(into result: inout [Fact]) {
    var index = 0
    while index < tokens.count {
      guard tokens[index].tag == .number else {
        index += 1
        continue
      }
      var end = index + 1
      while end < tokens.count, tokens[end].tag == .number, tokens[end].lower != "one" { end += 1 }
      let text = tokens[index].lower
      // "1990-1992", one token: a span of years too.
      if end == index + 1, text.utf8.count == 9,
        case let halves = text.split(separator: "-", omittingEmptySubsequences: false),
        halves.count == 2, halves.allSatisfy({ isYear(String($0)) })
      {
        if let fact = make(.date, index, end, score: ScoreWeights.date) { result.append(fact) }
        index = end
        continue
      }
      // "about 1 in 4 households": the rate is one answer; its second number alone means nothing.
      if end == index + 1, index + 2 < tokens.count, tokens[index + 1].lower == "in", tokens[index + 2].tag == .number,
        !isYear(text), !isYear(tokens[index + 2].lower), text.utf8.count <= 3, tokens[index + 2].lower.utf8.count <= 3
      {
        if let fact = make(.number, index, index + 3, score: ScoreWeights.number) { result.append(fact) }
        index += 3
        continue
      }
      if end == index + 1, isYear(text), let last = yearRangeEnd(from: index) {
        // "a drought in 1983–1985": the span of years is one answer; either half alone is a meaningless gap.
        if let fact = make(.date, index, last, score: ScoreWeights.date) { result.append(fact) }
        index = last
        continue
      }
      if end == index + 1, isYear(text) {
        result.append(contentsOf: yearOrDate(at: index))
      } else {
        var kind = FactKind.number
        var score = ScoreWeights.number
        let span = tokens[index..<end].map(\.lower)
        let isMoney = text.unicodeScalars.first.map { Tokenizer.isCurrency($0.value) } ?? false
        if isMoney || span.contains(where: { $0.hasSuffix("%") || $0 == "percent" }) {
          kind = isMoney ? .amount : .percentage
        } else if end < tokens.count, ["percent", "per"].contains(tokens[end].lower) {
          kind = .percentage
          end += tokens[end].lower == "per" && end + 1 < tokens.count && tokens[end + 1].lower == "cent" ? 2 : 1
        } else {
          // "dropped from 4,100 in 2013 to 900": the two ends of a change count what the sentence is about.
          let counted =
            end < tokens.count && (tokens[end].isNominal || tokens[end].tag == .name)
            || (index > 0 && ["from", "to"].contains(tokens[index - 1].lower))
          let spelled = Lexicon.numberWords[text] != nil
          if spelled && !counted { score = 0 }
          // "the Three Years' War": a capitalised number word inside a sentence belongs to a name.
          if spelled, index > 0, tokens[index].isCapitalized, tokens[index - 1].text != ":" { score = 0 }
          if !spelled && !counted { score = ScoreWeights.uncountedNumber }
          // "on 21 June 2011": the day belongs to the date, found as such.
          if end < tokens.count, tokens[end].isCapitalized, Lexicon.months.contains(tokens[end].lower),
            tokens[index].text.count <= 2
          {
            score = 0
          }
          if index > 0 && [.name, .acronym].contains(tokens[index - 1].tag) {
            score = min(score, ScoreWeights.numberAfterName)
          }
          // "all three parties" counts what was already said; "the four sponsors" a little less so.
          if index > 0, ["all", "both", "these", "those"].contains(tokens[index - 1].lower) {
            score += ScoreWeights.recountedNumber
          }
          if spelled, index > 0, tokens[index - 1].lower == "the" { score += ScoreWeights.definiteNumberWord }
          if index > 0, Lexicon.months.contains(tokens[index - 1].lower), tokens[index - 1].isCapitalized,
            tokens[index].text.count <= 2
          {
            kind = .date
            score = ScoreWeights.date
            result.append(contentsOf: make(kind, index - 1, end, score: score).map { [$0] } ?? [])
            index = end
            continue
          }
        }
        // "US$2.4 million": the letters joined to the currency sign name the currency.
        let first =
          kind == .amount && index > 0 && tokens[index - 1].end == tokens[index].start
            && tokens[index - 1].text.count <= 3 && tokens[index - 1].text.allSatisfy(\.fastIsUppercase)
          ? index - 1 : index
        if score > 0, let fact = make(kind, first, end, score: score) { result.append(fact) }
      }
      index = end
    }
  }

  /// The end of "1983–1985" when the year at `index` opens such a span written without spaces.
  private func yearRangeEnd(from index: Int) -> Int? {
    guard index + 2 < tokens.count, ["\u{2013}", "-", "\u{2014}"].contains(tokens[index + 1].text),
      tokens[index + 1].start == tokens[index].end, tokens[index + 2].start == tokens[index + 1].end,
      tokens[index + 2].tag == .number, isYear(tokens[index + 2].lower)
    else { return nil }
    return index + 3
  }

  private func isYear(_ text: String) -> Bool {
    let digits = text.hasSuffix("s") ? String(text.dropLast()) : text
    guard digits.count == 4, digits.allSatisfy(\.fastIsNumber), let value = Int(digits) else { return false }
    return (1000...2100).contains(value)
  }

  private func yearOrDate(at index: Int) -> [Fact] {
    var first = index
    if first >= 1, Lexicon.months.contains(tokens[first - 1].lower), tokens[first - 1].isCapitalized {
      first -= 1
      if first >= 1, tokens[first - 1].tag == .number, tokens[first - 1].text.count <= 2 {
        first -= 1
        // "18–24 April 1955", "from 4 to 11 May": the span of days is one answer.
        if first >= 2, ["\u{2013}", "-", "to"].contains(tokens[first - 1].lower), tokens[first - 2].tag == .number,
          tokens[first - 2].text.count <= 2
        {
          first -= 2
        }
      }
    } else if first >= 3, tokens[first - 1].text == ",", tokens[first - 2].tag == .number,
      Lexicon.months.contains(tokens[first - 3].lower)
    {
      first -= 3
    }
    // "As of 2023, the convention has 23 parties": the date only says when the count held.
    let asOf = first >= 2 && tokens[first - 1].lower == "of" && tokens[first - 2].lower == "as"
    if first < index,
      let date = make(.date, first, index + 1, score: asOf ? ScoreWeights.datingYear : ScoreWeights.fullDate)
    {
      return [date]
    }
    // "from 4,100 in 2013": the year dates the number, which is the fact.
    let datesANumber = index >= 2 && tokens[index - 1].lower == "in" && tokens[index - 2].tag == .number
    return make(.year, index, index + 1, score: datesANumber || asOf ? ScoreWeights.datingYear : ScoreWeights.year).map
    { [$0] } ?? []
  }

  private func names(into result: inout [Fact]) {
    var index = 0
    while index < tokens.count {
      let tag = tokens[index].tag
      guard tag == .name || tag == .acronym else {
        index += 1
        continue
      }
      if Lexicon.months.contains(tokens[index].lower),
        index + 1 == tokens.count || tokens[index + 1].tag != .name
      {
        // "May 1933" is part of a date; "usually in October" is a date of its own.
        let next = index + 1 < tokens.count ? tokens[index + 1].tag : .punctuation
        let full = tokens[index].lower.count >= 4 || tokens[index].lower == "may"
        if full, next != .number, index == 0 || tokens[index - 1].tag != .number,
          let fact = make(.date, index, index + 1, score: ScoreWeights.month)
        {
          result.append(fact)
        }
        index += 1
        continue
      }
      // "(Art. 9)", "Dr. Osei": an abbreviation with its period is no name to ask about.
      if index + 1 < tokens.count, tokens[index + 1].text == ".", tokens[index + 1].start == tokens[index].end,
        Lexicon.abbreviations.contains(tokens[index].lower)
      {
        index += 1
        continue
      }
      var end = nameEnd(from: index)
      if end - index <= 2, tokens[index..<end].allSatisfy({ $0.tag == .name }) { end = seriesEnd(from: end) }
      // "the Three Years' War": a capitalised number word inside a sentence opens the name.
      var first = index
      if first > 1, tokens[first - 1].tag == .number, tokens[first - 1].isCapitalized,
        Lexicon.numberWords[tokens[first - 1].lower] != nil
      {
        first -= 1
      }
      // "the International Stabilization forces": a lower-case organisation word ends the name.
      if tag != .acronym || end - first > 1, end < tokens.count, !tokens[end].isCapitalized,
        tokens[end].tag == .noun || tokens[end].tag == .verb, NameKind.isOrganisationHead(tokens[end].lower)
      {
        end += 1
      }
      // "Israel and Palestine" stays one name; "UN and its Security Council" does not (a determiner breaks).
      let words = tokens[first..<end].map(\.lower)
      var kind = end - first == 1 && tag == .acronym ? FactKind.acronym : NameKind.kind(of: words)
      if kind == .name, isNationality(first, end) {
        // "the Sardelian delegation": an adjective of a people, not a name to ask about.
        if let fact = make(.phrase, first, end, score: ScoreWeights.nationality) { result.append(fact) }
        index = end
        continue
      }
      // "in Halvik", "the port of Selby": a name after a preposition of place, or after a place
      // word and "of", is a place.
      if kind == .name, first > 0, Self.placePrepositions.contains(tokens[first - 1].lower),
        !["ish", "ese", "ian"].contains(where: { NounNumber.hasSuffix(words[words.count - 1], $0) })
      {
        kind = .place
      }
      if kind == .name, first > 1, tokens[first - 1].lower == "of", !tokens[first - 2].isCapitalized,
        NameKind.isPlaceHead(tokens[first - 2].lower)
      {
        kind = .place
      }
      // "the river Dran", "the town Ebersfeld".
      if kind == .name, first > 0, !tokens[first - 1].isCapitalized, NameKind.isPlaceHead(tokens[first - 1].lower) {
        kind = .place
      }
      // "English and French": peoples or languages, not places; asked without a hint or options.
      if kind == .name, words.contains("and"),
        words.allSatisfy({ word in word == "and" || Self.peopleEndings.contains { NounNumber.hasSuffix(word, $0) } })
      {
        kind = .phrase
      }
      // "Article 11", "Chapter 7": the number is what names the part; the word alone is no answer.
      if kind == .document, end - first == 1, end < tokens.count, tokens[end].tag == .number,
        tokens[end].start == tokens[end - 1].end + 1
      {
        end += 1
      }
      var score = end - first > 1 ? ScoreWeights.longName : ScoreWeights.shortName
      // A name that only modifies what follows ("Iran's nuclear program") is rarely the point.
      if end < tokens.count, tokens[end].tag == .possessive { score += ScoreWeights.possessiveName }
      // A name in quotes ("Merrow Spirit") is the quoted term, found as such.
      let quoted = first > 0 && end < tokens.count && tokens[first - 1].tag == .quote && tokens[end].tag == .quote
      if !quoted, let fact = make(kind, first, end, score: score) { result.append(fact) }
      index = end
    }
  }

  private func nounPhrases(into result: inout [Fact]) {
    var index = 0
    while index < tokens.count {
      guard tokens[index].isNominal else {
        index += 1
        continue
      }
      var end = index
      while end < tokens.count {
        let token = tokens[end]
        if token.isNominal {
          end += 1
        } else if (token.lower == "and" || token.lower == "or"), end + 1 < tokens.count, tokens[end + 1].isNominal,
          end > index
        {
          end += 1
        } else {
          break
        }
      }
      // "Historians credit the method": before any verb, a word followed by an article is the verb.
      var phraseEnd = end
      if end - index >= 2, end < tokens.count, tokens[end].tag == .determiner, tokens[end - 1].tag == .noun,
        ["the", "a", "an"].contains(tokens[end].lower),
        !tokens[..<index].contains(where: { $0.tag == .verb || $0.tag == .auxiliary })
      {
        phraseEnd -= 1
      }
      for segment in NounPhraseShaper.segments(tokens, index, phraseEnd) {
        if let fact = nounPhraseFact(segment.lowerBound, segment.upperBound) { result.append(fact) }
      }
      index = max(end, index + 1)
    }
  }

  private func nounPhraseFact(_ first: Int, _ end: Int) -> Fact? {
    var end = end
    var words = end - first
    // A single noun followed by "of" takes its complement: "signs of commitment".
    if words == 1, end + 1 < tokens.count, tokens[end].lower == "of" {
      var scan = end + 1
      if scan < tokens.count, ["the", "a", "an"].contains(tokens[scan].lower) { scan += 1 }
      var stop = scan
      while stop < tokens.count, tokens[stop].isNominal, stop - scan < 4 { stop += 1 }
      if stop > scan, tokens[stop - 1].tag == .noun { end = stop }
      words = tokens[first..<end].count(where: \.isWord)
    }
    let head = tokens[end - 1]
    guard head.tag == .noun || (head.tag == .participle && head.lower.hasSuffix("ing") && words > 1) else {
      return nil
    }
    var score = ScoreWeights.nounPhrase
    if words >= 2 { score += ScoreWeights.twoWordPhrase }
    if words >= 3 { score += ScoreWeights.threeWordPhrase }
    if words > 6 { score += ScoreWeights.longPhrase }
    if tokens[first..<end].contains(where: { $0.tag == .adjective }) { score += ScoreWeights.adjectivePhrase }
    if words == 1 {
      score += ScoreWeights.oneWordPhrase
      if Lexicon.vagueNouns.contains(head.lower) || head.lower.count < 5 { return nil }
      // A lone common word ("its [success]") is a gap any noun could fill, never a card; it is
      // still found, as a pronoun's antecedent. A compound ("non-proliferation") is a term, and a
      // bare object ("provides [grants]") is what its verb does.
      // "a system of shared [revenues]": a verb form right after a preposition or an article
      // describes the noun; it is not the sentence's verb.
      let isObject =
        first > 0 && tokens[first - 1].tag == .verb && head.lower.utf8.count >= 6
        && !(first > 1 && [.preposition, .determiner, .possessive].contains(tokens[first - 2].tag))
      if !head.lower.utf8.contains(0x2D) && !isObject { return make(.phrase, first, end, score: 0) }
    }
    if Lexicon.vagueNouns.contains(head.lower) && words <= 2 { score += ScoreWeights.vaguePhrase }
    // Objects after the verb carry the new information more often than subjects.
    if tokens[..<first].contains(where: { $0.tag == .verb || $0.tag == .auxiliary }) {
      score += ScoreWeights.objectPhrase
    }
    // "these new threats" points back to something said before; it is not new information.
    if first > 0, ["this", "these", "those", "that", "such"].contains(tokens[first - 1].lower) {
      score += ScoreWeights.pointingBackPhrase
    }
    // English puts new information last: the end of a sentence is its focus.
    score += ScoreWeights.sentenceFocus * Double(end) / Double(max(1, tokens.count))
    return make(.phrase, first, end, score: score)
  }

  private func actions(into result: inout [Fact]) {
    for index in tokens.indices.dropLast() {
      let adverb = tokens[index]
      let verb = tokens[index + 1]
      guard adverb.tag == .adverb, adverb.lower.hasSuffix("ly"),
        verb.tag == .verb || verb.tag == .participle, verb.lower.hasSuffix("ed")
      else { continue }
      if index > 0, tokens[index - 1].tag == .auxiliary { continue }
      if let fact = make(.action, index, index + 2, score: ScoreWeights.action) { result.append(fact) }
    }
    // "was too vague to be enforced": the judgement is the point of the sentence.
    for index in tokens.indices.dropLast()
    where tokens[index + 1].tag == .adjective && tokens[index].tag == .adverb && tokens[index].lower == "too" {
      if let fact = make(.phrase, index, index + 2, score: ScoreWeights.judgement) { result.append(fact) }
    }
  }
}
