/// A table from ASCII words to values, hashed with a cheap hash of the word's bytes: the tokenizer
/// looks up every word of the document, and `Dictionary`'s seeded hashing of a `String` costs more
/// than the rest of the look-up.
///
/// Only ASCII words belong here: two ASCII strings are equal exactly when their bytes are.
struct WordMemo<Value> {
  /// The words in order of insertion.
  private var keys: [String] = []
  /// The bytes of all words, one after another; each word's bytes start at `starts[index]`.
  private var bytes: [UInt8] = []
  private var starts: [Int] = [0]
  /// Each word's hash, for comparing and for growing the table.
  private var hashes: [UInt64] = []
  /// Each word's value.
  private var values: [Value] = []
  /// Open addressing: 1 + the index of a word in `keys`, or 0 for an empty slot.
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

  /// The word whose UTF-8 bytes are `word` (its hash is `hash`), as stored, with its value.
  func entry(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (word: String, value: Value)? {
    guard !slots.isEmpty else { return nil }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return nil }
      if hashes[entry - 1] == hash && matches(entry - 1, word) { return (keys[entry - 1], values[entry - 1]) }
      slot = (slot + 1) & mask
    }
  }

  private func matches(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[index]
    guard starts[index + 1] - start == word.count else { return false }
    for offset in word.indices where bytes[start + offset] != word[offset] { return false }
    return true
  }

  /// Records `value` for `word`, whose UTF-8 bytes are `wordBytes`, not in the table yet.
  mutating func insert(_ word: String, bytes wordBytes: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Value) {
    if (keys.count + 1) * 2 > slots.count { grow() }
    keys.append(word)
    bytes.append(contentsOf: wordBytes)
    starts.append(bytes.count)
    hashes.append(hash)
    values.append(value)
    place(entry: keys.count, hash: hash)
  }

  private mutating func place(entry: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(truncatingIfNeeded: entry)
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: max(256, slots.count * 2))
    for (index, hash) in hashes.enumerated() { place(entry: index + 1, hash: hash) }
  }
}
