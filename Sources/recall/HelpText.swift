import ArgumentParser
import Foundation
import RecallTerminal

/// Help as ArgumentParser writes it, laid out to the terminal's width: ArgumentParser wraps the
/// descriptions but leaves the usage line whole, so it is wrapped here, between its options.
enum HelpText {
  /// The columns help is laid out in: `$COLUMNS`, else the terminal's width, else 80 (output that
  /// is not a terminal).
  static var columns: Int {
    if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
      return columns
    }
    return TerminalSize.columns() ?? 80
  }

  /// The help (or version) a clean exit of ArgumentParser asks for, laid out in `columns`.
  static func text(for error: Error, columns: Int) -> String {
    laidOut(RecallCommand.fullMessage(for: error, columns: columns), columns: columns)
  }

  /// Prints the help (or version) of a clean exit to standard output, laid out to the terminal's
  /// width, and exits 0.
  static func exit(showing error: Error) -> Never {
    let text = text(for: error, columns: columns)
    FileHandle.standardOutput.write(Data((text.hasSuffix("\n") || text.isEmpty ? text : text + "\n").utf8))
    Foundation.exit(0)
  }

  /// `help` with its `USAGE:` line wrapped to `columns` between whole options (`[--topic
  /// <topic>]` is never split), continued under the command's name.
  static func laidOut(_ help: String, columns: Int) -> String {
    help.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.hasPrefix("USAGE: "), line.count > columns else { return String(line) }
      return wrapUsage(String(line), columns: columns)
    }.joined(separator: "\n")
  }

  private static func wrapUsage(_ line: String, columns: Int) -> String {
    var groups: [String] = []
    var current = ""
    var depth = 0
    for character in line {
      if character == " " && depth == 0 {
        if !current.isEmpty { groups.append(current) }
        current = ""
        continue
      }
      if "[<(".contains(character) { depth += 1 }
      if "]>)".contains(character) { depth = max(0, depth - 1) }
      current.append(character)
    }
    if !current.isEmpty { groups.append(current) }
    // `USAGE: recall study` stays together; the options continue under the command's name.
    let head = groups.prefix { !"[<-".contains($0.first ?? " ") }
    let indent = String(repeating: " ", count: min(head.joined(separator: " ").count + 1, columns / 2))
    var lines: [String] = [head.joined(separator: " ")]
    for group in groups.dropFirst(head.count) {
      if lines[lines.count - 1].count + 1 + group.count > columns && lines[lines.count - 1] != indent {
        lines.append(indent + group)
      } else {
        lines[lines.count - 1] += (lines[lines.count - 1] == indent ? "" : " ") + group
      }
    }
    return lines.joined(separator: "\n")
  }
}
