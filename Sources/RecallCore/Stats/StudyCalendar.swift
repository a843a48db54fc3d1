/// How moments are grouped into study days: a day starts at the rollover hour (4 a.m. by default)
/// in the learner's time zone, given as a fixed offset from UTC so the core stays pure.
public struct StudyCalendar: Hashable, Sendable, Codable {
  /// The local time zone's offset from UTC, in seconds (east positive).
  public var utcOffsetSeconds: Int
  /// The local hour at which one study day ends and the next begins.
  public var rolloverHour: Int

  /// Creates a calendar; `rolloverHour` defaults to 4 a.m.
  public init(utcOffsetSeconds: Int = 0, rolloverHour: Int = 4) {
    self.utcOffsetSeconds = utcOffsetSeconds
    self.rolloverHour = rolloverHour
  }

  /// What to add to a UTC time so that whole days of the result are study days.
  public var shiftMilliseconds: Int64 {
    Int64(utcOffsetSeconds) * Timestamp.second - Int64(rolloverHour) * Timestamp.hour
  }

  /// The study day of a moment, numbered like `CivilDate` day numbers (0 is 1970-01-01).
  public func day(of time: Timestamp) -> Int64 {
    time.adding(milliseconds: shiftMilliseconds).wholeDays(since: Timestamp(milliseconds: 0))
  }

  /// The moment study day `day` begins.
  public func start(ofDay day: Int64) -> Timestamp {
    Timestamp(milliseconds: day * Timestamp.day - shiftMilliseconds)
  }

  /// The calendar date of study day `day` as `YYYY-MM-DD`.
  public static func dateText(ofDay day: Int64) -> String {
    String(ISO8601Milliseconds.format(Timestamp(milliseconds: day * Timestamp.day)).prefix(10))
  }

  /// The weekday of study day `day`: 0 for Monday through 6 for Sunday.
  public static func weekday(ofDay day: Int64) -> Int {
    // Day 0, 1970-01-01, was a Thursday.
    Int(((day % 7) + 7 + 3) % 7)
  }
}
