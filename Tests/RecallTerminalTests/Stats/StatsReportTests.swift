import Foundation
import RecallCore
import Testing

@testable import RecallTerminal

@Suite struct StatsReportTests {
  /// Under a minute of study is shown in seconds: a first session of 40 seconds is not "0m".
  @Test func durationsUnderAMinuteAreShownInSeconds() {
    #expect(StatsReport.duration(0) == "0s")
    #expect(StatsReport.duration(40_499) == "40s")
    #expect(StatsReport.duration(60_000) == "1m")
    #expect(StatsReport.duration(3 * 3_600_000 + 5 * 60_000) == "3h 5m")
  }

  @Test func oneReviewIsSingular() throws {
    let json = """
      {"currentStreak": 1, "longestStreak": 1, "periodDays": 30, "periodReviews": 1, "periodStudyDays": 1,
       "periodMilliseconds": 0, "reviewsPerDay": 0.03, "totalReviews": 1, "totalMilliseconds": 0}
      """
    let activity = try JSONDecoder().decode(DeckStatistics.Activity.self, from: Data(json.utf8))
    #expect(StatsReport.activityLine(activity).hasSuffix("· 1 review, 0s in all"))
  }

  /// Percentages of different widths (100.0%, 0.0%) must not push the counts after them out of line.
  @Test func masteryNotesLineUp() throws {
    let json = """
      [{"topic": "A", "cards": 6, "reviewed": 6, "mature": 0, "mastery": 1},
       {"topic": "B", "cards": 5, "reviewed": 0, "mature": 0, "mastery": 0}]
      """
    let topics = try JSONDecoder().decode([DeckStatistics.TopicMastery].self, from: Data(json.utf8))
    #expect(StatsReport.masteryNotes(topics) == ["100.0%  6/6 studied, 0 mature", "  0.0%  0/5 studied, 0 mature"])
  }
}
