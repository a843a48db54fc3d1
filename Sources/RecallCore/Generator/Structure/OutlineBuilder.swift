import Foundation

/// Reads lines into title, headings, paragraph sentences and lists for `DocumentOutline`.
struct OutlineBuilder {
  var title: String?
  var headings: [String] = []
  var units: [DocumentOutline.Unit] = []
  private var topic: String?
  private var paragraph: [(text: String, line: Int)] = []
  private var lastSentence: String?

  /// Reads every line.
  mutating func read(_ lines: [Substring]) {
    var index = 0
    while index < lines.count {
      let raw = lines[index]
      let trimmed = TextScan.trimmed(raw)
      if trimmed.isEmpty {
        flushParagraph()
        index += 1
        continue
      }
      if ListMarker.item(in: trimmed) != nil {
        flushParagraph()
        index = readList(lines, from: index)
        continue
      }
      let atStart = title == nil && units.isEmpty && headings.isEmpty && paragraph.isEmpty
      if !atStart, Self.isKeyValue(trimmed) {
        // "Signed: 1 July 1968" stands alone, however the lines around it are wrapped.
        flushParagraph()
        paragraph.append((trimmed, index + 1))
        flushParagraph()
        index += 1
        continue
      }
      if paragraph.isEmpty, let heading = headingText(trimmed, next: index + 1 < lines.count ? lines[index + 1] : nil) {
        if title == nil && units.isEmpty && headings.isEmpty {
          title = heading
          // Sentences before the first heading stand under the title.
          topic = heading
        } else {
          headings.append(heading)
          topic = heading
        }
        lastSentence = nil
        index += 1
        if Self.backMatter.contains(heading.lowercased()) {
          // References and link lists hold no facts to learn: skip to the next heading.
          while index < lines.count {
            let line = TextScan.trimmed(lines[index])
            let afterBlank = index == 0 || TextScan.trimmed(lines[index - 1]).isEmpty
            if afterBlank, ListMarker.item(in: line) == nil, headingText(line, next: nil) != nil { break }
            index += 1
          }
        }
        continue
      }
      paragraph.append((trimmed, index + 1))
      index += 1
    }
    flushParagraph()
  }

  /// Whether `line` is a fact-sheet field such as "Signed: 1 July 1968".
  static func isKeyValue(_ line: String) -> Bool {
    guard TextScan.containsByte(line, 0x3A) else { return false }
    if TextScan.isASCII(line) { return isKeyValueASCII(Array(line.utf8)) }
    guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
    let key = line[..<colon]
    let value = line[line.index(after: colon)...]
    guard let first = key.first, first.fastIsUppercase, key.split(separator: " ").count <= 4,
      value.first == " ", !value.trimmingPrefix(" ").isEmpty
    else { return false }
    guard value.split(separator: " ").count <= maxValueWords(listing: value.components(separatedBy: ", ").count - 1),
      !value.contains(". ")
    else { return false }
    // "Fact Sheet: Rural Water Safety" is a title, not a field: a field has one key word, a
    // number, or ordinary lower-case words in its value.
    let keyWords = key.split(separator: " ").count
    return keyWords == 1 || value.contains(where: \.fastIsNumber)
      || value.split(separator: " ").contains { $0.first?.fastIsLowercase == true }
  }

  /// `isKeyValue` of an ASCII line, where each byte is a character of its own.
  private static func isKeyValueASCII(_ line: [UInt8]) -> Bool {
    guard let colon = line.firstIndex(of: 0x3A), colon > 0 else { return false }
    let key = line[..<colon]
    let value = line[(colon + 1)...]
    guard (0x41...0x5A).contains(line[0]), wordCount(key) <= 4, value.first == 0x20,
      value.count > 1
    else { return false }
    var commas = 0
    var before: UInt8 = 0
    for byte in value {
      if before == 0x2C, byte == 0x20 { commas += 1 }
      before = byte
    }
    guard wordCount(value) <= maxValueWords(listing: commas), !containsPeriodSpace(value) else { return false }
    var startsLowercaseWord = false
    var previous: UInt8 = 0x20
    for byte in value {
      if previous == 0x20, (0x61...0x7A).contains(byte) { startsLowercaseWord = true }
      previous = byte
    }
    return wordCount(key) == 1 || value.contains(where: { (0x30...0x39).contains($0) }) || startsLowercaseWord
  }

  /// The most words of a field's value: a dozen, or thirty when the value lists three or more
  /// things ("Ethnic groups: Khalkh 84.5%, Kazak 3.9%, ...").
  private static func maxValueWords(listing commas: Int) -> Int {
    commas >= 2 ? 30 : 12
  }

  /// `text.split(separator: " ").count` of ASCII bytes: the runs of bytes other than spaces.
  private static func wordCount(_ text: ArraySlice<UInt8>) -> Int {
    var count = 0
    var previous: UInt8 = 0x20
    for byte in text {
      if previous == 0x20, byte != 0x20 { count += 1 }
      previous = byte
    }
    return count
  }

  /// Whether ASCII bytes hold ". ".
  private static func containsPeriodSpace(_ text: ArraySlice<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in text {
      if previous == 0x2E, byte == 0x20 { return true }
      previous = byte
    }
    return false
  }

  /// Headings of sections that hold sources and links rather than facts.
  static let backMatter: Set<String> = [
    "references", "see also", "external links", "notes", "further reading", "bibliography", "sources",
    "footnotes", "citations", "notes and references",
  ]

