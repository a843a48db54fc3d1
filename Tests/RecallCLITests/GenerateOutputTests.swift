import Foundation
import Testing

/// Where `recall generate -o` may write: never over its document, over another file only with
/// `--force`, over a deck it generated from the same document with a count of what changed.
@Suite struct GenerateOutputTests {
  private let source = RecallProcess.repository.appendingPathComponent("Decks/sources/kazakhstan-position.txt").path

  private func document(in recall: RecallProcess) throws -> String {
    try recall.write(try String(contentsOfFile: source, encoding: .utf8), to: "docs/aral.txt")
  }

  @Test func neverWritesOverItsDocumentHoweverItIsNamed() throws {
    let recall = try RecallProcess()
    let path = try document(in: recall)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let link = recall.home.appendingPathComponent("docs/link.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
    let hard = recall.home.appendingPathComponent("hard.txt").path
    try FileManager.default.linkItem(atPath: path, toPath: hard)
    for (output, extra) in [
      ("docs/aral.txt", []), ("./docs/../docs/aral.txt", []), ("docs/link.txt", []), ("hard.txt", []),
      ("docs/aral.txt", ["--force"]),
    ] {
      let run = try recall.run(["generate", "docs/aral.txt", "-o", output] + extra)
      #expect(run.status == 1, "\(output)")
      #expect(
        run.stderr
          == "error: \"\(output)\" is the document being read; write the deck to another file, e.g. -o docs/aral.md\n")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  /// A document that is a `.md` file itself is not offered as its own output.
  @Test func theSuggestedOutputOfAMarkdownDocumentIsAnotherFile() throws {
    let recall = try RecallProcess()
    _ = try recall.write(try String(contentsOfFile: source, encoding: .utf8), to: "notes.md")
    let run = try recall.run(["generate", "notes.md", "-o", "notes.md"])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "error: \"notes.md\" is the document being read; write the deck to another file, e.g. -o notes-deck.md\n")
  }

  @Test func leavesAHandWrittenDeckAloneWithoutForce() throws {
    let recall = try RecallProcess()
    _ = try document(in: recall)
    let mine = "# My deck\n\nQ: What did I write?\nA: This\nid: mine\n"
    let path = try recall.write(mine, to: "mine.md")
    let refused = try recall.run(["generate", "docs/aral.txt", "-o", "mine.md"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr == "error: \"mine.md\" exists and is not a deck generated from \"docs/aral.txt\"; nothing was "
        + "written. choose another file, or pass --force to replace it\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == mine)
    let forced = try recall.run(["generate", "docs/aral.txt", "-o", "mine.md", "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(forced.stderr == "wrote 38 cards to mine.md\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Position on Current International Issues"))
  }

  @Test func leavesADeckOfAnotherDocumentAlone() throws {
    let recall = try RecallProcess()
    _ = try document(in: recall)
    _ = try recall.write(try String(contentsOfFile: source, encoding: .utf8), to: "docs/other.txt")
    #expect(try recall.run(["generate", "docs/other.txt", "-o", "deck.md"]).status == 0)
    let before = try String(contentsOfFile: recall.home.appendingPathComponent("deck.md").path, encoding: .utf8)
    let refused = try recall.run(["generate", "docs/aral.txt", "-o", "deck.md"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("is not a deck generated from \"docs/aral.txt\""))
    #expect(try String(contentsOfFile: recall.home.appendingPathComponent("deck.md").path, encoding: .utf8) == before)
  }

  @Test func updatesItsOwnDeckAndSaysWhatChanged() throws {
    let recall = try RecallProcess()
    let path = try document(in: recall)
    let first = try recall.run(
      ["generate", "docs/aral.txt", "-o", "decks/aral.md", "--max-cards", "3"], directory: nil)
    #expect(first.status == 1, "the folder decks/ does not exist yet")
    try FileManager.default.createDirectory(
      at: recall.home.appendingPathComponent("decks"), withIntermediateDirectories: true)
    #expect(try recall.run(["generate", "docs/aral.txt", "-o", "decks/aral.md", "--max-cards", "3"]).status == 0)
    let more = try recall.run(["generate", "docs/aral.txt", "-o", "decks/aral.md"])
    #expect(more.status == 0, "\(more.stderr)")
    #expect(more.stderr == "updated decks/aral.md: 35 cards added, 0 changed, 0 removed; their progress is kept\n")
    // The document loses a paragraph and one fact changes.
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text = text.replacingOccurrences(of: "military engineers", with: "army engineers")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let again = try recall.run(["generate", "docs/aral.txt", "-o", "decks/aral.md"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stderr.hasPrefix("updated decks/aral.md: "))
    #expect(!again.stderr.contains(": 0 cards added, 0 changed, 0 removed"), "\(again.stderr)")
    let check = try recall.run(["check", "decks/aral.md"])
    #expect(check.status == 0, "\(check.stdout)")
    // Seen from elsewhere, the mark still names the same document.
    let elsewhere = try recall.run(
      ["generate", "../docs/aral.txt", "-o", "../decks/aral.md"], directory: recall.home.appendingPathComponent("decks")
    )
    #expect(elsewhere.stderr.hasPrefix("updated ../decks/aral.md: 0 cards added, 0 changed, 0 removed"))
  }

  @Test func warnsWhenTheDeckSearchWillNotFindTheOutput() throws {
    let recall = try RecallProcess()
    _ = try document(in: recall)
    for (output, hint) in [("aral.txt", "aral.md"), ("ARAL.md", "aral.md")] {
      let run = try recall.run(["generate", "docs/aral.txt", "-o", output])
      #expect(run.status == 0)
      #expect(run.stderr.contains("warning: recall looks for decks in *.md files"), "\(run.stderr)")
      #expect(run.stderr.contains("rename it, e.g. \(hint)"))
    }
    #expect(!(try recall.run(["generate", "docs/aral.txt", "-o", "aral.md"]).stderr.contains("warning")))
  }

  @Test func leavesNoTemporaryFileBehind() throws {
    let recall = try RecallProcess()
    _ = try document(in: recall)
    #expect(try recall.run(["generate", "docs/aral.txt", "-o", "out.md"]).status == 0)
    #expect(try recall.run(["export", "out.md", "--format", "json", "-o", "out.json"]).status == 0)
    #expect(try recall.run(["export-log", "-o", "log.csv"]).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: recall.home.path).filter { $0.hasPrefix(".") }
    #expect(names.isEmpty, "\(names)")
    let json = try String(contentsOfFile: recall.home.appendingPathComponent("out.json").path, encoding: .utf8)
    #expect(json.hasPrefix("[") || json.hasPrefix("{"))
    let refused = try recall.run(["export", "out.md", "--format", "md", "-o", "out.md"])
    #expect(refused.status == 1)
    #expect(refused.stderr == "error: \"out.md\" is the file being read; write to another file\n")
  }
}
