import Foundation
import RecallCore
import Testing

@testable import RecallTerminal

/// Plain (non-terminal) timed reading over a pipe, with a fixed clock so nothing waits.
@Suite struct TimedLineReaderTests {
  final class Buffer: @unchecked Sendable {
    var text = ""
  }

  /// A reader of a pipe holding `bytes` (closed after them when `close`).
  func reader(_ bytes: String, close: Bool, clock: FixedClock, output: Buffer) -> (TimedLineReader, Pipe) {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(bytes.utf8))
    if close { try? pipe.fileHandleForWriting.close() }
    let reader = TimedLineReader(
      clock: clock, interactive: false, input: pipe.fileHandleForReading.fileDescriptor, write: { output.text += $0 })
    return (reader, pipe)
  }

  let start = Timestamp(milliseconds: 1_000_000)

  @Test func readsLinesAndThenTheEnd() {
    let output = Buffer()
    let (reader, pipe) = reader("b\r\nAstana\nlast", close: true, clock: FixedClock(start), output: output)
    let deadline = start.adding(milliseconds: 2000)
    #expect(reader.readLine(prompt: { "[\($0 ?? -1)] > " }, deadline: deadline) == .line("b"))
    #expect(reader.readLine(prompt: { _ in "> " }, deadline: nil) == .line("Astana"))
    #expect(reader.readLine(prompt: { _ in "> " }, deadline: nil) == .line("last"))
    #expect(reader.readLine(prompt: { _ in "> " }, deadline: nil) == .end)
    // Piped input is not echoed by a terminal, so the reader writes the line after its prompt.
    #expect(output.text == "[2000] > b\n> Astana\n> last\n> \n")
    _ = pipe
  }

  @Test func aPassedDeadlineTimesOutWithoutWaiting() {
    let output = Buffer()
    let clock = FixedClock(start.adding(milliseconds: 5000))
    let (reader, pipe) = reader("", close: false, clock: clock, output: output)
    #expect(reader.readLine(prompt: { _ in "> " }, deadline: start) == .timedOut)
    #expect(output.text == "> \n")
    _ = pipe
  }
}
