import CReadline
import Foundation
import RecallCore

/// Reads a line against a deadline. On a terminal it uses readline's callback interface and waits
/// for keys with `poll`, so the prompt's countdown is redrawn every second while the learner types;
/// otherwise it polls plain standard input with the same deadlines. Ctrl-C gives `.interrupt`.
///
/// Readline keeps global state, so only one reader should read at a time; its C callback reaches
/// the Swift side through `TimedReadlineState`.
public final class TimedLineReader: TimedLineReading {
  private let clock: any WallClock
  private let interactive: Bool
  private let input: Int32
  private let write: (String) -> Void
  private var pending: [UInt8] = []
  private var discardingLateLine = false
  private var reachedEnd = false

  /// Creates a reader timed by `clock`; readline is used when `interactive` (by default: when
  /// standard input and output are both terminals). Plain reading takes lines from the file
  /// descriptor `input` and writes prompts with `write` (tests pass a pipe and a buffer).
  public init(
    clock: any WallClock, interactive: Bool? = nil, input: Int32 = STDIN_FILENO,
    write: @escaping (String) -> Void = StandardStreams.write
  ) {
    self.clock = clock
    self.interactive = interactive ?? (isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1)
    self.input = input
    self.write = write
  }

  /// Reads one line before `deadline`, showing `prompt` with the time left.
  public func readLine(prompt: @escaping (Int64?) -> String, deadline: Timestamp?) -> TimedLineInput {
    TimedReadlineState.interrupted = 0
    return InterruptSignal.catching(with: timedReadInterrupt) {
      interactive ? readEditing(prompt: prompt, deadline: deadline) : readPlain(prompt: prompt, deadline: deadline)
    }
  }

  private func remaining(until deadline: Timestamp?) -> Int64? {
    deadline.map { max(0, $0.milliseconds(since: clock.now())) }
  }

  /// Milliseconds to wait before the countdown's next whole second (forever without a deadline).
  private static func refreshDelay(_ remaining: Int64?) -> Int32 {
    guard let remaining else { return -1 }
    let partial = remaining % 1000
    return Int32(partial == 0 ? min(remaining, 1000) : partial)
  }

  // MARK: - Readline

  private func readEditing(prompt: @escaping (Int64?) -> String, deadline: Timestamp?) -> TimedLineInput {
    TimedReadlineState.finished = false
    TimedReadlineState.line = nil
    var shown = prompt(remaining(until: deadline))
    rl_callback_handler_install(shown, timedReadlineHandler)
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    while !TimedReadlineState.finished {
      if TimedReadlineState.interrupted != 0 {
        abandonLine(showing: "^C\n")
        return .interrupt
      }
      let left = remaining(until: deadline)
      if let left, left <= 0 {
        abandonLine(showing: "\n")
        return .timedOut
      }
      let ready = poll(&descriptor, 1, Self.refreshDelay(left))
      if ready > 0, descriptor.revents & Int16(POLLIN | POLLHUP) != 0 {
        rl_callback_read_char()
      } else if ready > 0, descriptor.revents & Int16(POLLERR | POLLNVAL) != 0 {
        abandonLine(showing: "\n")
        return .end
      } else if ready == 0, let now = remaining(until: deadline), now > 0 {
        let next = prompt(now)
        if next != shown {
          shown = next
          redraw(prompt: next)
        }
      }
    }
    rl_callback_handler_remove()
    guard let line = TimedReadlineState.line else {
      StandardStreams.write("\n")
      return .end
    }
    return .line(line)
  }

  /// Redraws the prompt (and what is typed after it) in place with a new countdown. Readline
  /// clears every screen line the input takes: a carriage return alone would clear only the last
  /// line of a wrapped answer and draw the prompt again below the first.
  private func redraw(prompt: String) {
    rl_clear_visible_line()
    rl_set_prompt(prompt)
    rl_forced_update_display()
  }

  /// Leaves the line being typed: the display moves on and readline forgets the line.
  private func abandonLine(showing text: String) {
    // From the end of the input, so that what follows starts below a wrapped answer.
    rl_end_of_line(1, 0)
    rl_redisplay()
    StandardStreams.write(text)
    rl_free_line_state()
    rl_callback_sigcleanup()
    rl_callback_handler_remove()
  }

  // MARK: - Plain input

  private func readPlain(prompt: @escaping (Int64?) -> String, deadline: Timestamp?) -> TimedLineInput {
    write(prompt(remaining(until: deadline)))
    let echoesNewline = isatty(input) != 1
    while true {
      if let line = takeLine() {
        // The echo of a piped answer is shown escaped, like deck text.
        if echoesNewline { write(Sanitizer.clean(line) + "\n") }
        return .line(line)
      }
      if reachedEnd {
        if !pending.isEmpty {
          let last = String(decoding: pending, as: UTF8.self)
          pending = []
          if echoesNewline { write(last + "\n") }
          return .line(last)
        }
        write("\n")
        return .end
      }
      if TimedReadlineState.interrupted != 0 {
        write("^C\n")
        return .interrupt
      }
      let left = remaining(until: deadline)
      if let left, left <= 0 {
        // A half-typed line belongs to the closed question: drop it up to its line break.
        if !pending.isEmpty {
          pending = []
          discardingLateLine = true
        }
        write("\n")
        return .timedOut
      }
      var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
      let wait = left.map { Int32(min($0, 1000)) } ?? -1
      let ready = poll(&descriptor, 1, wait)
      guard ready > 0 else { continue }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, 4096) }
      if count > 0 {
        append(chunk[0..<count])
      } else if count == 0 || errno != EINTR {
        reachedEnd = true
      }
    }
  }

  private func append(_ bytes: ArraySlice<UInt8>) {
    var bytes = bytes
    if discardingLateLine {
      guard let newline = bytes.firstIndex(of: 10) else { return }
      bytes = bytes[(newline + 1)...]
      discardingLateLine = false
    }
    pending.append(contentsOf: bytes)
  }

  private func takeLine() -> String? {
    guard let newline = pending.firstIndex(of: 10) else { return nil }
    var bytes = pending[..<newline]
    if bytes.last == 13 { bytes = bytes.dropLast() }
    pending.removeSubrange(...newline)
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// The clock of the real world, for the terminal: milliseconds since the epoch from the system.
public struct TerminalClock: WallClock {
  /// Creates the clock.
  public init() {}

  /// The current time.
  public func now() -> Timestamp {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Timestamp(milliseconds: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
  }
}

/// Unbuffered writes to standard output, so they interleave correctly with readline's own output.
public enum StandardStreams {
  /// Writes `text` to standard output at once.
  public static func write(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Foundation.write(STDOUT_FILENO, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
      }
      if written <= 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}

/// The state readline's C callback shares with `TimedLineReader`; touched only on the thread
/// reading input (and the interrupt flag by the signal handler).
enum TimedReadlineState {
  nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
  nonisolated(unsafe) static var finished = false
  nonisolated(unsafe) static var line: String?
}

private func timedReadInterrupt(_ signal: Int32) {
  TimedReadlineState.interrupted = 1
}

private func timedReadlineHandler(_ line: UnsafeMutablePointer<CChar>?) {
  TimedReadlineState.finished = true
  // Removing the handler here stops readline from printing the prompt again after the line.
  rl_callback_handler_remove()
  guard let line else {
    TimedReadlineState.line = nil
    return
  }
  TimedReadlineState.line = String(cString: line)
  free(line)
}
