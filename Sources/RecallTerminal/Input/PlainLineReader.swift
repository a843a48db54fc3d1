import Foundation
import RecallCore

/// Reads lines from standard input without editing, for scripts and pipes
/// (`printf 'study\n30\n' | recall`). Prompts are written only when `showsPrompts` (standard
/// output is a terminal), so piped sessions do not print prompts that nobody answers.
public final class PlainLineReader: LineReader {
  private let showsPrompts: Bool

  /// Creates a reader; `showsPrompts` decides whether prompts are written to standard output.
  public init(showsPrompts: Bool) {
    self.showsPrompts = showsPrompts
  }

  /// Writes the prompt (if shown) and reads a line; the end of input is `.end`.
  public func readLine(prompt: String) -> LineInput {
    if showsPrompts {
      StandardOutput.write(prompt)
    }
    guard let line = Swift.readLine(strippingNewline: true) else { return .end }
    return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
  }
}

/// Writes to standard output, flushing at once so output and prompts keep their order.
public final class StandardOutput: TextSink {
  /// Creates the sink.
  public init() {}

  /// Writes `text` at once.
  public func write(_ text: String) {
    Self.write(text)
  }

  /// Writes `text` to file descriptor 1 unbuffered, so it keeps its order with readline's output.
  public static func write(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if written <= 0 {
        if written < 0, errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}
