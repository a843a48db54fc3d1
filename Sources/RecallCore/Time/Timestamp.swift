/// A moment in time as whole milliseconds since 1970-01-01T00:00:00Z (UTC).
///
/// Times are integers so that scheduling arithmetic is exact: FSRS due dates are computed to the
/// millisecond and compared for equality with the reference implementation.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Milliseconds since the Unix epoch, UTC.
  public var milliseconds: Int64

  /// Creates a timestamp from milliseconds since the Unix epoch.
  public init(milliseconds: Int64) {
    self.milliseconds = milliseconds
  }

  /// One second, in milliseconds.
  public static let second: Int64 = 1000
  /// One minute, in milliseconds.
  public static let minute: Int64 = 60_000
  /// One hour, in milliseconds.
  public static let hour: Int64 = 3_600_000
  /// One day (24 hours), in milliseconds.
  public static let day: Int64 = 86_400_000

  /// The timestamp moved by `milliseconds` (negative moves back).
  public func adding(milliseconds delta: Int64) -> Timestamp {
    Timestamp(milliseconds: milliseconds &+ delta)
  }

  /// Milliseconds from `other` to `self` (positive when `self` is later).
  public func milliseconds(since other: Timestamp) -> Int64 {
    milliseconds &- other.milliseconds
  }

  /// Whole days from `other` to `self`, floored (so -1 ms gives -1), as Python's `timedelta.days`.
  public func wholeDays(since other: Timestamp) -> Int64 {
    let delta = milliseconds(since: other)
    let (quotient, remainder) = delta.quotientAndRemainder(dividingBy: Timestamp.day)
    return remainder < 0 ? quotient - 1 : quotient
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.milliseconds < rhs.milliseconds
  }

  public var description: String { ISO8601Milliseconds.format(self) }
}

/// Reads and writes `YYYY-MM-DDTHH:MM:SS.mmmZ` timestamps without Foundation's date formatters,
/// which are slow and locale-sensitive.
public enum ISO8601Milliseconds {
  /// Formats a timestamp as `2024-02-24T17:13:44.000Z`.
  public static func format(_ time: Timestamp) -> String {
    let ms = time.milliseconds
    var days = ms / Timestamp.day
    var rem = ms % Timestamp.day
    if rem < 0 {
      rem += Timestamp.day
      days -= 1
    }
    let (year, month, day) = CivilDate.fromDays(days)
    let hour = rem / Timestamp.hour
    let minute = (rem % Timestamp.hour) / Timestamp.minute
    let second = (rem % Timestamp.minute) / Timestamp.second
    let milli = rem % Timestamp.second
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":"
      + pad(second, 2) + "." + pad(milli, 3) + "Z"
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` or with a `+00:00` offset; returns nil for anything else.
  public static func parse(_ text: some StringProtocol) -> Timestamp? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 19 else { return nil }
    func number(_ start: Int, _ length: Int) -> Int64? {
      var value: Int64 = 0
      for index in start..<(start + length) {
        let byte = bytes[index]
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int64(byte - 48)
      }
      return value
    }
    guard bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 32, bytes[13] == 58, bytes[16] == 58,
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    var index = 19
    var millis: Int64 = 0
    if index < bytes.count, bytes[index] == 46 {
      index += 1
      var digits = 0
      while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
        if digits < 3 { millis = millis * 10 + Int64(bytes[index] - 48) }
        digits += 1
        index += 1
      }
      guard digits > 0 else { return nil }
      for _ in digits..<3 where digits < 3 { millis *= 10 }
    }
    let rest = bytes[index...]
    guard rest.elementsEqual("Z".utf8) || rest.elementsEqual("+00:00".utf8) else { return nil }
    let days = CivilDate.toDays(year: year, month: month, day: day)
    let total = days * Timestamp.day + hour * Timestamp.hour + minute * Timestamp.minute + second * Timestamp.second
    return Timestamp(milliseconds: total + millis)
  }

  private static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}

/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).
public enum CivilDate {
  /// The day number of a calendar date.
  public static func toDays(year: Int64, month: Int64, day: Int64) -> Int64 {
    let adjustedYear = month <= 2 ? year - 1 : year
    let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
    let yearOfEra = adjustedYear - era * 400
    let monthIndex = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The calendar date of a day number.
  public static func fromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }
}
