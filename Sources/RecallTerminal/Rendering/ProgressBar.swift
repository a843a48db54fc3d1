/// A one-line progress bar, `label [#####.....]  45%`, redrawn in place on a terminal.
public struct ProgressBar: Sendable {
  /// The text before the bar.
  public var label: String
  /// The width of the bar in characters.
  public var width: Int

  /// Creates a bar.
  public init(label: String, width: Int = 30) {
    self.label = label
    self.width = max(width, 1)
  }

  /// The line for `fraction` done (clamped to 0...1), starting with a carriage return so that it
  /// overwrites the previous one.
  public func line(_ fraction: Double, style: TextStyle) -> String {
    let done = min(max(fraction.isNaN ? 0 : fraction, 0), 1)
    let filled = Int((done * Double(width)).rounded(.down))
    let bar = String(repeating: "█", count: filled) + style.dim(String(repeating: "░", count: width - filled))
    let percent = String(Int((done * 100).rounded(.down)))
    return "\r" + Sanitizer.clean(label) + " " + bar + " " + String(repeating: " ", count: 3 - percent.count) + percent
      + "%"
  }

  /// Clears the line the bar was drawn on.
  public var clear: String { "\r\u{1B}[2K" }
}
