import Foundation
import Testing

/// Golden files: what a person sees, pinned as text beside the tests that produce it.
///
/// A mismatch fails with a line diff of the golden file against the output. With
/// `RECALL_UPDATE_GOLDEN=1` a golden that differs (or is missing) is rewritten from the output,
/// and the test still fails, naming the file: a rewrite is never a silent pass. Review the diff
/// with `git diff`, then run again without the variable.
public enum Golden {
  /// The environment variable that asks for goldens to be rewritten.
  public static let updateVariable = "RECALL_UPDATE_GOLDEN"

  /// Whether this run rewrites goldens (`RECALL_UPDATE_GOLDEN` set to anything but `0` or empty).
  public static var updating: Bool {
    let value = ProcessInfo.processInfo.environment[updateVariable] ?? ""
    return !value.isEmpty && value != "0"
  }

  /// What comparing an output with its golden file found.
  public enum Outcome: Equatable, Sendable {
    /// The file holds exactly the output.
    case matches
    /// The file is missing (and was not rewritten).
    case missing
    /// The file differs; the diff of the file (`-`) against the output (`+`).
    case differs(diff: String)
    /// The file was missing or differed and was rewritten from the output; the diff of the old
    /// file against the new (empty for a new file).
    case rewritten(diff: String)
  }

  /// The folder `relativePath` next to the calling source file (`#filePath`), e.g. `Fixtures`.
  public static func folder(_ relativePath: String, near filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(relativePath)
  }

  /// Compares `actual` with the file at `url` and, when `update` is set and they differ, writes
  /// `actual` there (creating folders). Records nothing: `check` turns the outcome into issues.
  public static func compare(_ actual: String, with url: URL, update: Bool = updating) -> Outcome {
    let old = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    if old == actual { return .matches }
    let diff = old.map { lineDiff(expected: $0, actual: actual) } ?? ""
    guard update else { return old == nil ? .missing : .differs(diff: diff) }
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
    } catch {
      return .differs(diff: diff + "\n(could not rewrite the file: \(error))")
    }
    return .rewritten(diff: diff)
  }

  /// Expects `actual` to equal the golden file at `url`; records an issue with a line diff when
  /// it does not, and an issue naming the file when it was rewritten.
  public static func check(
    _ actual: String, against url: URL, update: Bool = updating, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let name = url.lastPathComponent
    switch compare(actual, with: url, update: update) {
    case .matches:
      return
    case .missing:
      Issue.record(
        "golden \(name) is missing (\(url.path)); run with \(updateVariable)=1 to write it",
        sourceLocation: sourceLocation)
    case .differs(let diff):
      Issue.record(
        "golden \(name) differs (- golden, + output); \(updateVariable)=1 rewrites it:\n\(diff)",
        sourceLocation: sourceLocation)
    case .rewritten(let diff):
      let change = diff.isEmpty ? "written" : "rewritten (- old, + new):\n\(diff)"
      Issue.record(
        "golden \(name) was \(change)\nreview it with git diff, then run again without \(updateVariable)",
        sourceLocation: sourceLocation)
    }
  }

  /// Expects `actual` to equal the golden file `name` in `folder`.
  public static func check(
    _ actual: String, named name: String, in folder: URL, update: Bool = updating,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    check(actual, against: folder.appendingPathComponent(name), update: update, sourceLocation: sourceLocation)
  }

  /// The lines of `expected` and `actual` that differ, `-` for a line only in `expected` and `+`
  /// for one only in `actual`, with up to `context` unchanged lines around each change and `@@`
  /// line numbers (of `expected`) at the start of each hunk. Escape characters are shown as `\e`
  /// so coloured output stays readable; a difference in the final line break is said in words.
  public static func lineDiff(expected: String, actual: String, context: Int = 2) -> String {
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    let edits = LineDiff.edits(old, new)
    var shown = [Bool](repeating: false, count: edits.count)
    for index in edits.indices where edits[index].kind != .same {
      for near in max(0, index - context)...min(edits.count - 1, index + context) { shown[near] = true }
    }
    var output: [String] = []
    for (index, edit) in edits.enumerated() where shown[index] {
      if index == 0 || !shown[index - 1] {
        if !output.isEmpty { output.append("...") }
        output.append("@@ line \(edit.oldLine + 1)")
      }
      let text = visible(edit.text)
      switch edit.kind {
      case .same: output.append("  " + text)
      case .removed: output.append("- " + text)
      case .added: output.append("+ " + text)
      }
    }
    if output.count > maximumLines {
      let left = output.count - maximumLines
      output = Array(output.prefix(maximumLines)) + ["(\(left) more lines of diff)"]
    }
    if output.isEmpty && expected != actual {
      output.append("(the texts differ in invisible characters only)")
    }
    let finalBreak = (expected.hasSuffix("\n"), actual.hasSuffix("\n"))
    if finalBreak.0 != finalBreak.1 {
      output.append(finalBreak.0 ? "(the output lacks the final line break)" : "(the output adds a final line break)")
    }
    return output.joined(separator: "\n")
  }

  /// The longest diff shown; a larger change is cut with a count of the lines left out.
  public static let maximumLines = 400

  private static func visible(_ line: String) -> String {
    line.replacingOccurrences(of: "\u{1B}", with: "\\e").replacingOccurrences(of: "\r", with: "\\r")
  }
}

/// A longest-common-subsequence diff of lines; long inputs fall back to comparing line by line
/// after their common start and end, so a huge golden never makes a failing test slow.
enum LineDiff {
  enum Kind { case same, removed, added }

  struct Edit {
    var kind: Kind
    var text: String
    /// The index in the old lines where this edit stands.
    var oldLine: Int
  }

  static func edits(_ old: [String], _ new: [String]) -> [Edit] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])
    var result = old[..<prefix].enumerated().map { Edit(kind: .same, text: $0.element, oldLine: $0.offset) }
    result += middle(oldMiddle, newMiddle, offset: prefix)
    let tailStart = old.count - suffix
    result += old[tailStart...].enumerated().map { Edit(kind: .same, text: $0.element, oldLine: tailStart + $0.offset) }
    return result
  }

  private static func middle(_ old: [String], _ new: [String], offset: Int) -> [Edit] {
    guard old.count * new.count <= 4_000_000 else {
      return old.enumerated().map { Edit(kind: .removed, text: $0.element, oldLine: offset + $0.offset) }
        + new.map { Edit(kind: .added, text: $0, oldLine: offset + old.count) }
    }
    // lengths[i][j]: the longest common subsequence of old[i...] and new[j...].
    var lengths = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var edits: [Edit] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        edits.append(Edit(kind: .same, text: old[i], oldLine: offset + i))
        i += 1
        j += 1
      } else if i < old.count, j == new.count || lengths[i + 1][j] >= lengths[i][j + 1] {
        edits.append(Edit(kind: .removed, text: old[i], oldLine: offset + i))
        i += 1
      } else {
        edits.append(Edit(kind: .added, text: new[j], oldLine: offset + i))
        j += 1
      }
    }
    return edits
  }
}
