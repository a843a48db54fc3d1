/// A sentence whose characters are cut out by offset (as tokens count them) without building an
/// array of `Character`s when that can be avoided: ASCII text is cut by byte offset, text whose
/// scalars are each a character of its own by scalar offset.
struct CharacterText {
  private enum Storage {
    case ascii
    case scalars([Unicode.Scalar])
    case characters([Character])
  }

  private let text: String
  private let storage: Storage

  /// Wraps `text`.
  init(_ text: String) {
    self.text = text
    // A carriage return before a line feed is one character of two bytes, hence not "ASCII" here.
    if TextScan.isPlainASCII(text) {
      storage = .ascii
    } else if let scalars = Unicode.Scalar.standaloneScalars(of: text) {
      storage = .scalars(scalars)
    } else {
      storage = .characters(Array(text))
    }
  }

  /// The number of characters.
  var count: Int {
    switch storage {
    case .ascii: text.utf8.count
    case .scalars(let scalars): scalars.count
    case .characters(let characters): characters.count
    }
  }

  /// The characters in `range`.
  subscript(range: Range<Int>) -> String {
    switch storage {
    case .ascii:
      let utf8 = text.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let upper = utf8.index(lower, offsetBy: range.count)
      return String(text[lower..<upper])
    case .scalars(let scalars): return Unicode.Scalar.string(scalars[range])
    case .characters(let characters): return String(characters: characters[range])
    }
  }

  /// The characters before `range.upperBound`.
  subscript(range: PartialRangeUpTo<Int>) -> String { self[0..<range.upperBound] }

  /// The characters from `range.lowerBound` on.
  subscript(range: PartialRangeFrom<Int>) -> String { self[range.lowerBound..<count] }
}
