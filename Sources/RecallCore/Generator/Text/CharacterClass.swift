/// Character tests with a fast path for ASCII, where the Unicode property tables give the same
/// answer as a range check; any other character asks the standard property.
extension Character {
  /// `isLetter`, quick for ASCII.
  var fastIsLetter: Bool {
    if let ascii = asciiValue { return (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii) }
    return isLetter
  }

  /// `isNumber`, quick for ASCII.
  var fastIsNumber: Bool {
    if let ascii = asciiValue { return (0x30...0x39).contains(ascii) }
    return isNumber
  }

  /// `isWhitespace`, quick for ASCII.
  var fastIsWhitespace: Bool {
    if let ascii = asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
    return isWhitespace
  }

  /// `isUppercase`, quick for ASCII.
  var fastIsUppercase: Bool {
    if let ascii = asciiValue { return (0x41...0x5A).contains(ascii) }
    return isUppercase
  }

  /// `isLowercase`, quick for ASCII.
  var fastIsLowercase: Bool {
    if let ascii = asciiValue { return (0x61...0x7A).contains(ascii) }
    return isLowercase
  }
}

extension String {
  /// The string of a run of characters; quicker than the generic initializer from a sequence.
  init(characters: ArraySlice<Character>) {
    var result = ""
    result.reserveCapacity(characters.count)
    for character in characters { result.append(character) }
    self = result
  }
}
