/// A plain text form of review histories for tools and benchmarks: one card per line, its reviews
/// oldest first as `milliseconds:rating` separated by spaces (ratings 1-4).
public enum TrainingHistoryText {
  /// A line that is not of that form, with its number (from 1).
  public struct LineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line number, from 1.
    public var line: Int
    /// Why.
    public var description: String { "line \(line) is not a list of milliseconds:rating (rating 1 to 4)" }
  }

  /// The text of `histories`.
  public static func encode(_ histories: [[TimedRating]]) -> String {
    var text = ""
    for history in histories {
      text += history.map { "\($0.time.milliseconds):\($0.rating.rawValue)" }.joined(separator: " ")
      text += "\n"
    }
    return text
  }

  /// The histories in `text`; blank lines are skipped.
  public static func decode(_ text: String) throws(LineError) -> [[TimedRating]] {
    var histories: [[TimedRating]] = []
    var history: [TimedRating] = []
    var line = 1
    var number: Int64 = 0
    var digits = 0
    var negative = false
    var time: Int64?
    func finishField() throws(LineError) {
      guard digits > 0 else {
        if time != nil || negative { throw LineError(line: line) }
        return
      }
      let value = negative ? -number : number
      if let moment = time {
        guard let rating = Rating(rawValue: Int(value)) else { throw LineError(line: line) }
        history.append(TimedRating(time: Timestamp(milliseconds: moment), rating: rating))
        time = nil
      } else {
        throw LineError(line: line)
      }
      number = 0
      digits = 0
      negative = false
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let (product, overflow) = number.multipliedReportingOverflow(by: 10)
        guard !overflow, digits < 18 else { throw LineError(line: line) }
        number = product + Int64(byte - UInt8(ascii: "0"))
        digits += 1
      case UInt8(ascii: "-"):
        guard digits == 0, !negative, time == nil else { throw LineError(line: line) }
        negative = true
      case UInt8(ascii: ":"):
        guard digits > 0, time == nil else { throw LineError(line: line) }
        time = negative ? -number : number
        number = 0
        digits = 0
        negative = false
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        try finishField()
      case UInt8(ascii: "\n"):
        try finishField()
        if !history.isEmpty { histories.append(history) }
        history = []
        line += 1
      default:
        throw LineError(line: line)
      }
    }
    try finishField()
    if !history.isEmpty { histories.append(history) }
    return histories
  }
}
