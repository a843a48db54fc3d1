/// A plain-text document read as a title, topics (headings), sentences and lists.
public struct DocumentOutline: Hashable, Sendable {
  /// A sentence of a paragraph with where it stands.
  public struct Sentence: Hashable, Sendable {
    /// The sentence as written.
    public var text: String
    /// The 1-based line of the document it starts on.
    public var line: Int
    /// The heading it stands under, if any.
    public var topic: String?
    /// The sentence before it in the same paragraph or the paragraph before, for pronouns.
    public var previous: String?
  }

  /// A bulleted or numbered list with the sentence that introduces it.
  public struct List: Hashable, Sendable {
    /// The items in order.
    public var items: [String]
    /// Whether the items are numbered.
    public var ordered: Bool
    /// The sentence that introduces the list ("Such threats include:"), if any.
    public var leadIn: String?
    /// The sentence before the lead-in, which a lead-in like "Such threats" points back into.
    public var context: String?
    /// The 1-based line of the lead-in, or of the first item.
    public var line: Int
    /// The heading it stands under, if any.
    public var topic: String?
    /// The 1-based line of each item.
    public var itemLines: [Int] = []

    /// Whether the list makes one list card: a few items of at most 20 words (a treaty's terms or a
    /// convention's duties, one short sentence each, are still learnt as a list). Otherwise its items
    /// are read as sentences.
    public var isStudyList: Bool {
      !isFieldList && (2...15).contains(items.count)
        && items.allSatisfy { Self.wordCount($0, atMost: Self.maxItemWords) <= Self.maxItemWords }
    }

    /// Whether every item is a fact-sheet field ("Area: 1,566,500 sq km"): such a list is read as
    /// fields, each asked on its own, not learnt as one list.
    public var isFieldList: Bool {
      items.count >= 2
        && items.allSatisfy { item in
          guard let colon = item.firstIndex(of: ":"), item.first?.fastIsUppercase == true else { return false }
          return item[..<colon].split(separator: " ").count <= 4 && item[item.index(after: colon)...].first == " "
        }
    }

    /// Whether each item is also asked about as a sentence: when the list makes no list card, or when
    /// an item is as long as a sentence ("Applications close on 31 January 2025 unless ...") and holds
    /// facts of its own.
    public var itemsReadAsSentences: Bool {
      !isStudyList || !items.allSatisfy { Self.wordCount($0, atMost: 16) <= 16 }
    }

    /// The most words an item of a study list may have.
    static let maxItemWords = 20

    /// `text.split(separator: " ").count`, or any number above `limit` once it is passed; an ASCII
    /// text's words are counted as runs of bytes other than spaces.
    static func wordCount(_ text: String, atMost limit: Int) -> Int {
      guard TextScan.isASCII(text) else { return text.split(separator: " ").count }
      var count = 0
      var previous: UInt8 = 0x20
      for byte in text.utf8 {
        if previous == 0x20, byte != 0x20 {
          count += 1
          if count > limit { return count }
        }
        previous = byte
      }
      return count
    }
  }

  /// A unit of the document in reading order.
  public enum Unit: Hashable, Sendable {
    /// A sentence of a paragraph.
    case sentence(Sentence)
    /// A formatted list.
    case list(List)
  }

  /// The title: the first line when it reads like a heading.
  public var title: String?
  /// The headings in order.
  public var headings: [String]
  /// The sentences and lists in reading order.
  public var units: [Unit]

  /// The outline of `text`.
  public init(text: String) {
    let lines = Self.lines(of: text)
    var builder = OutlineBuilder()
    builder.read(lines)
    self.title = builder.title
    self.headings = builder.headings
    self.units = builder.units
  }

  /// The lines of `text`, split at "\n", "\r\n" and "\r" (each a character of its own), found
  /// byte by byte.
  static func lines(of text: String) -> [Substring] {
    // The line breaks are found in the bytes as one buffer; each line is cut out by byte offset.
    var copy = text
    let breaks: [(end: Int, next: Int)] = copy.withUTF8 { bytes in
      var result: [(end: Int, next: Int)] = []
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        guard byte == 0x0A || byte == 0x0D else {
          index += 1
          continue
        }
        var next = index + 1
        if byte == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
        result.append((index, next))
        index = next
      }
      return result
    }
    var result: [Substring] = []
    result.reserveCapacity(breaks.count + 1)
    let utf8 = text.utf8
    var start = utf8.startIndex
    var offset = 0
    for lineBreak in breaks {
      let end = utf8.index(start, offsetBy: lineBreak.end - offset)
      result.append(text[start..<end])
      start = utf8.index(end, offsetBy: lineBreak.next - lineBreak.end)
      offset = lineBreak.next
    }
    result.append(text[start..<utf8.endIndex])
    return result
  }

  /// Every sentence of the outline, lead-ins excluded.
  public var sentences: [Sentence] {
    units.compactMap { unit in
      if case .sentence(let sentence) = unit { return sentence }
      return nil
    }
  }
}
