/// Quick word tests and hashes for the card planner, which checks every word of every clause.
enum WordKey {
  /// Whether `word` is one of `TextNormalizer.stopWords`, without hashing a `String`.
  ///
  /// Every stop word is two to seven lower-case ASCII letters, so a longer word, or one with a
  /// byte outside ASCII, is none of them (no other spelling is canonically equivalent to
  /// lower-case ASCII letters); the rest are packed into a number and looked up in a small table.
  static func isStopWord(_ word: some StringProtocol) -> Bool {
    isStopWord(utf8: word.utf8)
  }

  /// `isStopWord` of a word's UTF-8 bytes.
  static func isStopWord(utf8 bytes: some Sequence<UInt8>) -> Bool {
    var key: UInt64 = 0
    var count = 0
    for byte in bytes {
      count += 1
      if count > 7 || byte >= 0x80 { return false }
      key = key << 8 | UInt64(byte)
    }
    return count > 0 && stopTable.contains(key)
  }

  private static let stopTable = PackedWords(TextNormalizer.stopWords)

  /// A hash of `word` that agrees with `String` equality: equal words always get the same hash.
  ///
  /// ASCII words without "K", ";" or "`" (the only ASCII characters that another character is
  /// canonically equivalent to) are equal only to themselves, so their bytes are hashed directly;
  /// any other word takes `String`'s own hash, which treats equivalent spellings alike.
  static func hash(_ word: String) -> UInt64 {
    var word = word
    let (hash, plain) = word.withUTF8 { bytes in
      var hash: UInt64 = 0xCBF2_9CE4_8422_2325
      var plain = true
      for byte in bytes {
        if byte >= 0x80 || byte == 0x4B || byte == 0x3B || byte == 0x60 { plain = false }
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
      }
      return (hash ^ (hash >> 29), plain)
    }
    return plain ? hash : UInt64(bitPattern: Int64(word.hashValue))
  }
}

/// A set of short ASCII words, each packed into a number, in a small open-addressing table.
private struct PackedWords {
  private var slots: [UInt64]

  init(_ words: Set<String>) {
    slots = Array(repeating: 0, count: 512)
    for word in words where word.utf8.count <= 8 && word.utf8.allSatisfy({ $0 < 0x80 }) {
      let key = word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
      var slot = Self.slot(key)
      while slots[slot] != 0 { slot = (slot + 1) & 511 }
      slots[slot] = key
    }
  }

  private static func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55)
  }

  func contains(_ key: UInt64) -> Bool {
    var slot = Self.slot(key)
    while true {
      let found = slots[slot]
      if found == key { return true }
      if found == 0 { return false }
      slot = (slot + 1) & 511
    }
  }
}
