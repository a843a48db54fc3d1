import Foundation
import Testing

/// `recall quiz` and `recall quiz history` run as a user would, on piped input.
@Suite struct QuizCommandTests {
  static let deck = """
    # Same answers

    ## Capitals

    Q: What is the capital of Kazakhstan?
    A: Astana

    Q: Which city was called Akmola?
    A: Astana

    Q: Which city hosted the 2010 OSCE summit?
    A: Astana
    """

  /// The `--db` option, and `--decks` with it for the commands that read decks.
  func setUp(_ recall: RecallProcess) throws -> (database: [String], all: [String]) {
    let deck = try recall.write(Self.deck, to: "decks/same.md")
    let database = ["--db", recall.home.appendingPathComponent("progress.sqlite").path]
    return (database, ["--decks", (deck as NSString).deletingLastPathComponent] + database)
  }

  @Test func aPipedQuizIsScoredSavedAndListed() throws {
    let recall = try RecallProcess()
    let (database, options) = try setUp(recall)
    let quiz = try recall.run(
      ["quiz", "same", "--kinds", "typed", "--seed", "3"] + options, input: "Astana\nastana\nAstana.\n")
    #expect(quiz.status == 0, "\(quiz.stderr)")
    #expect(quiz.stdout.contains("Quiz on \u{201C}Same answers\u{201D}: 3 questions, 20s per question (seed 3)"))
    #expect(quiz.stdout.contains("Result: 3 of 3 right (100%)"))
    #expect(!quiz.stdout.contains("Re-drill"))
    let second = try recall.run(["quiz", "same", "--kinds", "typed", "--count", "2"] + options, input: "Astana\n\n")
    #expect(second.stdout.contains("Result: 1 of 2 right (50%)"))
    #expect(second.stdout.contains("Re-drill the 1 missed question without the clock? [y/N]"))
    let history = try recall.run(["quiz", "history"] + database)
    #expect(history.status == 0)
    #expect(history.stdout.hasPrefix("Quiz history (2 quizzes)\n"))
    let rows = history.stdout.split(whereSeparator: \.isNewline).filter { $0.contains(" same ") }
    #expect(rows.count == 2)
    #expect(rows.first?.contains("3/3") == true && rows.first?.contains("\u{2605} best") == true)
    #expect(rows.last?.contains("1/2") == true && rows.last?.contains("best") == false)
    #expect(history.stdout.contains("Trend (accuracy, oldest to newest): \u{2588}\u{2585}  100% \u{2192} 50%"))
  }

  /// Fewer cards than `--count`: said once under the header. No cards at all: an error, exit 1.
  @Test func aSmallDeckIsSaidAndAnEmptyOneIsAnError() throws {
    let recall = try RecallProcess()
    let (_, options) = try setUp(recall)
    let quiz = try recall.run(["quiz", "same", "--kinds", "typed", "--seed", "3"] + options, input: "")
    #expect(quiz.status == 0, "\(quiz.stderr)")
    let notice = "only 3 cards in deck \"same\" can be asked as typed; the quiz has 3 questions, not 10.\n"
    #expect(quiz.stdout.components(separatedBy: notice).count == 2, "\(quiz.stdout)")
    let empty = try recall.write("# Nothing yet\n\n## Capitals\n", to: "decks/empty.md")
    let none = try recall.run(["quiz", "empty"] + options, input: "")
    #expect(none.status == 1)
    #expect(none.stdout.isEmpty)
    #expect(none.stderr == "error: deck \"empty\" has no usable cards; run `recall check` to see why\n")
    _ = empty
  }

  @Test func quizAnswersMoveTheScheduleOnlyWhenAsked() throws {
    let recall = try RecallProcess()
    let (database, options) = try setUp(recall)
    _ = try recall.run(["quiz", "same", "--kinds", "typed"] + options, input: "Astana\nAstana\nAstana\n")
    let untouched = try recall.run(["export-log", "--format", "csv"] + database)
    #expect(untouched.stdout.split(whereSeparator: \.isNewline).count <= 1, "\(untouched.stdout)")
    _ = try recall.run(
      ["quiz", "same", "--kinds", "typed", "--update-schedule"] + options, input: "Astana\nAstana\nAstana\n")
    let moved = try recall.run(["export-log", "--format", "csv"] + database)
    let reviews = moved.stdout.split(whereSeparator: \.isNewline).dropFirst()
    #expect(reviews.count == 3, "\(moved.stdout)")
    #expect(reviews.allSatisfy { $0.contains("quiz") })
  }

  @Test func badOptionsAreUsageErrors() throws {
    let recall = try RecallProcess()
    let (database, options) = try setUp(recall)
    let duration = try recall.run(["quiz", "same", "--time", "5x"] + options)
    #expect(duration.status == 64)
    #expect(duration.stderr.contains("invalid duration \"5x\": write it like 90s, 5m or 1m30s"))
    let kinds = try recall.run(["quiz", "same", "--kinds", "essay"] + options)
    #expect(kinds.status == 64)
    #expect(kinds.stderr.contains("unknown question kind \"essay\""))
    // An unknown topic is not a usage error but a failure (1), as in study, stats and show.
    let topic = try recall.run(["quiz", "same", "--topic", "Rivers"] + options)
    #expect(topic.status == 1)
    #expect(topic.stderr.contains("error: no topic \"Rivers\" in deck \"same\" (topics: Capitals)"))
    // ArgumentParser would take `-2` for an option and report a missing value.
    let negative = try recall.run(["quiz", "same", "--count", "-2"] + options)
    #expect(negative.status == 64)
    #expect(negative.stderr.contains("invalid question count -2"), "\(negative.stderr)")
    let empty = try recall.run(["quiz", "history"] + database)
    #expect(empty.stdout == "No quizzes yet: run `recall quiz` to take one.\n")
    _ = try recall.write("# Other\n\nQ: a?\nA: b\n", to: "decks/other.md")
    let several = try recall.run(["quiz"] + options)
    #expect(several.status == 64)
    #expect(several.stderr == "error: several decks are found (other, same); name one, e.g. `recall quiz other`\n")
  }

  @Test func theReplRunsQuizzesAndTheirHistory() throws {
    let recall = try RecallProcess()
    let (_, options) = try setUp(recall)
    let script = "quiz same --kinds typed --count 2 --seed 4\nAstana\nAthens\nn\nquiz history\nquiz --count 0\nquit\n"
    let run = try recall.run(options, input: script)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Result: 1 of 2 right (50%)"))
    #expect(run.stdout.contains("Quiz history (1 quiz)"))
    #expect(run.stdout.contains("error: invalid question count 0: ask for at least 1 question"))
  }

  @Test func theReplHelpOfQuizFitsEightyColumns() throws {
    let recall = try RecallProcess()
    let (_, options) = try setUp(recall)
    let run = try recall.run(options, input: "help quiz\nquit\n")
    #expect(run.stdout.contains("--update-schedule"), "\(run.stdout)")
    // The greeting is the REPL's own; the lines after it are the help of `quiz`.
    for line in run.stdout.split(separator: "\n").dropFirst() {
      #expect(line.count < 80, "\(line)")
    }
  }
}
