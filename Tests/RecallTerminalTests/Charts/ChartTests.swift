import Testing

@testable import RecallCore
@testable import RecallTerminal

@Suite struct ChartTests {
  @Test func barsHaveEighthBlockPrecision() {
    #expect(BarChart.bar(value: 0.5, maximum: 1, width: 4) == "██")
    #expect(BarChart.bar(value: 1, maximum: 1, width: 4) == "████")
    #expect(BarChart.bar(value: 1.0 / 32.0, maximum: 1, width: 4) == "▏")
    #expect(BarChart.bar(value: 0, maximum: 1, width: 4) == "")
    #expect(BarChart.bar(value: 5, maximum: 1, width: 2) == "██")
  }

  @Test func barChartRowsLineUp() {
    let lines = BarChart.render(
      [BarChart.Row(label: "Geography", value: 0.5, note: "50%"), BarChart.Row(label: "Art", value: 1, note: "100%")],
      maximum: 1, width: 4, style: .plain)
    #expect(lines == ["Geography  ██░░  50%", "Art        ████  100%"])
  }

  @Test func colourOnlyWhenAsked() {
    let plain = Sparkline.render([0, 0.5, 1], minimum: 0, maximum: 1, style: .plain)
    #expect(plain == "▁▅█")
    let coloured = Sparkline.render([0, 0.5, 1], minimum: 0, maximum: 1, style: TextStyle(colored: true))
    #expect(coloured == "\u{1B}[38;5;39m▁▅█\u{1B}[0m")
    #expect(TextStyle.detect(isTerminal: true, environment: ["NO_COLOR": "1"]).colored == false)
    #expect(TextStyle.detect(isTerminal: false, environment: [:]).colored == false)
  }

  @Test func aFlatSparklineSitsInTheMiddle() {
    #expect(Sparkline.render([3, 3, 3], style: .plain) == "▅▅▅")
    #expect(Sparkline.render([], style: .plain) == "")
  }

  @Test func columnsScaleToTheLargestValue() {
    let lines = ColumnChart.render([0, 1, 2, 4], maxHeight: 2, style: .plain)
    #expect(lines == ["4 ┤       █", "  ┤   ▄ █ █", "0 ┼─────────"])
  }

  @Test func heatMapLevelsAreQuartersOfTheMost() {
    #expect(HeatMap.level(0, maximum: 8) == 0)
    #expect(HeatMap.level(1, maximum: 8) == 1)
    #expect(HeatMap.level(2, maximum: 8) == 1)
    #expect(HeatMap.level(3, maximum: 8) == 2)
    #expect(HeatMap.level(8, maximum: 8) == 4)
  }

  @Test func heatMapIsAWeekGrid() {
    // 2026-03-02 is a Monday; ten days run into the second week.
    let days = (0..<10).map { HeatMap.Day(date: "2026-03-" + ($0 + 2 < 10 ? "0" : "") + "\($0 + 2)", count: $0) }
    let lines = HeatMap.render(days, style: .plain)
    #expect(lines.count == 9)
    #expect(lines[0] == "     Mar")
    #expect(lines[1] == "Mon  · █")
    #expect(lines[4] == "     ▒")
    #expect(lines[8] == "     less · ░ ▒ ▓ █ more (most: 9 a day)")
  }

  @Test func deckTextCannotDriveTheTerminal() {
    var stats = DeckStatistics(decks: ["d\u{1B}[2J"], topic: nil, generatedAt: "", today: "2026-03-11")
    stats.hardest = [
      DeckStatistics.HardCard(
        deck: "d", card: "c", prompt: "evil\u{1B}]0;title\u{07}", lapses: 1, reviews: 2, stability: 1, difficulty: 5)
    ]
    let text = StatsReport.render(stats, style: .plain)
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{07}"))
  }
}
