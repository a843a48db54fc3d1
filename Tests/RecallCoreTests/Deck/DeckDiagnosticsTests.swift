import Foundation
import RecallTestSupport
import Testing

@testable import RecallCore

/// One golden file per diagnostic: `Fixtures/diagnostics/NAME.md` parses to `NAME.expected`.
@Suite struct DeckDiagnosticsTests {
  static let cases: [String] = {
    let folder = Fixtures.folder.appendingPathComponent("diagnostics").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
  }()

  @Test func everyDiagnosticHasAFixture() {
    #expect(Self.cases.count >= 20)
  }

  @Test(arguments: cases) func diagnosticsMatchGolden(name: String) throws {
    let url = Fixtures.folder.appendingPathComponent("diagnostics/\(name).md")
    let bytes = try [UInt8](Data(contentsOf: url))
    let result = DeckParser.parse(bytes: bytes, origin: "\(name).md")
    let text = result.diagnostics.map(\.description).joined(separator: "\n") + "\n"
    Golden.check(text, named: "diagnostics/\(name).expected", in: Fixtures.folder)
    if name != "no-cards", name != "control-character" {
      #expect(result.hasErrors, "\(name) should report an error")
    }
  }

  @Test func diagnosticsCarryLineAndColumn() {
    let result = DeckParser.parse(text: "# T\n\nC: a [b\n", origin: "x.md")
    #expect(
      result.diagnostics.map(\.description) == ["x.md:3:6: error: gap is not closed; add `]` after the hidden answer"])
  }

  @Test func soundNotesSurviveABrokenNeighbour() throws {
    let text = "# T\n\nQ: Broken?\n\nQ: Fine?\nA: yes\nid: fine\n"
    let deck = try #require(DeckParser.parse(text: text, origin: "x.md").deck)
    #expect(deck.notes.map(\.explicitID) == ["fine"])
  }
}
