/// What reading a line against a deadline gave.
public enum TimedLineInput: Hashable, Sendable {
  /// A line, without its line break.
  case line(String)
  /// The deadline passed before a line was finished.
  case timedOut
  /// The learner pressed Ctrl-C.
  case interrupt
  /// Input ended (Ctrl-D, or the end of a script).
  case end
}

/// A source of lines that gives up at a deadline. RecallTerminal fulfils it with readline's
/// callback interface (a live countdown in the prompt) or plain input polled with a timeout;
/// tests use `ScriptedTimedLineReader` with a fixed clock.
public protocol TimedLineReading: AnyObject {
  /// Reads one line before `deadline` (no limit when nil). `prompt` makes the prompt from the
  /// milliseconds left (nil without a deadline); a terminal redraws it as the seconds go by.
  func readLine(prompt: @escaping (_ remaining: Int64?) -> String, deadline: Timestamp?) -> TimedLineInput
}

/// One step of a scripted learner.
public enum ScriptedQuizInput: Hashable, Sendable {
  /// Types `text` after `after` milliseconds (too late if the deadline comes first).
  case answer(String, after: Int64)
  /// Types nothing: the clock runs to the deadline.
  case silence
  /// Presses Ctrl-C after `after` milliseconds.
  case interrupt(after: Int64)
  /// Ends the input.
  case end
}

/// Replays a scripted learner against a `FixedClock`: each step moves the clock by the time the
/// learner takes, and stops at the deadline when that comes first. Prompts and typed lines are
/// echoed to `echo` so a transcript reads like a terminal session.
public final class ScriptedTimedLineReader: TimedLineReading {
  private var steps: [ScriptedQuizInput]
  private let clock: FixedClock
  private let echo: ((String) -> Void)?

  /// Creates a reader of `steps` that moves `clock`.
  public init(_ steps: [ScriptedQuizInput], clock: FixedClock, echo: ((String) -> Void)? = nil) {
    self.steps = steps
    self.clock = clock
    self.echo = echo
  }

  /// Creates a reader of lines typed instantly.
  public convenience init(lines: [String], clock: FixedClock, echo: ((String) -> Void)? = nil) {
    self.init(lines.map { .answer($0, after: 0) }, clock: clock, echo: echo)
  }

  /// The next scripted step, cut short by `deadline`.
  public func readLine(prompt: @escaping (Int64?) -> String, deadline: Timestamp?) -> TimedLineInput {
    let shown = prompt(deadline.map { max(0, $0.milliseconds(since: clock.now())) })
    let step = steps.isEmpty ? ScriptedQuizInput.end : steps.removeFirst()
    switch step {
    case .answer(let text, let after):
      if let deadline, clock.now().adding(milliseconds: after) >= deadline {
        clock.set(deadline)
        echo?(shown + "\n")
        return .timedOut
      }
      clock.advance(milliseconds: after)
      echo?(shown + text + "\n")
      return .line(text)
    case .silence:
      guard let deadline else {
        echo?(shown + "^D\n")
        return .end
      }
      clock.set(max(deadline, clock.now()))
      echo?(shown + "\n")
      return .timedOut
    case .interrupt(let after):
      clock.advance(milliseconds: after)
      echo?(shown + "^C\n")
      return .interrupt
    case .end:
      echo?(shown + "^D\n")
      return .end
    }
  }
}
