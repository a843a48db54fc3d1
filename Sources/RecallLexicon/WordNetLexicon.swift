import CWordNet
import Foundation
import RecallCore

/// WordNet 3.0 (Debian's `wordnet-base` data through `libwordnet`) behind one Swift type: lemmas,
/// parts of speech and the category of a noun or name. The C library keeps static buffers and
/// open files for the whole process, so every call, from any lexicon, goes through one lock;
/// answers are remembered, since a document asks about the same words again and again.
public final class WordNetLexicon: EnglishLexicon, @unchecked Sendable {
  /// One lock for the process: the C library's buffers are shared by every instance.
  private static let library = NSLock()
  private var lock: NSLock { Self.library }
  private var lemmas: [String: String?] = [:]
  private var parts: [String: PartsOfSpeech] = [:]
  private var categories: [String: NounCategory?] = [:]
  /// `morphstr`'s answer for each (WordNet key, part of speech): `lemma`, `partsOfSpeech` and
  /// `category` ask it about the same words, and each call reads many lines of the database.
  private var bases: [MorphKey: String?] = [:]

  /// A word as WordNet spells it, with a part of speech.
  private struct MorphKey: Hashable {
    var key: String
    var pos: Int32
  }

  /// How many levels of hypernyms are read to find a category.
  private static let maxDepth = 10

  /// Opens the WordNet database, or returns nil when it is not installed (the generator then
  /// falls back on its own word lists).
  public init?() {
    guard Self.open() else { return nil }
  }

  /// `wninit` runs once per process, whatever number of lexicons are made; its index and data
  /// files are then read from memory (the same library code, without a system call per step of
  /// its binary searches).
  private static let opened: Bool = {
    guard wninit() == 0 else { return false }
    recall_wordnet_read_from_memory()
    return true
  }()
  private static func open() -> Bool { opened }

  /// The base form of `word`, or nil when it is unknown or already a base form.
  public func lemma(of word: String) -> String? {
    guard word.utf8.count <= Self.longestWord else { return nil }
    return lock.withLock {
      if let known = lemmas[word] { return known }
      var found: String?
      for pos in [recall_wordnet_noun, recall_wordnet_verb, recall_wordnet_adjective] where found == nil {
        found = morph(word, pos: pos)
      }
      if found == word { found = nil }
      lemmas[word] = found
      return found
    }
  }

  /// The parts of speech `word` can have, its inflections included ("treaties" is a noun).
  public func partsOfSpeech(of word: String) -> PartsOfSpeech {
    guard word.utf8.count <= Self.longestWord else { return [] }
    return lock.withLock {
      if let known = parts[word] { return known }
      let key = Self.key(word)
      var result: PartsOfSpeech = []
      let table: [(Int32, PartsOfSpeech)] = [
        (recall_wordnet_noun, .noun), (recall_wordnet_verb, .verb), (recall_wordnet_adjective, .adjective),
        (recall_wordnet_adverb, .adverb),
      ]
      for (pos, part) in table {
        let defined = Self.withBuffer(key) { in_wn($0, pos) } != 0
        if defined || morph(key, pos: pos) != nil { result.insert(part) }
      }
      parts[word] = result
      return result
    }
  }

  /// The category of `phrase`: read from the lexicographer file of its first sense (of its first
  /// sense written with a capital when the phrase is), refined by the classes above it.
  public func category(of phrase: String) -> NounCategory? {
    guard phrase.utf8.count <= Self.longestWord else { return nil }
    return lock.withLock {
      if let known = categories[phrase] { return known }
      let found = lookUpCategory(phrase)
      categories[phrase] = found
      return found
    }
  }

  private func lookUpCategory(_ phrase: String) -> NounCategory? {
    var key = Self.key(phrase)
    if Self.withBuffer(key, { in_wn($0, recall_wordnet_noun) }) == 0 {
      guard let base = morph(key, pos: recall_wordnet_noun) else { return nil }
      key = base
    }
    let wantsCapital = phrase.first?.isUppercase ?? false
    guard
      let senses = Self.withBuffer(
        key,
        {
          findtheinfo_ds($0, recall_wordnet_noun, recall_wordnet_hypernym, recall_wordnet_all_senses)
        })
    else { return nil }
    defer { free_syns(senses) }
    var chosen: UnsafeMutablePointer<Synset>? = senses
    if wantsCapital {
      var sense: UnsafeMutablePointer<Synset>? = senses
      while let current = sense {
        if let word = Self.headword(current), word.first?.isUppercase == true {
          chosen = current
          break
        }
        sense = current.pointee.nextss
      }
    }
    guard let synset = chosen else { return nil }
    let classes = Self.ancestorWords(synset)
    switch synset.pointee.fnum {
    case 18:
      // "Braille" is a man and a script: a name that is also a common word is no sure person.
      if wantsCapital, Self.hasLowercaseSense(senses) { return nil }
      return .person
    case 14: return .organisation
    case 15:
      // A capital is a city even though a country is among the classes above it.
      if classes.contains(where: { ["city", "town", "national_capital", "port", "municipality"].contains($0) }) {
        return .city
      }
      // "New Mexico" is an American state, a part of a country: "state" alone names no country.
      if classes.contains(where: { ["country", "nation", "kingdom", "republic"].contains($0) }) {
        return .country
      }
      return .place
    case 11: return .event
    case 4: return classes.contains(where: { ["war", "military_action", "battle"].contains($0) }) ? .event : nil
    case 10:
      if classes.contains("language") { return .language }
      if classes.contains(where: { ["document", "written_agreement", "writing", "law"].contains($0) }) {
        return .document
      }
      return nil
    case 28: return .time
    default: return nil
    }
  }

