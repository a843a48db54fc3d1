/// Words the text writes in lower case: the vocabulary that tells a name from an ordinary word
/// ("Union" in a text that also writes "union").
enum Vocabulary {
  /// Words written in lower case somewhere in the text.
  static func lowercaseWords(_ text: String) -> Set<String> {
    var result = Set<String>()
    // ASCII words met before are recognised by a cheap hash of their bytes before any string is made.
    var seen = WordMemo<Bool>()
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var isASCII = true
    var index = scalars.startIndex
    // A word is a run of letters; it is kept when its first character is lower case, which for an
    // ASCII word is its first byte, and for any other word is asked of its first Character.
    func keep(upTo end: String.Index) {
      guard start < end else { return }
      let first = scalars[start].value
      if isASCII {
        if (0x61...0x7A).contains(first) {
          let added: Bool? = text.utf8[start..<end].withContiguousStorageIfAvailable { bytes in
            let (hash, _) = WordMemo<Bool>.hash(bytes)
            guard seen.entry(of: bytes, hash: hash) == nil else { return true }
            let word = String(decoding: bytes, as: UTF8.self)
            seen.insert(word, bytes: bytes, hash: hash, value: true)
            result.insert(word)
            return true
          }
          if added == nil { result.insert(String(scalars[start..<end])) }
        }
      } else if !(0x41...0x5A).contains(first) || scalars.index(after: start) < end {
        let word = String(scalars[start..<end])
        if let character = word.first, character.fastIsLowercase { result.insert(word) }
      }
    }
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let value = scalar.value
      let isASCIILetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      if isASCIILetter || (value > 0x7F && scalar.properties.isAlphabetic) {
        if value > 0x7F { isASCII = false }
      } else {
        keep(upTo: index)
        start = scalars.index(after: index)
        isASCII = true
      }
      index = scalars.index(after: index)
    }
    keep(upTo: scalars.endIndex)
    return result
  }
}
