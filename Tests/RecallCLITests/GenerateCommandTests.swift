import Foundation
import Testing

/// `recall generate`, run as a subprocess.
@Suite struct GenerateCommandTests {
  private let source = RecallProcess.repository.appendingPathComponent("Decks/sources/kazakhstan-position.txt").path

  /// As in the repository: the document in `sources/` beside the deck, which names it so.
  @Test func writesTheShippedDeckByteForByte() throws {
    let recall = try RecallProcess()
    let copy = try recall.write(
      try String(contentsOfFile: source, encoding: .utf8), to: "sources/kazakhstan-position.txt")
    let out = recall.home.appendingPathComponent("kazakhstan-position.md").path
    let output = try recall.run(["generate", copy, "-o", out])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stderr.hasPrefix("wrote "))
    let written = try String(contentsOfFile: out, encoding: .utf8)
    let shipped = try String(
      contentsOf: RecallProcess.repository.appendingPathComponent("Decks/kazakhstan-position.md"), encoding: .utf8)
    #expect(written == shipped)
    let check = try recall.run(["check", out])
    #expect(check.status == 0, "\(check.stdout)")
  }

  @Test func printsToStandardOutputAndKeepsTheBestCards() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["generate", source, "--max-cards", "3"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("# Position on Current International Issues\n"))
    #expect(output.stdout.components(separatedBy: "\nid: ").count - 1 == 3)
  }

  @Test func badInputIsAClearErrorNotACrash() throws {
    let recall = try RecallProcess()
    let empty = try recall.write("", to: "empty.txt")
    let noText = try recall.run(["generate", empty])
    #expect(noText.status == 1)
    #expect(noText.stderr.contains("is empty; give a plain-text document"))
    let binary = try recall.write(bytes: [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xFF], to: "doc.pdf")
    let pdf = try recall.run(["generate", binary])
    #expect(pdf.status == 1)
    #expect(pdf.stderr.contains("looks like a binary file"))
    let headings = try recall.write("Contents\n\nIntroduction\n\nIndex\n", to: "toc.txt")
    let noFacts = try recall.run(["generate", headings])
    #expect(noFacts.status == 1)
    #expect(noFacts.stderr.contains("found no facts"))
    let missing = try recall.run(["generate", "/no/such/doc.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: no such file \"/no/such/doc.txt\"; check the path\n")
    let usage = try recall.run(["generate", source, "--max-cards", "0"])
    #expect(usage.status == 64)
  }

  @Test func foldersAndUnwritablePathsAreNamedAsSuch() throws {
    let recall = try RecallProcess()
    let folder = recall.home.path
    let document = try recall.run(["generate", folder])
    #expect(document.status == 1)
    #expect(document.stderr == "error: \"\(folder)\" is a folder; give the path of a plain-text document\n")
    let intoFolder = try recall.run(["generate", source, "-o", folder])
    #expect(intoFolder.status == 1)
    #expect(intoFolder.stderr.contains("is a folder; give a file name for the deck"))
    let noFolder = try recall.run(["generate", source, "-o", "/no/such/folder/deck.md"])
    #expect(noFolder.status == 1)
    #expect(noFolder.stderr.contains("there is no folder \"/no/such/folder\"; create it first"), "\(noFolder.stderr)")
  }
}
