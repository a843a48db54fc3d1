import Glibc
import RecallCore
import RecallTerminal

/// Helpers shared by the harnesses: a property that does not hold stops the run with a message,
/// so libFuzzer keeps the input that broke it.
enum Fuzz {
  /// The fuzzer's input as bytes.
  static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
  }

  /// The most processor time one input may take. Processor time, not wall time, so that a busy
  /// shared machine does not make a slow input of a fast one; libFuzzer's `-timeout` (wall time,
  /// set far higher) still catches an input that never ends.
  static let budgetSeconds = 1.0

  /// Runs `body` (one input) and stops the run when it took more than `budgetSeconds` of processor time.
  static func bounded(_ what: String, _ body: () -> Void) {
    let start = threadCPUSeconds()
    body()
    let spent = threadCPUSeconds() - start
    require(spent <= budgetSeconds, "\(what) took \(spent) s of processor time")
  }

  private static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Stops the run when `condition` is false.
  static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("property failed: " + message()) }
  }

  /// Stops the run when `text`, meant for the terminal, holds a control character, an escape
  /// sequence or a bidirectional override (what `Sanitizer` removes); line breaks may stay.
  static func requirePrintable(_ text: String, _ what: String) {
    for scalar in text.unicodeScalars where !isPrintable(scalar) {
      fatalError("property failed: \(what) holds U+\(String(scalar.value, radix: 16, uppercase: true))")
    }
  }

  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: true
    case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: false
    default: true
    }
  }

  /// Stops the run when two decks' cards differ (apart from line numbers), naming the first difference.
  static func requireSameCards(_ left: [Card], _ right: [Card], _ what: String) {
    let (a, b) = (shape(left), shape(right))
    guard a != b else { return }
    let index = a.indices.first { $0 >= b.count || a[$0] != b[$0] } ?? a.count
    let first = index < a.count ? a[index].debugDescription : "none"
    let second = index < b.count ? b[index].debugDescription : "none"
    fatalError("property failed: \(what): card \(index + 1) of \(a.count) is \(first), read back \(second)")
  }

  /// The cards of a deck in a form that does not depend on line numbers, for round trips.
  static func shape(_ cards: [Card]) -> [String] {
    cards.map { card in
      [
        card.id.rawValue, "\(card.kind)", card.prompt, "\(card.answer)", card.alternatives.joined(separator: "\u{1}"),
        card.options.joined(separator: "\u{1}"), card.hint ?? "-", card.topic ?? "-",
        card.tags.joined(separator: "\u{1}"), card.source ?? "-",
      ].joined(separator: "\u{2}")
    }
  }
}
