/// A table from ASCII words to values, hashed with a cheap hash of the word's bytes: the tokenizer
/// looks up every word of the document, and `Dictionary`'s seeded hashing of a `String` costs more
/// than the rest of the look-up.
///
/// Only ASCII words belong here: two ASCII strings are equal exactly when their bytes are.
struct WordMemo<Value> {
  /// A word with its value, kept together so that a look-up reads one place in memory.
  private struct Entry {
    /// The word's hash.
    var hash: UInt64
    /// The word's first 16 bytes, packed (the rest zero), and its length in bytes.
    var packed: (UInt64, UInt64)
    var length: Int
    var word: String
    var value: Value
  }

  private var entries: [Entry] = []
  /// Open addressing: 1 + the index of a word in `entries`, or 0 for an empty slot.
  private var slots: [Int32] = []

  /// An empty table; it allocates on the first insertion.
  init() {}

  /// The hash of `bytes` and whether they are all ASCII.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    var high: UInt8 = 0
    for byte in bytes {
      high |= byte
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }
    // FNV leaves the high bits poorly mixed; the slot is taken from the low bits after a final mix.
    hash ^= hash >> 29
    return (hash, high < 0x80)
  }

  /// The first 16 bytes of `bytes`, packed into two numbers (missing bytes are zero).
  private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for index in 0..<min(bytes.count, 16) {
      if index < 8 {
        low |= UInt64(bytes[index]) << (8 * index)
      } else {
        high |= UInt64(bytes[index]) << (8 * (index - 8))
      }
    }
    return (low, high)
  }

  /// The word whose UTF-8 bytes are `word` (its hash is `hash`), as stored, with its value.
  func entry(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (word: String, value: Value)? {
    guard !slots.isEmpty else { return nil }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    var packed: (UInt64, UInt64)?
    while true {
      let index = Int(slots[slot])
      if index == 0 { return nil }
      // Fields are read in place: copying the entry would retain its strings.
      if entries[index - 1].hash == hash && entries[index - 1].length == word.count {
        let probe = packed ?? Self.pack(word)
        packed = probe
        // Up to 16 bytes the packed numbers are the word; a longer word compares its bytes.
        if probe == entries[index - 1].packed && (word.count <= 16 || entries[index - 1].word.utf8.elementsEqual(word))
        {
          return (entries[index - 1].word, entries[index - 1].value)
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Records `value` for `word`, whose UTF-8 bytes are `wordBytes`, not in the table yet.
  mutating func insert(_ word: String, bytes wordBytes: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Value) {
    if (entries.count + 1) * 2 > slots.count { grow() }
    entries.append(
      Entry(hash: hash, packed: Self.pack(wordBytes), length: wordBytes.count, word: word, value: value))
    place(entry: entries.count, hash: hash)
  }

  private mutating func place(entry: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(truncatingIfNeeded: entry)
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: max(256, slots.count * 2))
    for (index, entry) in entries.enumerated() { place(entry: index + 1, hash: entry.hash) }
  }
}
