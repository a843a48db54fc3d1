import Foundation
import Testing

/// Text from documents and decks, and what a person typed, never reaches the terminal raw: no
/// escape sequence (colours, OSC 52 clipboard writes, OSC 8 links), bell or other control character
/// in any command's output (issue 16).
@Suite struct TerminalSafetyTests {
  static let escapes = "\u{1B}[31m, \u{1B}]52;c;aGk=\u{7}, \u{1B}]8;;http://x.example\u{1B}\\, \u{7}"
  static let now = "2026-03-29T10:00:00Z"

  /// Whether `text` holds a control character other than a line break.
  static func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value != 0x0A && ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value)) }
  }

  /// A folder with a deck whose file name, title, topic, prompts, answers, options and tags hold escapes.
  static func deckFolder(in recall: RecallProcess) throws -> String {
    let folder = recall.home.appendingPathComponent("decks")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let deck = """
      # Title \(escapes)

      ## Topic \u{1B}]0;owned\u{7}

      Q: Capital \u{1B}[2J?
      A: Ast\u{1B}]8;;http://x\u{1B}\\ana
      Tags: t\u{1B}[5m
      id: capital

      C: Sent [30|number\u{7}] engineers \u{1B}[0m.
      id: engineers

      M: Pick \u{1B}[7m
      - [x] A\u{1B}[31m
      - [ ] B
      id: pick

      """
    try deck.write(to: folder.appendingPathComponent("e\u{1B}[31m.md"), atomically: true, encoding: .utf8)
    return folder.path
  }

  @Test func generateToTheTerminalShowsADocumentsEscapesEscaped() throws {
    let recall = try RecallProcess()
    let document = try recall.write(
      "# Escapes\n\nKazakhstan sent \u{1B}[31m30\u{1B}[0m military engineers to Iraq in 2003.\n\n"
        + "The treaty \u{1B}]52;c;aGVsbG8=\u{7}was signed in Astana on 16 December 1997 by "
        + "\u{1B}]8;;http://x.example\u{1B}\\five states\u{1B}]8;;\u{1B}\\.\n\n"
        + "The\u{7} Caspian Sea borders Kazakhstan, Russia, Azerbaijan, Iran and Turkmenistan.\n",
      to: "escapes.txt")
    let output = try recall.run(["generate", document])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(!Self.hasControl(output.stdout), "\(output.stdout.debugDescription)")
    // The deck printer writes `]` as `\]`, after the ESC shown as `^[`.
    #expect(output.stdout.contains("^[\\]52;c;aGVsbG8=^G"))
  }

  @Test(arguments: [
    ["check"], ["decks"], ["show"], ["stats", "--now", now, "--db"], ["quiz", "history", "--db"],
    ["export", "--format", "json"],
  ])
  func deckCommandsShowDeckTextEscaped(command: [String]) throws {
    let recall = try RecallProcess()
    let decks = try Self.deckFolder(in: recall)
    let database = recall.home.appendingPathComponent("r.sqlite").path
    let arguments = command.last == "--db" ? command + [database] : command
    let output = try recall.run(arguments + ["--decks", decks])
    #expect(!Self.hasControl(output.stdout), "\(output.stdout.debugDescription)")
    #expect(!Self.hasControl(output.stderr), "\(output.stderr.debugDescription)")
    if command.first != "quiz", command.first != "export" {
      #expect(output.stdout.contains("^["), "\(output.stdout)")
    }
  }

  @Test func studyAndQuizShowDeckTextAndAnswersEscaped() throws {
    let recall = try RecallProcess()
    let decks = try Self.deckFolder(in: recall)
    let database = recall.home.appendingPathComponent("r.sqlite").path
    let study = try recall.run(
      ["study", "--decks", decks, "--db", database, "--now", Self.now], input: "ast\u{1B}[31mana\n\n1\n\n:quit\n")
    #expect(study.status == 0, "\(study.stderr)")
    #expect(study.stdout.contains("Capital ^[[2J?"))
    #expect(!Self.hasControl(study.stdout), "\(study.stdout.debugDescription)")
    let quiz = try recall.run(
      ["quiz", "--decks", decks, "--db", database, "--now", Self.now, "--seed", "3"],
      input: "a\u{7}\nt\nastana\u{1B}]52;c;aGk=\u{7}\n30\n")
    #expect(!Self.hasControl(quiz.stdout), "\(quiz.stdout.debugDescription)")
    #expect(quiz.stdout.contains("^["))
  }

  @Test func usageErrorsShowTheCommandLineEscaped() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["study", "--new", "\u{1B}[2J"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("'^[[2J' is invalid for '--new <n>'"), "\(output.stderr.debugDescription)")
    #expect(!Self.hasControl(output.stderr))
  }

  @Test func errorsNamingAFileShowItsNameEscaped() throws {
    let recall = try RecallProcess()
    let missing = try recall.run(["generate", "no\u{1B}]0;x\u{7}.txt"])
    #expect(missing.status == 1)
    #expect(!Self.hasControl(missing.stderr), "\(missing.stderr.debugDescription)")
    let check = try recall.run(["check", "gone\u{1B}[31m.md"])
    #expect(check.status != 0)
    #expect(!Self.hasControl(check.stderr + check.stdout))
  }

  /// Exporting to a file or a pipe copies the deck exactly, control characters too: it is the
  /// deck's own text, to be kept (on a terminal it would be shown escaped).
  @Test func exportToAPipeIsExact() throws {
    let recall = try RecallProcess()
    let decks = try Self.deckFolder(in: recall)
    let output = try recall.run(["export", "--decks", decks, "--format", "md"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Capital \u{1B}[2J?"))
  }
}
