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
}
