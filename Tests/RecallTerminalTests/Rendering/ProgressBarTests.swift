import Foundation
import RecallTerminal
import Testing

/// The progress bar redraws its line in place, once a percent, and clears it at the end.
@Suite struct ProgressBarTests {
  /// What a bar wrote, collected from any thread.
  private final class Sink: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    func append(_ text: String) { lock.withLock { parts.append(text) } }
    var written: [String] { lock.withLock { parts } }
  }

  @Test func drawsEachPercentOnceAndClearsItsLine() {
    let sink = Sink()
    let bar = ProgressBar(label: "generating", width: 10, write: { sink.append($0) })
    bar.update(0)
    bar.update(0.004)
    bar.update(0.5)
    bar.update(0.3)
    bar.update(1)
    bar.finish()
    #expect(
      sink.written == [
        "\rgenerating [..........]   0%", "\rgenerating [#####.....]  50%", "\rgenerating [##########] 100%",
        "\r" + String(repeating: " ", count: 28) + "\r",
      ])
  }

  @Test func anUnusedBarWritesNothing() {
    let sink = Sink()
    ProgressBar(label: "generating", write: { sink.append($0) }).finish()
    #expect(sink.written.isEmpty)
  }
}
