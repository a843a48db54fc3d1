import Foundation
import Testing

/// The hidden `--now` of the commands that read the clock: the time given is the time used, at the
/// shell and for every command typed in a REPL opened with it.
@Suite struct NowOptionTests {
  let recall: RecallProcess
  let environment: [String: String]

  init() throws {
    recall = try RecallProcess()
    let decks = recall.home.appendingPathComponent("decks")
    try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
    try "# Pair\n\nQ: One?\nA: 1\nid: one\n\nQ: Two?\nA: 2\nid: two\n".write(
      to: decks.appendingPathComponent("pair.md"), atomically: true, encoding: .utf8)
    environment = ["RECALL_DECKS": decks.path, "RECALL_DB": recall.home.appendingPathComponent("r.sqlite").path]
  }

  func due(at time: String) throws -> String {
    let output = try recall.run(["decks", "--now", time], environment: environment)
    #expect(output.status == 0, "\(output.stderr)")
    return output.stdout
  }

  /// A card buried at a time in January is back the next study day after it (with the real clock,
  /// in a later year, it would be buried still); `decks` counts what is due at its `--now`.
  @Test func buryAndDecksUseTheTimeGiven() throws {
    let bury = try recall.run(["bury", "one", "--now", "2026-01-10T12:00:00Z"], environment: environment)
    #expect(bury.status == 0, "\(bury.stderr)")
    #expect(bury.stdout.contains("buried 'one'"), "\(bury.stdout)")
    #expect(try due(at: "2026-01-10T13:00:00Z").contains("pair: due 0 learning, 0 review, 1 new"))
    #expect(try due(at: "2026-01-11T12:00:00Z").contains("pair: due 0 learning, 0 review, 2 new"))
  }

  /// `recall --now T` and `recall repl --now T`: the commands typed in the REPL work at T.
  @Test(arguments: [["--now", "2026-01-10T12:00:00Z"], ["repl", "--now", "2026-01-10T12:00:00Z"]])
  func theReplWorksAtTheTimeGiven(arguments: [String]) throws {
    let output = try recall.run(arguments, input: "bury two\ndecks\nquit\n", environment: environment)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("pair: due 0 learning, 0 review, 1 new"), "\(output.stdout)")
    #expect(try due(at: "2026-01-11T12:00:00Z").contains("pair: due 0 learning, 0 review, 2 new"))
  }

  /// `undo`, `suspend` and `resume` take `--now` (they act through the same context as `bury`);
  /// a value that is no time is refused as a usage error.
  @Test(arguments: [["undo"], ["suspend", "one"], ["resume", "one"]])
  func cardCommandsTakeTheOption(command: [String]) throws {
    let good = try recall.run(command + ["--now", "2026-01-10T12:00:00Z"], environment: environment)
    #expect(good.status == 0, "\(good.stderr)")
    let bad = try recall.run(command + ["--now", "soon"], environment: environment)
    #expect(bad.status == 64)
    #expect(bad.stderr.hasPrefix("error: 'soon' is not a time like 2026-01-31T12:00:00Z"), "\(bad.stderr)")
  }
}
