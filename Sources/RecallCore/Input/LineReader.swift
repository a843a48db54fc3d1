/// What reading one line of input gave.
public enum LineInput: Hashable, Sendable {
  /// A line, without its line break.
  case line(String)
  /// The learner pressed Ctrl-C: cancel what is going on and return to the prompt.
  case interrupt
  /// Input ended (Ctrl-D, or the end of a script).
  case end
}

/// A source of input lines. RecallTerminal reads with readline on a terminal and plainly
/// otherwise; tests use `ScriptedLineReader`.
public protocol LineReader: AnyObject {
  /// Shows `prompt` (when the reader shows prompts) and reads one line.
  func readLine(prompt: String) -> LineInput
}

/// Somewhere text for the learner goes: the terminal, or a transcript in tests.
public protocol TextSink: AnyObject {
  /// Writes `text` as is (callers add line breaks).
  func write(_ text: String)
}

/// Collects written text in memory, for golden transcripts.
public final class TranscriptSink: TextSink {
  /// Everything written so far.
  public private(set) var text = ""

  /// Creates an empty transcript.
  public init() {}

  /// Appends `text`.
  public func write(_ text: String) {
    self.text += text
  }
}

/// Replays a fixed list of inputs, then reports the end of input. Each read writes the prompt and
/// the line (or `^C` / `^D`) to `echo`, so a transcript reads like a terminal session.
public final class ScriptedLineReader: LineReader {
  private var inputs: [LineInput]
  private let echo: (any TextSink)?
  private let beforeEachRead: (() -> Void)?

  /// Creates a reader of `inputs`; `beforeEachRead` runs before each line is handed out (tests use
  /// it to move a fixed clock).
  public init(_ inputs: [LineInput], echo: (any TextSink)? = nil, beforeEachRead: (() -> Void)? = nil) {
    self.inputs = inputs
    self.echo = echo
    self.beforeEachRead = beforeEachRead
  }

  /// Creates a reader of plain lines.
  public convenience init(lines: [String], echo: (any TextSink)? = nil) {
    self.init(lines.map(LineInput.line), echo: echo)
  }

  /// The next scripted input.
  public func readLine(prompt: String) -> LineInput {
    beforeEachRead?()
    let input = inputs.isEmpty ? LineInput.end : inputs.removeFirst()
    switch input {
    case .line(let line): echo?.write(prompt + line + "\n")
    case .interrupt: echo?.write(prompt + "^C\n")
    case .end: echo?.write(prompt + "^D\n")
    }
    return input
  }
}
