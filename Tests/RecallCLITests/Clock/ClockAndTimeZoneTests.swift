import Foundation
import Testing

/// The study day, intervals and statistics under the hidden `--now`: across the changes to and
/// from summer time, a change of time zone between sessions, a clock that goes back a day, and
/// the years 1970 and 9999 (issue 16). A study day begins at 4 a.m. local time.
@Suite struct ClockAndTimeZoneTests {
  static let deck = """
    # Geo

    Q: Capital of Kazakhstan?
    A: Astana
    id: kz

    Q: Capital of Kyrgyzstan?
    A: Bishkek
    id: kg

    Q: Capital of Uzbekistan?
    A: Tashkent
    id: uz

    """
  static let answers = "astana\n\nbishkek\n\ntashkent\n\nastana\n\nbishkek\n\ntashkent\n\n"

  struct Learner {
    let recall: RecallProcess
    let decks: String
    let database: String

    init() throws {
      recall = try RecallProcess()
      let folder = recall.home.appendingPathComponent("decks")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try ClockAndTimeZoneTests.deck.write(
        to: folder.appendingPathComponent("geo.md"), atomically: true, encoding: .utf8)
      decks = folder.path
      database = recall.home.appendingPathComponent("r.sqlite").path
    }

    /// One study session with one new card a day, answering every card rightly.
    func study(at now: String, zone: String) throws -> RecallProcess.Output {
      let output = try recall.run(
        ["study", "--decks", decks, "--db", database, "--new", "1", "--now", now],
        input: ClockAndTimeZoneTests.answers, environment: ["TZ": zone])
      #expect(output.status == 0, "\(output.stderr)")
      return output
    }

    /// `stats --json`, checked to add up: card counts, the heat map against the review total, no
    /// negative count anywhere.
    @discardableResult
    func stats(at now: String, zone: String) throws -> [String: Any] {
      let output = try recall.run(
        ["stats", "--decks", decks, "--db", database, "--json", "--now", now], environment: ["TZ": zone])
      #expect(output.status == 0, "\(output.stderr)")
      let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
      let counts = try #require(json["counts"] as? [String: Int])
      let total = try #require(counts["total"])
      #expect(["new", "learning", "review", "relearning"].compactMap { counts[$0] }.reduce(0, +) == total)
      let activity = try #require(json["activity"] as? [String: Any])
      let reviews = try #require(activity["totalReviews"] as? Int)
      let days = try #require((json["heatMap"] as? [String: Any])?["days"] as? [[String: Any]])
      let heat = days.compactMap { $0["count"] as? Int }
      #expect(heat.allSatisfy { $0 >= 0 })
      #expect(heat.reduce(0, +) <= reviews)
      let forecast = try #require(json["forecast"] as? [[String: Any]]).compactMap { $0["count"] as? Int }
      #expect(forecast.allSatisfy { $0 >= 0 })
      for (key, value) in activity {
        if let number = value as? Double { #expect(number >= 0, "\(key) is \(number)") }
      }
      return json
    }
  }

  /// The intervals a session printed (`next in 10m`, `4 easy 10d`) never go negative.
  static func expectNoNegativeInterval(_ text: String) {
    #expect(text.range(of: #"(in|again|hard|good|easy) -"#, options: .regularExpression) == nil, "\(text)")
    #expect(text.range(of: #" -[0-9]"#, options: .regularExpression) == nil, "\(text)")
  }

  @Test func springForwardInBerlinStartsTheDayAt4InSummerTime() throws {
    let learner = try Learner()
    let first = try learner.study(at: "2026-03-28T12:00:00Z", zone: "Europe/Berlin")
    #expect(first.stdout.contains("Capital of Kazakhstan?"))
    // 01:30 UTC is 03:30 in summer time (clocks went from 2:00 to 3:00): still Saturday's study day.
    let early = try learner.study(at: "2026-03-29T01:30:00Z", zone: "Europe/Berlin")
    #expect(early.stdout.contains("today's limit of 1"), "\(early.stdout)")
    // 02:30 UTC is 04:30 summer time, Sunday's study day (it would be 03:30 in winter time).
    let sunday = try learner.study(at: "2026-03-29T02:30:00Z", zone: "Europe/Berlin")
    #expect(sunday.stdout.contains("Capital of Kyrgyzstan?"), "\(sunday.stdout)")
    Self.expectNoNegativeInterval(first.stdout + early.stdout + sunday.stdout)
    let stats = try learner.stats(at: "2026-03-29T02:30:00Z", zone: "Europe/Berlin")
    #expect(stats["today"] as? String == "2026-03-29")
  }

