/// Lays out rows of text as aligned columns.
public enum Table {
  /// The rows with columns padded to their widest cell; numbers are right-aligned except in the
  /// `textColumns` (by index), which hold what people typed, where `4` is an answer like `b`.
  public static func render(
    _ rows: [[String]], header: Bool, style: TextStyle = .plain, textColumns: Set<Int> = []
  ) -> String {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], displayWidth(cell)) }
    }
    var output = ""
    for (rowIndex, row) in rows.enumerated() {
      var line = ""
      for (index, cell) in row.enumerated() {
        let padding = String(repeating: " ", count: widths[index] - displayWidth(cell))
        let isNumber =
          !textColumns.contains(index) && !cell.isEmpty && cell.allSatisfy { $0.isNumber || $0 == "." || $0 == "%" }
        let isLast = index == row.count - 1
        let padded = isNumber ? padding + cell : (isLast ? cell : cell + padding)
        line += (index == 0 ? "" : "  ") + padded
      }
      output += (header && rowIndex == 0 ? style.bold(line) : line) + "\n"
    }
    return output
  }

  /// The number of terminal columns `text` takes (wide East Asian characters take two; the colour
  /// sequences `TextStyle` writes take none).
  public static func displayWidth(_ text: String) -> Int {
    var inEscape = false
    return text.unicodeScalars.reduce(0) { width, scalar in
      let value = scalar.value
      // An SGR sequence, ESC [ ... m, is drawn as nothing.
      if value == 0x1B {
        inEscape = true
        return width
      }
      if inEscape {
        if scalar == "m" { inEscape = false }
        return width
      }
      if scalar.properties.generalCategory == .nonspacingMark || value == 0x200D { return width }
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
        || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value)
      return width + (wide ? 2 : 1)
    }
  }
}
