import Testing

@testable import RecallCore

@Suite("FSRS preview")
struct ReviewPreviewTests {
  @Test func a_new_card_previews_its_steps() {
    let fsrs = Scheduler(parameters: .standard)
    let preview = fsrs.preview(nil, at: Timestamp(milliseconds: 0))
    #expect(preview.intervalTexts == ["1m", "5.5m", "10m", "8d"])
    #expect(preview[.good].state.step == 1)
  }

  @Test(
    arguments: [
      (0, "0s"), (45_000, "45s"), (60_000, "1m"), (330_000, "5.5m"), (600_000, "10m"), (5_400_000, "1.5h"),
      (86_400_000, "1d"), (3 * 86_400_000, "3d"), (29 * 86_400_000, "29d"), (75 * 86_400_000, "2.5mo"),
      (438 * 86_400_000, "1.2y"), (36_500 * 86_400_000, "100y"), (59_990, "1m"), (-5, "0s"),
    ] as [(Int64, String)])
  func intervals_read_like_anki(milliseconds: Int64, text: String) {
    #expect(IntervalText.format(milliseconds: milliseconds) == text)
  }

  /// The decimal formatter converts to Int64: a value past its range or NaN must not trap.
  @Test(arguments: [Double.nan, .infinity, -.infinity, 1e300, -1e300, 9.3e17])
  func decimals_past_int64_do_not_trap(value: Double) {
    let text = IntervalText.decimal(value)
    #expect(!text.isEmpty && text.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" })
  }

  @Test func the_longest_interval_formats_in_years() {
    #expect(IntervalText.format(milliseconds: .max) == "292471208.7y")
  }
}
