import Foundation

/// A one-line progress bar redrawn in place on a terminal ("generating [#####.....]  50%"),
/// safe to update from any thread; it draws only when the fraction moves by a percent.
public final class ProgressBar: @unchecked Sendable {
  private let label: String
  private let width: Int
  private let write: @Sendable (String) -> Void
  private let lock = NSLock()
  private var shown = -1

  /// A bar named `label`, `width` characters wide, drawn with `write` (standard error by default).
  public init(
    label: String, width: Int = 30,
    write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
  ) {
    self.label = label
    self.width = width
    self.write = write
  }

  /// Shows `fraction` (0 to 1) done.
  public func update(_ fraction: Double) {
    let percent = Int((min(1, max(0, fraction)) * 100).rounded(.down))
    lock.lock()
    defer { lock.unlock() }
    guard percent > shown else { return }
    shown = percent
    let filled = width * percent / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    write("\r\(label) [\(bar)] \(String(repeating: " ", count: percent < 10 ? 2 : percent < 100 ? 1 : 0))\(percent)%")
  }

  /// Clears the bar's line, so that what is printed next starts on a clean line.
  public func finish() {
    lock.lock()
    defer { lock.unlock() }
    guard shown >= 0 else { return }
    write("\r" + String(repeating: " ", count: label.count + width + 8) + "\r")
  }
}
