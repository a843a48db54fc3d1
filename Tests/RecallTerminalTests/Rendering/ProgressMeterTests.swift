import Foundation
import RecallTerminal
import Testing

/// The progress meter redraws its bar in place, once a percent, and clears it at the end.
@Suite struct ProgressMeterTests {
  /// What a meter wrote, collected from any thread.
  private final class Sink: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    func append(_ text: String) { lock.withLock { parts.append(text) } }
    var written: [String] { lock.withLock { parts } }
  }

  @Test func drawsEachPercentOnceAndClearsItsLine() {
    let sink = Sink()
    let bar = ProgressBar(label: "generating", width: 10)
    let meter = ProgressMeter(bar: bar, write: { sink.append($0) })
    meter.update(0)
    meter.update(0.004)
    meter.update(0.5)
    meter.update(0.3)
    meter.update(1)
    meter.finish()
    #expect(
      sink.written == [
        bar.line(0, style: .plain), bar.line(0.5, style: .plain), bar.line(1, style: .plain), bar.clear,
      ])
  }

  @Test func anUnusedMeterWritesNothing() {
    let sink = Sink()
    ProgressMeter(bar: ProgressBar(label: "generating"), write: { sink.append($0) }).finish()
    #expect(sink.written.isEmpty)
  }
}