  @Test func fallBackInBerlinStartsTheDayAt4InWinterTime() throws {
    let learner = try Learner()
    _ = try learner.study(at: "2026-10-24T12:00:00Z", zone: "Europe/Berlin")
    // 02:30 UTC is 03:30 in winter time (clocks went from 3:00 back to 2:00): still Saturday.
    let early = try learner.study(at: "2026-10-25T02:30:00Z", zone: "Europe/Berlin")
    #expect(early.stdout.contains("today's limit of 1"), "\(early.stdout)")
    #expect(try learner.stats(at: "2026-10-25T02:30:00Z", zone: "Europe/Berlin")["today"] as? String == "2026-10-24")
    // 03:30 UTC is 04:30 winter time: Sunday's study day.
    let sunday = try learner.study(at: "2026-10-25T03:30:00Z", zone: "Europe/Berlin")
    #expect(sunday.stdout.contains("Capital of Kyrgyzstan?"), "\(sunday.stdout)")
    #expect(try learner.stats(at: "2026-10-25T03:30:00Z", zone: "Europe/Berlin")["today"] as? String == "2026-10-25")
    Self.expectNoNegativeInterval(early.stdout + sunday.stdout)
  }

  @Test func aTimeZoneChangeBetweenSessions() throws {
    let learner = try Learner()
    // 20:30 UTC is 01:30 the next morning in Almaty and 16:30 the same day in New York.
    let almaty = try learner.study(at: "2026-06-01T20:30:00Z", zone: "Asia/Almaty")
    let stats = try learner.stats(at: "2026-06-01T20:30:00Z", zone: "Asia/Almaty")
    #expect(stats["today"] as? String == "2026-06-01")
    // In New York it is 17:00 on June 1: the same study day, so no second new card yet.
    let newYork = try learner.study(at: "2026-06-01T21:00:00Z", zone: "America/New_York")
    #expect(newYork.stdout.contains("today's limit of 1"), "\(newYork.stdout)")
    let after = try learner.stats(at: "2026-06-01T21:00:00Z", zone: "America/New_York")
    #expect(after["today"] as? String == "2026-06-01")
    // 09:00 UTC is 05:00 on June 2 in New York: the next study day.
    let nextDay = try learner.study(at: "2026-06-02T09:00:00Z", zone: "America/New_York")
    #expect(nextDay.stdout.contains("Capital of Kyrgyzstan?"), "\(nextDay.stdout)")
    try learner.stats(at: "2026-06-02T09:00:00Z", zone: "America/New_York")
    Self.expectNoNegativeInterval(almaty.stdout + newYork.stdout + nextDay.stdout)
  }

  @Test func aClockThatGoesBackADay() throws {
    let learner = try Learner()
    let first = try learner.study(at: "2026-05-10T12:00:00Z", zone: "UTC")
    // A quiz that moves the schedule reviews cards whose last review is a day ahead of the clock.
    let quiz = try learner.recall.run(
      [
        "quiz", "--decks", learner.decks, "--db", learner.database, "--now", "2026-05-09T12:00:00Z", "--seed", "1",
        "--kinds", "typed", "--update-schedule",
      ],
      input: "astana\nbishkek\ntashkent\n")
    #expect(quiz.status == 0, "\(quiz.stderr)")
    let back = try learner.study(at: "2026-05-09T12:00:00Z", zone: "UTC")
    #expect(back.stdout.contains("saved"), "\(back.stdout)")
    let again = try learner.study(at: "2026-05-10T12:05:00Z", zone: "UTC")
    Self.expectNoNegativeInterval(first.stdout + back.stdout + again.stdout)
    let stats = try learner.stats(at: "2026-05-09T12:00:00Z", zone: "UTC")
    #expect((stats["due"] as? [String: Int])?.values.allSatisfy { $0 >= 0 } == true)
    try learner.stats(at: "2026-05-10T12:05:00Z", zone: "UTC")
  }

  @Test(arguments: [
    ("1970-01-01T00:00:00Z", "America/Los_Angeles"), ("1970-01-01T03:59:59Z", "UTC"),
    ("1970-01-01T00:00:00Z", "Europe/Berlin"), ("9999-12-31T23:59:59Z", "Europe/Berlin"),
    ("9999-12-31T12:00:00Z", "Pacific/Kiritimati"),
  ])
  func theEdgesOfTime(now: String, zone: String) throws {
    let learner = try Learner()
    let study = try learner.study(at: now, zone: zone)
    #expect(study.stdout.contains("Capital of Kazakhstan?"), "\(study.stdout)")
    Self.expectNoNegativeInterval(study.stdout)
    try learner.stats(at: now, zone: zone)
    let quiz = try learner.recall.run(
      ["quiz", "--decks", learner.decks, "--db", learner.database, "--now", now, "--seed", "1", "--kinds", "typed"],
      input: "astana\nbishkek\ntashkent\n", environment: ["TZ": zone])
    #expect(quiz.status == 0, "\(quiz.stderr)")
    let bury = try learner.recall.run(
      ["bury", "kz", "--decks", learner.decks, "--db", learner.database, "--now", now], environment: ["TZ": zone])
    #expect(bury.status == 0, "\(bury.stderr)")
  }
}
