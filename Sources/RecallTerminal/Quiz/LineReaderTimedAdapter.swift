import RecallCore

/// Times a plain `LineReader` (the REPL's reader of piped input): the prompt shows the time left
/// when it is asked, and a line that comes after the deadline is judged late by the quiz session,
/// so the same deadlines hold although the wait itself is not cut short.
///
/// Used by the REPL on plain input, where standard input is already buffered by its reader; on a
/// terminal the REPL quiz uses `TimedLineReader`, which redraws the countdown and closes the
/// question on time.
public final class LineReaderTimedAdapter: TimedLineReading {
  private let reader: any LineReader
  private let clock: any WallClock

  /// Creates an adapter over `reader`, timed by `clock`.
  public init(reader: any LineReader, clock: any WallClock) {
    self.reader = reader
    self.clock = clock
  }

  /// Reads one line; a passed deadline is left to the quiz session to judge.
  public func readLine(prompt: @escaping (Int64?) -> String, deadline: Timestamp?) -> TimedLineInput {
    let remaining = deadline.map { max(0, $0.milliseconds(since: clock.now())) }
    switch reader.readLine(prompt: prompt(remaining)) {
    case .line(let text): return .line(text)
    case .interrupt: return .interrupt
    case .end: return .end
    }
  }
}
