/// Where study days begin and end. As in Anki, a day rolls over at a set hour of local time
/// (default 4 a.m.), so a late-night session still counts for the day it started.
public struct StudyDay: Hashable, Sendable {
  /// The local time's offset from UTC, in seconds (east positive: +18000 for UTC+5).
  public var utcOffsetSeconds: Int
  /// The local hour (0-23) at which a new study day begins.
  public var rolloverHour: Int

  /// Creates a day rule; `rolloverHour` is clamped to 0...23.
  public init(utcOffsetSeconds: Int = 0, rolloverHour: Int = 4) {
    self.utcOffsetSeconds = utcOffsetSeconds
    self.rolloverHour = min(23, max(0, rolloverHour))
  }

  private var shift: Int64 { Int64(utcOffsetSeconds) * Timestamp.second - Int64(rolloverHour) * Timestamp.hour }

  /// The number of the study day `time` falls in (days since 1970-01-01, shifted by offset and rollover).
  public func dayNumber(at time: Timestamp) -> Int64 {
    let shifted = time.milliseconds + shift
    let (quotient, remainder) = shifted.quotientAndRemainder(dividingBy: Timestamp.day)
    return remainder < 0 ? quotient - 1 : quotient
  }

  /// When the study day after the one `time` falls in begins.
  public func startOfNextDay(after time: Timestamp) -> Timestamp {
    Timestamp(milliseconds: (dayNumber(at: time) + 1) * Timestamp.day - shift)
  }

  /// When the study day `time` falls in began.
  public func startOfDay(at time: Timestamp) -> Timestamp {
    Timestamp(milliseconds: dayNumber(at: time) * Timestamp.day - shift)
  }
}
