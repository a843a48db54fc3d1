/// The content words of a card's prompt, as the near-duplicate check compares them: a set of
/// words kept as one array sorted by `WordKey.hash`, smaller than a `Set<String>` and compared by
/// walking both arrays once.
struct PromptWords {
  /// A word with its hash.
  struct Entry {
    var hash: UInt64
    var word: String
  }

  /// The words, each once, sorted by hash.
  private var entries: [Entry]

  /// The words of `entries`, which holds each word once.
  init(distinct entries: [Entry]) {
    self.entries = entries.sorted { $0.hash < $1.hash }
  }

  /// The words of `entries`, which holds each word once, sorted by hash.
  init(sorted entries: [Entry]) {
    self.entries = entries
  }

  /// The words of `set`.
  init(_ set: Set<String>) {
    self.init(distinct: set.map { Entry(hash: WordKey.hash($0), word: $0) })
  }

  /// How many words there are.
  var count: Int { entries.count }

  /// How many words the two sets have in common.
  func common(with other: PromptWords) -> Int {
    let lhs = entries
    let rhs = other.entries
    var left = 0
    var right = 0
    var common = 0
    while left < lhs.count && right < rhs.count {
      let hash = lhs[left].hash
      if hash < rhs[right].hash {
        left += 1
      } else if hash > rhs[right].hash {
        right += 1
      } else {
        // Words with one hash: equal words share it, so only these can match each other.
        var leftEnd = left + 1
        while leftEnd < lhs.count && lhs[leftEnd].hash == hash { leftEnd += 1 }
        var rightEnd = right + 1
        while rightEnd < rhs.count && rhs[rightEnd].hash == hash { rightEnd += 1 }
        for index in left..<leftEnd where rhs[right..<rightEnd].contains(where: { $0.word == lhs[index].word }) {
          common += 1
        }
        left = leftEnd
        right = rightEnd
      }
    }
    return common
  }
}

/// The content words of one clause's tokens, each distinct word numbered once, so that the words
/// of the prompt around each candidate gap are counted without building a set per candidate.
struct ClauseWords {
  /// Each token's word number, or -1 for a token that is no content word.
  private var numbers: [Int] = []
  /// The distinct words.
  private var words: [PromptWords.Entry] = []
  /// The mark each word got last, to count each word once per question.
  private var marks: [Int] = []
  private var mark = 0
  /// The numbers of the context's content words, once worked out.
  private var contextNumbers: [Int]?
  /// The word numbers in order of hash, once all words are known.
  private var byHash: [Int]?

  /// The words of `tokens`.
  init(_ tokens: [Token]) {
    numbers.reserveCapacity(tokens.count)
    for token in tokens {
      guard token.isWord, let entry = Self.contentEntry(token.lower) else {
        numbers.append(-1)
        continue
      }
      numbers.append(number(of: entry))
    }
  }

  /// A token's content word as the near-duplicate check compares them, with its `WordKey.hash`,
  /// or nil for a stop word: digits only, or longer than one byte and no stop word; trailing
  /// apostrophes and "s" dropped. An ASCII word is read in one pass over its bytes.
  private static func contentEntry(_ lower: String) -> PromptWords.Entry? {
    var copy = lower
    let found: (keep: Bool, length: Int)? = copy.withUTF8 { bytes in
      var high: UInt8 = 0
      var digits = true
      for byte in bytes {
        high |= byte
        if !(0x30...0x39).contains(byte) { digits = false }
      }
      guard high < 0x80 else { return nil }
      guard digits || (bytes.count > 1 && !WordKey.isStopWord(utf8: bytes)) else { return (false, 0) }
      var length = bytes.count
      while length > 0, bytes[length - 1] == 0x27 || bytes[length - 1] == 0x73 { length -= 1 }
      return (true, length)
    }
    guard let found else { return contentWord(lower).map { PromptWords.Entry(hash: WordKey.hash($0), word: $0) } }
    guard found.keep else { return nil }
    let word = found.length == lower.utf8.count ? lower : String(lower.utf8.prefix(found.length)) ?? lower
    return PromptWords.Entry(hash: WordKey.hash(word), word: word)
  }

  /// The content word of any word, by its `String` views.
  private static func contentWord(_ lower: String) -> String? {
    let isNumber = lower.utf8.allSatisfy { (0x30...0x39).contains($0) }
    guard isNumber || (lower.utf8.count > 1 && !WordKey.isStopWord(lower)) else { return nil }
    var trimmed = Substring(lower)
    while let last = trimmed.utf8.last, last == 0x27 || last == 0x73 { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }

  /// The number of a word, given one if it is new.
  private mutating func number(of entry: PromptWords.Entry) -> Int {
    for index in words.indices where words[index].hash == entry.hash && words[index].word == entry.word {
      return index
    }
    words.append(entry)
    marks.append(0)
    return words.count - 1
  }

  /// How many distinct words the tokens outside `gap` have; they stay marked for `countWithContext`.
  mutating func countOutside(_ gap: Range<Int>) -> Int {
    mark += 1
    var count = 0
    for (index, number) in numbers.enumerated() where number >= 0 && !gap.contains(index) && marks[number] != mark {
      marks[number] = mark
      count += 1
    }
    return count
  }

  /// The count of the last `countOutside` with the content words of `foldedContext` added; the
  /// context is the same for every question of a clause, so its words are found once.
  mutating func countWithContext(_ foldedContext: String, count: Int) -> Int {
    let context =
      contextNumbers
      ?? TextNormalizer.contentWords(folded: foldedContext).map {
        number(of: PromptWords.Entry(hash: WordKey.hash($0), word: $0))
      }
    contextNumbers = context
    var count = count
    for number in context where marks[number] != mark {
      marks[number] = mark
      count += 1
    }
    return count
  }

  /// The prompt words around `gap`, with the context's words when `withContext`; called once all
  /// questions are checked.
  mutating func promptWords(outside gap: Range<Int>, withContext: Bool) -> PromptWords {
    var count = countOutside(gap)
    if withContext {
      for number in contextNumbers ?? [] where marks[number] != mark {
        marks[number] = mark
        count += 1
      }
    }
    let order = byHash ?? words.indices.sorted { words[$0].hash < words[$1].hash }
    byHash = order
    var entries: [PromptWords.Entry] = []
    entries.reserveCapacity(count)
    for number in order where marks[number] == mark { entries.append(words[number]) }
    return PromptWords(sorted: entries)
  }
}
