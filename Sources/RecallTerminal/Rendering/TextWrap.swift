/// Breaks text into lines of a given width at word boundaries, measuring by terminal columns (a
/// wide character takes two). A word longer than a whole line is the only thing ever cut.
public enum TextWrap {
  /// The lines of `text` (one paragraph; line breaks in it are kept) at most `width` columns wide;
  /// lines after the first of each paragraph start with `indent`. With `width` nil, the text as is.
  public static func lines(_ text: String, width: Int?, indent: String = "") -> [String] {
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let width else { return paragraphs }
    return paragraphs.flatMap { wrap($0, width: width, indent: indent) }
  }

  /// `lines(text, width:indent:)` joined with line breaks.
  public static func wrapped(_ text: String, width: Int?, indent: String = "") -> String {
    lines(text, width: width, indent: indent).joined(separator: "\n")
  }

  /// `text` sanitised, on one line, cut to `width` terminal columns with an ellipsis (a wide
  /// character takes two): for table cells and labels that must keep to their column.
  public static func clip(_ text: String, _ width: Int) -> String {
    let clean = Sanitizer.clean(text.replacingOccurrences(of: "\n", with: " "))
    guard Table.displayWidth(clean) > width else { return clean }
    var cut = ""
    var used = 0
    for character in clean {
      let size = Table.displayWidth(String(character))
      if used + size > width - 1 { break }
      cut.append(character)
      used += size
    }
    return cut + "\u{2026}"
  }

  private static func wrap(_ paragraph: String, width: Int, indent: String) -> [String] {
    guard Table.displayWidth(paragraph) > width else { return [paragraph] }
    let indentWidth = Table.displayWidth(indent)
    var lines: [String] = []
    var line = ""
    var used = 0
    var atStart = true
    // Each word keeps the spaces before it (columns stay as laid out) unless it opens a line.
    for (gap, wordText) in tokens(paragraph) {
      var word = wordText
      var size = Table.displayWidth(word)
      if !atStart, used + gap.count + size > width {
        lines.append(line)
        line = indent
        used = indentWidth
        atStart = true
      }
      if atStart, lines.isEmpty {
        // The first line keeps its leading spaces (an option's indent).
        line += gap
        used += gap.count
      } else if !atStart {
        line += gap
        used += gap.count
      }
      // A word wider than a line is cut: nothing else can be done with it.
      while used + size > width, size > 1 {
        let (head, tail) = split(word, at: max(1, width - used))
        lines.append(line + head)
        line = indent
        used = indentWidth
        word = tail
        size = Table.displayWidth(word)
      }
      line += word
      used += size
      atStart = false
    }
    lines.append(line)
    return lines
  }

  /// The words of `text`, each with the run of spaces before it.
  private static func tokens(_ text: String) -> [(gap: String, word: String)] {
    var result: [(gap: String, word: String)] = []
    var gap = ""
    var word = ""
    for character in text {
      if character == " " {
        if !word.isEmpty {
          result.append((gap, word))
          gap = ""
          word = ""
        }
        gap.append(character)
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { result.append((gap, word)) }
    return result
  }

  private static func split(_ word: String, at columns: Int) -> (String, String) {
    var head = ""
    var used = 0
    var index = word.startIndex
    while index < word.endIndex {
      let size = Table.displayWidth(String(word[index]))
      if used + size > columns { break }
      head.append(word[index])
      used += size
      index = word.index(after: index)
    }
    return (head, String(word[index...]))
  }
}