  /// The heading text of a line that reads like a heading, or nil.
  /// First words of a question that heads a section.
  private static let questionWords: Set<String> = [
    "who", "what", "when", "where", "why", "how", "which", "can", "do", "does", "is",
  ]

  private func headingText(_ line: String, next: Substring?) -> String? {
    // An ASCII line that cannot be a marked heading or a question is decided on its bytes.
    if TextScan.isASCII(line), let first = line.utf8.first, let last = line.utf8.last, first != 0x3D, first != 0x23,
      last != 0x3F
    {
      guard (0x41...0x5A).contains(first) || (0x30...0x39).contains(first),
        ![0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C].contains(last)
      else { return nil }
      let bytes = ArraySlice(line.utf8)
      guard bytes.count <= 90, Self.wordCount(bytes) <= 10 else { return nil }
      return Self.containsPeriodSpace(bytes) ? nil : line
    }
    if line.hasPrefix("=="), line.hasSuffix("==") {
      let text = TextScan.trimmed(line.filter { $0 != "=" })
      return text.isEmpty ? nil : text
    }
    if line.hasPrefix("#") {
      let text = TextScan.trimmed(line.drop { $0 == "#" })
      return text.isEmpty ? nil : text
    }
    // Fact sheets often head a section with a question: "Who is eligible?"
    if line.hasSuffix("?"), line.split(separator: " ").count <= 8, next.map({ TextScan.trimmed($0).isEmpty }) ?? true,
      Self.questionWords.contains(TextScan.firstWord(line))
    {
      return line
    }
    guard let first = line.first, first.fastIsUppercase || first.fastIsNumber,
      let last = line.last, !".!?:;,".contains(last)
    else { return nil }
    if TextScan.isASCII(line) {
      // ASCII: each byte is a character of its own.
      let bytes = ArraySlice(line.utf8)
      guard bytes.count <= 90, Self.wordCount(bytes) <= 10 else { return nil }
      return Self.containsPeriodSpace(bytes) ? nil : line
    }
    let words = line.split(separator: " ")
    guard words.count <= 10, line.count <= 90 else { return nil }
    // A short line glued to the paragraph after it is a heading only if it has no sentence inside.
    return line.contains(". ") ? nil : line
  }

  /// Emits the sentences of the paragraph collected so far.
  private mutating func flushParagraph() {
    guard !paragraph.isEmpty else { return }
    var joined = ""
    var length = 0
    var starts: [(offset: Int, line: Int)] = []
    for part in paragraph {
      if !joined.isEmpty {
        joined += " "
        length += 1
      }
      starts.append((length, part.line))
      // Citation marks go line by line, so that the offsets of later lines stay true.
      let text = SentenceCleaner.removeCitations(part.text)
      joined += text
      length += TextScan.characterCount(text)
    }
    var cursor = 0
    for piece in SentenceSplitter.split(joined) {
      while cursor + 1 < starts.count, starts[cursor + 1].offset <= piece.offset { cursor += 1 }
      let line = starts[cursor].line
      // "The signatories were A, B and C." is learnt as a list.
      if let enumeration = InlineEnumeration.split(piece.text) {
        units.append(
          .list(
            DocumentOutline.List(
              items: enumeration.items, ordered: false, leadIn: enumeration.lead + ":", context: lastSentence,
              line: line, topic: topic, itemLines: Array(repeating: line, count: enumeration.items.count))))
        lastSentence = piece.text
        continue
      }
      let sentence = DocumentOutline.Sentence(text: piece.text, line: line, topic: topic, previous: lastSentence)
      units.append(.sentence(sentence))
      lastSentence = piece.text
    }
    paragraph = []
  }

  /// Reads a list starting at `start`; returns the index of the first line after it.
  private mutating func readList(_ lines: [Substring], from start: Int) -> Int {
    var items: [String] = []
    var itemLines: [Int] = []
    var ordered = false
    var index = start
    var firstLine = start + 1
    while index < lines.count {
      let trimmed = TextScan.trimmed(lines[index])
      if trimmed.isEmpty {
        // A blank line inside a list is fine when another item follows.
        var next = index + 1
        while next < lines.count, TextScan.trimmed(lines[next]).isEmpty { next += 1 }
        if next < lines.count, ListMarker.item(in: TextScan.trimmed(lines[next])) != nil {
          index = next
          continue
        }
        break
      }
      if let item = ListMarker.item(in: trimmed) {
        if items.isEmpty { firstLine = index + 1 }
        ordered = ordered || item.numbered
        items.append(item.text)
        itemLines.append(index + 1)
      } else if let first = lines[index].first, first.fastIsWhitespace, !items.isEmpty {
        items[items.count - 1] += " " + trimmed
      } else {
        break
      }
      index += 1
    }
    var leadIn: String?
    var context: String?
    var line = firstLine
    if case .sentence(let sentence)? = units.last, sentence.topic == topic {
      leadIn = sentence.text
      context = sentence.previous
      line = sentence.line
      if sentence.text.hasSuffix(":") { units.removeLast() }
    }
    var cleaned: [String] = []
    var lines: [Int] = []
    for (item, itemLine) in zip(items.map(ListMarker.cleanItem), itemLines) where !item.isEmpty {
      cleaned.append(item)
      lines.append(itemLine)
    }
    if !cleaned.isEmpty {
      units.append(
        .list(
          DocumentOutline.List(
            items: cleaned, ordered: ordered, leadIn: leadIn, context: context, line: line, topic: topic,
            itemLines: lines)))
    }
    lastSentence = nil
    return index
  }
}