  /// Whether any sense in the list spells the word in lower case.
  private static func hasLowercaseSense(_ senses: UnsafeMutablePointer<Synset>) -> Bool {
    var sense: UnsafeMutablePointer<Synset>? = senses
    while let current = sense {
      if let word = headword(current), word.first?.isLowercase == true { return true }
      sense = current.pointee.nextss
    }
    return false
  }

  /// The sense's own spelling of the word looked up.
  private static func headword(_ synset: UnsafeMutablePointer<Synset>) -> String? {
    let index = Int(synset.pointee.whichword) - 1
    guard index >= 0, index < Int(synset.pointee.wcount), let words = synset.pointee.words,
      let word = words[index]
    else { return nil }
    return String(cString: word)
  }

  /// The words of the classes above `synset` (its hypernyms, or the class it is an instance of),
  /// up to `maxDepth` levels, lower-cased.
  private static func ancestorWords(_ synset: UnsafeMutablePointer<Synset>) -> Set<String> {
    var words = Set<String>()
    var frontier: [Int] = parents(synset)
    var depth = 0
    while !frontier.isEmpty, depth < maxDepth {
      var next: [Int] = []
      for offset in frontier {
        guard let parent = withBuffer("", { read_synset(recall_wordnet_noun, offset, $0) }) else { continue }
        if let list = parent.pointee.words {
          for index in 0..<Int(parent.pointee.wcount) {
            if let word = list[index] { words.insert(String(cString: word).lowercased()) }
          }
        }
        next += parents(parent)
        free_synset(parent)
      }
      frontier = Array(next.prefix(4))
      depth += 1
    }
    return words
  }

  /// The offsets of a synset's hypernyms and instance classes.
  private static func parents(_ synset: UnsafeMutablePointer<Synset>) -> [Int] {
    var result: [Int] = []
    let count = Int(synset.pointee.ptrcount)
    guard let types = synset.pointee.ptrtyp, let offsets = synset.pointee.ptroff else { return [] }
    for index in 0..<count where types[index] == recall_wordnet_hypernym || types[index] == recall_wordnet_instance {
      result.append(offsets[index])
    }
    return result
  }

  /// WordNet's spelling of a phrase: lower case, words joined by underscores.
  private static func key(_ phrase: String) -> String {
    phrase.lowercased().split(separator: " ").joined(separator: "_")
  }

  /// The base form `morphstr` gives for `word` as a `pos`, copied out of its static buffer and
  /// remembered. Called with the lock held.
  private func morph(_ word: String, pos: Int32) -> String? {
    let key = MorphKey(key: Self.key(word), pos: pos)
    if let known = bases[key] { return known }
    if Self.hasNoBase(key.key, pos: pos) {
      bases[key] = .some(nil)
      return nil
    }
    let found = Self.withBuffer(key.key) { buffer in morphstr(buffer, pos).map { String(cString: $0) } }
    bases[key] = found
    return found
  }

  /// Whether `morphstr` surely finds no base form of `key` as a `pos`, without asking it: a single
  /// word (no "_" or "-") that no exception list of `pos` starts a line with, and that ends in none
  /// of the suffixes its rules strip ("s", "ses", "xes", "zes", "ches", "shes", "men", "ies", "es",
  /// "ed", "ing", "er", "est", and "ful" for nouns). Then `morphstr` only looks the word up in the
  /// exception list (a binary search in a file, two system calls a step) and returns nothing;
  /// most words of a document are such words.
  private static func hasNoBase(_ key: String, pos: Int32) -> Bool {
    guard let exceptions = exceptionWords[pos], !exceptions.contains(key) else { return false }
    let bytes = key.utf8
    // A zero byte would end the word the library sees early.
    if bytes.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == 0 }) { return false }
    return !ruleEndings.contains { ending in
      bytes.count >= ending.utf8.count && bytes.suffix(ending.utf8.count).elementsEqual(ending.utf8)
    }
  }

  /// Every suffix `morphstr`'s rules strip ends in one of these (and nouns in "ful" are split first).
  private static let ruleEndings = ["s", "men", "ed", "ing", "er", "est", "ful"]

  /// The first word of each line of every exception list (`noun.exc` and the like) by part of
  /// speech, read from the folder the library reads; a list that cannot be read is left out, and
  /// `morphstr` is then always asked.
  private static let exceptionWords: [Int32: Set<String>] = {
    guard let directory = recall_wordnet_directory().map({ String(cString: $0) }) else { return [:] }
    var result: [Int32: Set<String>] = [:]
    let lists = [
      (recall_wordnet_noun, "noun"), (recall_wordnet_verb, "verb"), (recall_wordnet_adjective, "adj"),
      (recall_wordnet_adverb, "adv"),
    ]
    for (pos, name) in lists {
      guard let data = FileManager.default.contents(atPath: directory + "/" + name + ".exc") else { continue }
      var words = Set<String>()
      for line in data.split(separator: UInt8(ascii: "\n")) {
        words.insert(String(decoding: line.prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self))
      }
      result[pos] = words
    }
    return result
  }()

  /// The longest word handed to the C library: it copies words into fixed buffers of 256 bytes
  /// (`WORDBUF`), and no English word or name it knows is anywhere near this long.
  static let longestWord = 100

  /// Calls `body` with a writable C copy of `text` (the C functions take `char *`); a text too
  /// long for the library's buffers is handed over as the empty string, which it knows nothing of.
  private static func withBuffer<Result>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) -> Result) -> Result {
    var bytes = text.utf8.count > longestWord ? [CChar(0)] : Array(text.utf8CString)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      // The array holds at least the terminating zero, so it has a first element.
      body(buffer.baseAddress.unsafelyUnwrapped)
    }
  }
}
