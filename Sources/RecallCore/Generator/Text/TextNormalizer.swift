/// Folds text for comparisons: lower case, straight quotes, no punctuation, single spaces.
enum TextNormalizer {
  /// Short words that carry no fact on their own.
  static let stopWords: Set<String> = [
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "are",
    "was", "were", "be", "been", "being", "that", "this", "these", "those", "it", "its", "their", "them", "they",
    "he", "she", "his", "her", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "all",
    "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own",
    "same", "so", "than", "too", "very", "can", "will", "just", "should", "now", "also", "into", "over", "after",
    "before", "under", "again", "further", "then", "once", "there", "here", "about", "above", "below",
    "between", "through", "during", "out", "up", "down", "off", "per", "via", "but", "if", "while", "because",
    "until", "against", "among", "whether", "must", "may", "might", "would", "could", "has", "have", "had", "do",
    "does", "did",
  ]

  /// `text` folded: lower case, curly quotes and dashes straightened, punctuation dropped except
  /// inside numbers, spaces collapsed.
  static func fold(_ text: String) -> String {
    if TextScan.isASCII(text) || isFoldSimple(text) { return foldASCII(text) }
    let scalars = Array(text.lowercased().unicodeScalars)
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    func isDigit(_ index: Int) -> Bool {
      guard scalars.indices.contains(index) else { return false }
      let value = scalars[index].value
      return (0x30...0x39).contains(value) || (value > 0x7F && scalars[index].properties.numericType != nil)
    }
    for index in scalars.indices {
      var scalar = scalars[index]
      var space = false
      switch scalar.value {
      case 0x2019, 0x2018: scalar = "'"
      case 0x2013, 0x2014: scalar = "-"
      case 0x201C, 0x201D, 0x22, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x3A, 0x3B, 0x21, 0x3F: space = true
      case 0x2E, 0x2C: space = !(isDigit(index - 1) && isDigit(index + 1))
      case 0x20, 0x09, 0x0A, 0x0D: space = true
      default: space = scalar.value > 0x7F && scalar.properties.isWhitespace
      }
      if space {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(scalar)
    }
    return String(out)
  }

  /// Whether every non-ASCII character of `text` is a curly quote or a dash, which lower-casing
  /// leaves alone and `fold` turns into an ASCII quote, dash or space: such text is folded byte by
  /// byte too.
  private static func isFoldSimple(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        if bytes[index] < 0x80 {
          index += 1
          continue
        }
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
          [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D].contains(bytes[index + 2])
        else { return false }
        index += 3
      }
      return true
    }
  }

  /// `fold` for ASCII text, and text whose other characters are curly quotes and dashes
  /// (`isFoldSimple`), byte by byte, with the same result.
  private static func foldASCII(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { out in
        var written = 0
        var pendingSpace = false
        // Neighbours are compared as bytes: a quote or dash is no digit, whatever byte is looked at.
        func isDigit(_ index: Int) -> Bool {
          index >= 0 && index < bytes.count && (0x30...0x39).contains(bytes[index])
        }
        // A kept byte, after the single space that stands for the run of separators before it.
        func emit(_ byte: UInt8) {
          if pendingSpace {
            out[written] = 0x20
            written += 1
            pendingSpace = false
          }
          out[written] = byte
          written += 1
        }
        var index = 0
        while index < bytes.count {
          var byte = bytes[index]
          defer { index += 1 }
          if byte == 0xE2 {
            // U+2013/2014 become "-", U+2018/2019 "'", U+201C/201D a space.
            let last = bytes[index + 2]
            index += 2
            switch last {
            case 0x93, 0x94: byte = 0x2D
            case 0x98, 0x99: byte = 0x27
            default:
              pendingSpace = written > 0
              continue
            }
            emit(byte)
            continue
          }
          let space: Bool
          switch byte {
          case 0x22, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x3A, 0x3B, 0x21, 0x3F: space = true
          case 0x2E, 0x2C: space = !(isDigit(index - 1) && isDigit(index + 1))
          case 0x20, 0x09, 0x0A, 0x0D: space = true
          case 0x41...0x5A:
            byte |= 0x20
            space = false
          default: space = false
          }
          if space {
            pendingSpace = written > 0
            continue
          }
          emit(byte)
        }
        return written
      }
    }
  }

  /// The words of `text` after folding.
  static func words(_ text: String) -> [Substring] {
    splitWords(fold(text))
  }

  /// The words of already folded text.
  static func splitWords(_ folded: String) -> [Substring] {
    folded.split(separator: " ")
  }

  /// The content words of `text`: not stop words, longer than one letter, possessive dropped.
  static func contentWords(_ text: String) -> Set<String> {
    contentWords(folded: fold(text))
  }

  /// The content words of already folded text.
  static func contentWords(folded: String) -> Set<String> {
    var result = Set<String>()
    for word in splitWords(folded) {
      let isNumber = word.utf8.allSatisfy { (0x30...0x39).contains($0) }
      guard isNumber || (word.utf8.count > 1 && !WordKey.isStopWord(word)) else { continue }
      var trimmed = word
      while let last = trimmed.utf8.last, last == 0x27 || last == 0x73 { trimmed = trimmed.dropLast() }
      result.insert(String(trimmed))
    }
    return result
  }

  /// Whether `contentWords(folded:)` would not be empty, without building the set.
  static func hasContentWord(folded: String) -> Bool {
    guard TextScan.isASCII(folded) else {
      return splitWords(folded).contains { word in
        word.utf8.allSatisfy { (0x30...0x39).contains($0) }
          || (word.utf8.count > 1 && !WordKey.isStopWord(word))
      }
    }
    // ASCII: words are the runs between spaces, as `split(separator: " ")` finds them.
    let utf8 = folded.utf8
    var start = utf8.startIndex
    var allDigits = true
    var index = utf8.startIndex
    while true {
      let atEnd = index == utf8.endIndex
      if atEnd || utf8[index] == 0x20 {
        let length = utf8.distance(from: start, to: index)
        if length > 0
          && (allDigits || (length > 1 && !WordKey.isStopWord(utf8: utf8[start..<index])))
        {
          return true
        }
        if atEnd { return false }
        index = utf8.index(after: index)
        start = index
        allDigits = true
        continue
      }
      if !(0x30...0x39).contains(utf8[index]) { allDigits = false }
      index = utf8.index(after: index)
    }
  }

  /// Whether folded `haystack` contains folded `needle` as whole words.
  static func containsWords(_ haystack: String, _ needle: String) -> Bool {
    wordMatches(of: needle, in: haystack, limit: 1) > 0
  }

  /// How many times folded `needle` occurs in folded `haystack` as whole words.
  static func occurrences(of needle: String, in haystack: String) -> Int {
    wordMatches(of: needle, in: haystack, limit: Int.max)
  }

  /// `occurrences(of:in:)`, counting no further than `limit`.
  static func occurrences(of needle: String, in haystack: String, upTo limit: Int) -> Int {
    wordMatches(of: needle, in: haystack, limit: limit)
  }

  /// How many times (up to `limit`) `needle` occurs in `haystack` with a word boundary on both
  /// sides; counted without keeping the places.
  private static func wordMatches(of needle: String, in haystack: String, limit: Int) -> Int {
    var haystack = haystack
    var needle = needle
    return haystack.withUTF8 { hay in needle.withUTF8 { pattern in wordMatches(of: pattern, in: hay, limit: limit) } }
  }

  private static func wordMatches(
    of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> Int {
    guard !pattern.isEmpty, hay.count >= pattern.count else { return 0 }
    func isWordByte(_ byte: UInt8) -> Bool {
      // Letters, digits, hyphen, underscore and any non-ASCII byte count as word characters.
      (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || byte == 0x2D || byte == 0x5F || byte >= 0x80
    }
    var found = 0
    var index = 0
    while index <= hay.count - pattern.count, found < limit {
      if hay[index] == pattern[0] {
        var match = true
        for offset in 1..<pattern.count where hay[index + offset] != pattern[offset] {
          match = false
          break
        }
        if match {
          let before = index == 0 || !isWordByte(hay[index - 1])
          let end = index + pattern.count
          let after = end == hay.count || !isWordByte(hay[end])
          if before && after { found += 1 }
        }
      }
      index += 1
    }
    return found
  }
}
