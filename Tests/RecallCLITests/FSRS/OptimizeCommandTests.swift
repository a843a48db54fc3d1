import Foundation
import Testing

/// `recall optimize`, `recall config` and `recall simulate` as a person runs them.
@Suite struct OptimizeCommandTests {
  static let now = "2026-11-28T12:00:00Z"

  @Test func anEmptyDatabaseSaysToStudyFirst() throws {
    let folder = try TemporaryFolder()
    let result = try ChildRecall.run(["optimize", "--db", folder.file("r.sqlite")])
    #expect(result.status == 1)
    #expect(result.error.contains("no deck has reviews yet; study first"))
  }

  @Test func aFitIsSavedAndUsedByStats() throws {
    let folder = try TemporaryFolder()
    let db = folder.file("r.sqlite")
    let generated = try ChildRecall.run(
      ["db", "_generate", "--db", db, "--cards", "300", "--reviews", "6000", "--now", Self.now])
    #expect(generated.status == 0, "\(generated.error)")
    let dry = try ChildRecall.run(["optimize", "bench", "--db", db, "--dry-run", "--now", Self.now])
    #expect(dry.status == 0, "\(dry.error)")
    #expect(dry.output.contains("6000 reviews of"))
    #expect(dry.output.contains("held out"))
    let stats = try ChildRecall.run(["stats", "bench", "--db", db, "--now", Self.now, "--decks", folder.path])
    #expect(stats.output.contains("FSRS       default weights"))
    let fit = try ChildRecall.run(["optimize", "bench", "--db", db, "--now", Self.now])
    #expect(fit.status == 0, "\(fit.error)")
    if fit.output.contains("saved the fitted weights of bench (fitted 2026-11-28)") {
      let after = try ChildRecall.run(["stats", "bench", "--db", db, "--now", Self.now, "--decks", folder.path])
      #expect(after.output.contains("FSRS       fitted weights (2026-11-28, 6000 reviews) · retention 90.0%"))
      let rebuilt = try ChildRecall.run(["db", "rebuild", "--db", db])
      #expect(rebuilt.status == 0)
    } else {
      #expect(fit.output.contains("kept the default weights"))
    }
  }

  @Test func tooFewReviewsKeepTheDefaults() throws {
    let folder = try TemporaryFolder()
    let db = folder.file("r.sqlite")
    _ = try ChildRecall.run(["db", "_generate", "--db", db, "--cards", "3", "--reviews", "5", "--now", Self.now])
    let result = try ChildRecall.run(["optimize", "bench", "--db", db, "--now", Self.now])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("too few reviews to fit"))
    #expect(result.output.contains("the default weights stay"))
    let unknown = try ChildRecall.run(["optimize", "bnech", "--db", db])
    #expect(unknown.status == 1)
    #expect(unknown.error.contains("deck 'bnech' has no reviews in the database; did you mean 'bench'?"))
  }

  @Test func retentionIsSetPerDeckAndSimulated() throws {
    let folder = try TemporaryFolder()
    let db = folder.file("r.sqlite")
    _ = try ChildRecall.run(["db", "_generate", "--db", db, "--cards", "100", "--reviews", "800", "--now", Self.now])
    let bad = try ChildRecall.run(["config", "bench", "--retention", "1.5", "--db", db])
    #expect(bad.status == 64)
    #expect(bad.error.contains("--retention 1.5 is out of range; use 0.70 to 0.99"))
    let set = try ChildRecall.run(["config", "bench", "--retention", "0.85", "--db", db])
    #expect(set.status == 0)
    #expect(set.output.contains("desired retention 0.85"))
    let simulated = try ChildRecall.run(
      ["simulate", "bench", "--days", "60", "--db", db, "--now", Self.now, "--decks", folder.path])
    #expect(simulated.status == 0, "\(simulated.error)")
    #expect(simulated.output.contains("retention 85.0%, 60 days"))
    #expect(simulated.output.contains("85.0% (chosen)"))
  }
}
