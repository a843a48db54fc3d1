import RecallCore
import Testing

@testable import RecallTerminal

/// The month labels of the review heat map.
@Suite struct HeatMapTests {
  /// The day number of `date` (`YYYY-MM-DD`).
  func day(_ date: String) throws -> Int64 {
    let time = try #require(ISO8601Milliseconds.parse(date + "T00:00:00Z"))
    return StudyCalendar(rolloverHour: 0).day(of: time)
  }

  /// `count` days from the Monday `start`, one review each.
  func days(from start: Int64, count: Int) -> [HeatMap.Day] {
    (0..<count).map { HeatMap.Day(date: StudyCalendar.dateText(ofDay: start + Int64($0)), count: 1) }
  }

  /// Today is Thursday 3 December; the last week began on Monday 30 November. December has begun,
  /// so it is named, although its label runs past the last column.
  @Test func theCurrentMonthIsNamedOnceItHasBegun() throws {
    let monday = try day("2026-06-01")
    let today = try day("2026-12-03")
    let lines = HeatMap.render(days(from: monday, count: Int(today - monday) + 1), style: .plain)
    let header = lines[0]
    #expect(header.hasSuffix("Dec"), "\(header)")
    #expect(header.contains("Jun"), "\(header)")
    for month in ["Jul", "Aug", "Sep", "Oct", "Nov"] { #expect(header.contains(month), "\(header)") }
  }

  /// A first week that is the tail of a month gives way to the next month's label.
  @Test func labelsNeverTouch() throws {
    let monday = try day("2026-09-28")
    let header = HeatMap.render(days(from: monday, count: 70), style: .plain)[0]
    #expect(!header.contains("Sep"), "\(header)")
    #expect(header.contains("Oct"), "\(header)")
  }
}
