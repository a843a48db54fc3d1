/// Small string helpers that avoid Foundation's bridging on the generator's hot paths.
enum TextScan {
  /// `text` without white space at either end.
  static func trimmed(_ text: some StringProtocol) -> String {
    // ASCII text is trimmed by bytes: each byte is a character, except a carriage return and line
    // feed, which are one character but both white space.
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var high: UInt8 = 0
      for byte in bytes { high |= byte }
      guard high < 0x80 else { return nil }
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
      guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
      else { return "" }
      return String(decoding: bytes[first...last], as: UTF8.self)
    }
    if let ascii, let ascii { return ascii }
    guard let first = text.firstIndex(where: { !$0.fastIsWhitespace }),
      let last = text.lastIndex(where: { !$0.fastIsWhitespace })
    else { return "" }
    return String(text[first...last])
  }

  /// `text.count`, counted by bytes when the text is ASCII without carriage returns (which join a
  /// following line feed into one character).
  static func characterCount(_ text: String) -> Int {
    isPlainASCII(text) ? text.utf8.count : text.count
  }

  /// Whether `text` holds the byte `byte`, read from the string's bytes as one buffer.
  static func containsByte(_ text: String, _ byte: UInt8) -> Bool {
    var text = text
    // A scan without an early exit, which the compiler turns into a check of many bytes at a time.
    return text.withUTF8 { bytes in
      var found: UInt8 = 0
      for candidate in bytes { found |= candidate == byte ? 1 : 0 }
      return found != 0
    }
  }

  /// Whether every byte of `text` is ASCII; the bytes are read as one buffer, which the compiler
  /// turns into a check of many bytes at a time.
  static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var high: UInt8 = 0
      for byte in bytes { high |= byte }
      return high < 0x80
    }
  }

  /// Whether `text` is ASCII without carriage returns, so that each byte is a character of its own.
  static func isPlainASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var high: UInt8 = 0
      var returns: UInt8 = 0
      for byte in bytes {
        high |= byte
        returns |= byte == 0x0D ? 1 : 0
      }
      return high < 0x80 && returns == 0
    }
  }

  /// Whether `text` contains `needle`, compared byte by byte.
  static func contains(_ text: String, _ needle: String) -> Bool {
    byteOffset(of: needle, in: text) != nil
  }

  /// The UTF-8 offset of the first `needle` in `text`.
  static func byteOffset(of needle: String, in text: String) -> Int? {
    var text = text
    var needle = needle
    return text.withUTF8 { hay in needle.withUTF8 { pattern in byteOffset(of: pattern, in: hay) } }
  }

  private static func byteOffset(of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !pattern.isEmpty, hay.count >= pattern.count else { return nil }
    let first = pattern[0]
    var index = 0
    while index <= hay.count - pattern.count {
      if hay[index] == first {
        var match = true
        for offset in 1..<pattern.count where hay[index + offset] != pattern[offset] {
          match = false
          break
        }
        if match { return index }
      }
      index += 1
    }
    return nil
  }

  /// `text` with every `needle` replaced by `replacement`.
  static func replacing(_ needle: String, with replacement: String, in text: String) -> String {
    var result = text
    while let offset = byteOffset(of: needle, in: result) {
      let utf8 = Array(result.utf8)
      let head = utf8[..<offset]
      let tail = utf8[(offset + needle.utf8.count)...]
      result = String(decoding: Array(head) + Array(replacement.utf8) + Array(tail), as: UTF8.self)
    }
    return result
  }

  /// The lower-cased first word of `text` without surrounding punctuation.
  static func firstWord(_ text: String) -> String {
    if let word = firstWordASCII(text) { return word }
    let word = text.prefix { !$0.fastIsWhitespace }
    return String(word.filter { $0.fastIsLetter || $0.fastIsNumber || $0 == "'" || $0 == "\u{2019}" }).lowercased()
  }

  /// `firstWord` read byte by byte while the first word is ASCII (each byte a character of its
  /// own); nil when it is not.
  private static func firstWordASCII(_ text: String) -> String? {
    var kept = 0
    for byte in text.utf8 {
      if byte >= 0x80 { return nil }
      if byte == 0x20 || (0x09...0x0D).contains(byte) { break }
      if isKept(byte) { kept += 1 }
    }
    return String(unsafeUninitializedCapacity: kept) { buffer in
      var written = 0
      for byte in text.utf8 {
        if written == kept { break }
        guard isKept(byte) else { continue }
        buffer[written] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
        written += 1
      }
      return written
    }
  }

  /// Whether `firstWord` keeps an ASCII byte: a letter, a digit or an apostrophe.
  private static func isKept(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x27
  }

  /// The runs of exactly four digits in `text` as numbers ("1990" and "2006" in "1990s to 2006";
  /// not "12345"), found on the bytes without splitting the text.
  static func fourDigitNumbers(in text: String) -> [Int] {
    var result: [Int] = []
    var value = 0
    var digits = 0
    for byte in text.utf8 {
      if (0x30...0x39).contains(byte) {
        // Past four digits the run is no year: its value is not needed (and would overflow).
        if digits < 4 { value = value * 10 + Int(byte - 0x30) }
        digits += 1
        continue
      }
      if digits == 4 { result.append(value) }
      value = 0
      digits = 0
    }
    if digits == 4 { result.append(value) }
    return result
  }
}
