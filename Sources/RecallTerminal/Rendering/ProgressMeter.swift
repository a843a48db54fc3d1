import Foundation

/// A `ProgressBar` fed from any thread (the generator's workers report as they go): it redraws
/// only when the percent moves on, and clears its line at the end.
public final class ProgressMeter: @unchecked Sendable {
  private let bar: ProgressBar
  private let style: TextStyle
  private let write: @Sendable (String) -> Void
  private let lock = NSLock()
  private var shown = -1

  /// A meter drawing `bar` in `style` with `write` (standard error by default).
  public init(
    bar: ProgressBar, style: TextStyle = .plain,
    write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
  ) {
    self.bar = bar
    self.style = style
    self.write = write
  }

  /// Shows `fraction` (0 to 1) done.
  public func update(_ fraction: Double) {
    let percent = Int((min(1, max(0, fraction.isNaN ? 0 : fraction)) * 100).rounded(.down))
    lock.lock()
    defer { lock.unlock() }
    guard percent > shown else { return }
    shown = percent
    write(bar.line(Double(percent) / 100, style: style))
  }

  /// Clears the bar's line, so that what is printed next starts on a clean line.
  public func finish() {
    lock.lock()
    defer { lock.unlock() }
    guard shown >= 0 else { return }
    write(bar.clear)
  }
}
