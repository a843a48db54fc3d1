/// A section heading as cards see it: folded, with its words, to tell whether it gives an answer away.
struct FoldedHeading {
  /// The heading folded.
  let folded: String
  /// Its words.
  let words: [Substring]
  /// Each word's first four bytes (all of a shorter word's) with the length kept: an answer word
  /// that equals a heading word, or starts like one, has the same key.
  private let keys: [UInt64]

  /// Folds `heading`.
  init(_ heading: String) {
    folded = TextNormalizer.fold(heading)
    words = folded.split(separator: " ")
    // Stop words are left out: an answer that a heading gives away shares a content word with it.
    keys = words.filter { !TextNormalizer.stopWords.contains(String($0)) }.map { Self.key($0.utf8) }
  }

  /// The first four bytes of a word and its length up to four, packed.
  private static func key(_ bytes: some Collection<UInt8>) -> UInt64 {
    var key: UInt64 = 0
    var count: UInt64 = 0
    for byte in bytes.prefix(4) {
      key = key << 8 | UInt64(byte)
      count += 1
    }
    return key | count << 32
  }

  /// Whether some word of the folded `answer` has the key of a heading word, without splitting it.
  private func mayShareWords(_ answer: String) -> Bool {
    var key: UInt64 = 0
    var count: UInt64 = 0
    for byte in answer.utf8 {
      if byte == 0x20 {
        if count > 0, keys.contains(key | count << 32) { return true }
        key = 0
        count = 0
      } else if count < 4 {
        key = key << 8 | UInt64(byte)
        count += 1
      }
    }
    return count > 0 && keys.contains(key | count << 32)
  }

  /// Whether the heading gives the folded answer away (it is shown with the card): it holds the
  /// answer, or nearly all of a long answer's words ("Iranian Nuclear Program" under "Iran's
  /// Nuclear Program").
  func givesAway(_ answer: String) -> Bool {
    // Most answers share no word with their heading: that is found without building anything.
    guard !keys.isEmpty, !answer.isEmpty, mayShareWords(answer) else { return false }
    if TextNormalizer.containsWords(folded, answer) { return true }
    var count = 0
    var shared = 0
    for word in answer.split(separator: " ") {
      count += 1
      if words.contains(where: { $0 == word || ($0.count >= 4 && word.hasPrefix($0.prefix(4))) }) { shared += 1 }
    }
    return count >= 3 && shared * 3 >= count * 2 && shared >= count - 1
  }
}
