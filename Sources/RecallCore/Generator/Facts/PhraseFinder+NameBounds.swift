/// Where a name found by `PhraseFinder` begins and ends, and what its neighbours say of its kind:
/// connectors and particles inside names, titles before a person's name, series of names,
/// peoples' adjectives and places after prepositions.
extension PhraseFinder {
  /// Prepositions after which a bare name is a place.
  static let placePrepositions: Set<String> = ["in", "near", "across", "throughout", "into", "inside"]

  /// Endings of adjectives of peoples and places: Asian, Sardelian, Japanese, Iraqi, Turkish.
  static let nationalityEndings = ["an", "ese", "ish", "i"]

  /// Endings of the names of peoples and languages: English, French, Japanese, Russian, Arabic.
  static let peopleEndings = ["ish", "ese", "ch", "ian", "man", "ic"]

  /// Whether the name `tokens[first..<end]` is an adjective of a people before a common noun.
  func isNationality(_ first: Int, _ end: Int) -> Bool {
    guard end < tokens.count, tokens[end].isNominal, !tokens[end].isCapitalized else { return false }
    let last = tokens[end - 1].lower
    return last.utf8.count > 3 && Self.nationalityEndings.contains { NounNumber.hasSuffix(last, $0) }
  }

  /// Lower-case words that may join the words of one name.
  static let nameConnectors: Set<String> = nameParticles.union(["of", "for", "on", "and", "the"])

  /// Lower-case words inside a family name ("von Saal", "de la Cruz").
  static let nameParticles: Set<String> = ["de", "la", "du", "des", "von", "van"]

  /// The end of the name that starts at `index`: names joined by "of", "for", "and"...
  func nameEnd(from index: Int) -> Int {
    let connectors = Self.nameConnectors
    var end = index + 1
    var scan = end
    while scan < tokens.count {
      let token = tokens[scan]
      if token.tag == .name || token.tag == .acronym {
        scan += 1
        end = scan
      } else if token.lower == "and", scan + 1 < tokens.count, tokens[scan + 1].tag != .name {
        // "Israel and Palestine" is one name; "the Republic of X and the Kingdom of Y" two.
        break
      } else if connectors.contains(token.lower) && !token.isCapitalized && scan + 1 < tokens.count {
        // "Chancellor Otto Brenner for Varnia": a title with a person's name is complete.
        // "Baron Ulrich von Saal": a particle of a family name goes on with the person's name.
        if isPersonsName(index, end), !Self.nameParticles.contains(token.lower) { break }
        // "an Honorary Councillor of the Caldera Forum": a name after "a" or "an" whose last word
        // is of no known kind is one of many (a rank or role); the name after its "of" is the
        // thing named. "a Committee of the Five", "a Governor of Ostmark" stay one name.
        if token.lower == "of", index > 0, ["a", "an"].contains(tokens[index - 1].lower),
          NameKind.headKind(tokens[end - 1].lower) == nil
        {
          break
        }
        scan += 1
      } else if token.text == ".", tokens[scan - 1].text.utf8.count == 1, tokens[scan - 1].isCapitalized,
        scan + 1 < tokens.count, tokens[scan + 1].tag == .name
      {
        // "E. M. Carrow": an initial's period goes on with the name.
        scan += 1
      } else if token.tag == .possessive, token.text.unicodeScalars.count == 1, scan + 1 < tokens.count,
        tokens[scan + 1].tag == .name
      {
        // "the Three Years' War": a plural possessive inside a name.
        scan += 1
      } else {
        break
      }
    }
    return end
  }

  /// Whether `tokens[first..<end]` is a title followed by a person's name ("Count Elias Morr").
  func isPersonsName(_ first: Int, _ end: Int) -> Bool {
    guard end - first >= 2, NameKind.headKind(tokens[end - 1].lower) == nil,
      let title = tokens[first..<(end - 1)].lastIndex(where: { NameKind.headKind($0.lower) == .person })
    else { return false }
    // "Chief Inspector of Borders" is a title still being named; "Chancellor Otto Brenner" is a person.
    return tokens[(title + 1)..<end].allSatisfy { $0.tag == .name }
  }

  /// "Ukraine, Kyrgyzstan and Uzbekistan", "the United States, China and Russia": the end of a
  /// series of short plain names that starts with the one ending at `end`, or `end` when no series
  /// ending in "and" follows.
  func seriesEnd(from end: Int) -> Int {
    var scan = end
    while scan + 2 < tokens.count, tokens[scan].text == "," {
      let start = tokens[scan + 1].lower == "and" ? scan + 2 : scan + 1
      guard tokens[start].tag == .name else { return end }
      let next = nameEnd(from: start)
      let run = tokens[start..<next]
      let ands = run.count { $0.lower == "and" }
      // Each item is one or two names; a connector such as "of" makes it a name of its own kind.
      guard run.allSatisfy({ $0.tag == .name || $0.lower == "and" }), run.count - ands <= 2 + ands * 2 else {
        return end
      }
      if start == scan + 2 { return ands == 0 && run.count <= 2 ? next : end }
      if ands == 1 { return run.count <= 5 ? next : end }
      guard ands == 0, run.count <= 2 else { return end }
      scan = next
    }
    return end
  }
}
