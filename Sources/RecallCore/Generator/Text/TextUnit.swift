/// One unit of a sentence as the tokenizer walks it: a `Character`, or a Unicode scalar when every
/// scalar of the sentence is a character of its own (then both walks give the same tokens, and
/// scalars spare the grapheme breaking).
protocol TextUnit {
  /// The scalar value when the unit is one scalar, else 0; compared only with ASCII and quote marks.
  var code: UInt32 { get }
  /// Whether the unit is a letter.
  var fastIsLetter: Bool { get }
  /// Whether the unit is a digit or other number.
  var fastIsNumber: Bool { get }
  /// Whether the unit is white space.
  var fastIsWhitespace: Bool { get }
  /// Whether the unit is an upper-case letter.
  var fastIsUppercase: Bool { get }
  /// The text of a run of units.
  static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: TextUnit {
  var code: UInt32 {
    let scalars = unicodeScalars
    guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return 0 }
    return first.value
  }

  static func string(_ units: ArraySlice<Character>) -> String {
    String(characters: units)
  }
}

/// A byte of text that is ASCII without carriage returns, where every byte is a character of its
/// own: walking bytes gives the same tokens and sentences as walking scalars, with a quarter of the
/// memory and no decoding.
extension UInt8: TextUnit {
  var code: UInt32 { UInt32(self) }

  var fastIsLetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }

  var fastIsNumber: Bool { (0x30...0x39).contains(self) }

  var fastIsWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }

  var fastIsUppercase: Bool { (0x41...0x5A).contains(self) }

  static func string(_ units: ArraySlice<UInt8>) -> String {
    String(decoding: units, as: UTF8.self)
  }
}

extension Unicode.Scalar: TextUnit {
  var code: UInt32 { value }

  var fastIsLetter: Bool {
    value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : Character(self).isLetter
  }

  var fastIsNumber: Bool {
    value < 0x80 ? (0x30...0x39).contains(value) : Character(self).isNumber
  }

  var fastIsWhitespace: Bool {
    value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : Character(self).isWhitespace
  }

  var fastIsUppercase: Bool {
    value < 0x80 ? (0x41...0x5A).contains(value) : Character(self).isUppercase
  }

  static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
    String(unsafeUninitializedCapacity: units.count * 4) { buffer in
      var written = 0
      for scalar in units {
        if scalar.value < 0x80 {
          buffer[written] = UInt8(truncatingIfNeeded: scalar.value)
          written += 1
        } else {
          UTF8.encode(scalar) { byte in
            buffer[written] = byte
            written += 1
          }
        }
      }
      return written
    }
  }

  /// The scalars of `text` when each of them is a character of its own: ASCII other than a
  /// carriage return (which joins a following line feed), Latin letters and signs, and general
  /// punctuation such as curly quotes, dashes and bullets; nil when any other scalar occurs.
  static func standaloneScalars(of text: String) -> [Unicode.Scalar]? {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0D: return nil
      case 0x00...0x7F, 0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E: result.append(scalar)
      default: return nil
      }
    }
    return result
  }
}
