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
}
