import Foundation
import RecallTestSupport
import Testing

/// The golden-file helper itself: its diff names the lines that changed, and a rewrite fails.
@Suite struct GoldenTests {
  /// A fresh folder under the temporary directory.
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func theDiffShowsTheChangedLinesWithContext() {
    let expected = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
    let actual = expected.replacingOccurrences(of: "line 5\n", with: "line five\n")
    #expect(
      Golden.lineDiff(expected: expected, actual: actual) == """
        @@ line 3
          line 3
          line 4
        - line 5
        + line five
          line 6
          line 7
        """)
  }

  @Test func theDiffSeparatesDistantChangesAndShowsInsertions() {
    let expected = (1...12).map { "l\($0)" }.joined(separator: "\n")
    var lines = expected.components(separatedBy: "\n")
    lines.remove(at: 0)
    lines.insert("new", at: 10)
    #expect(
      Golden.lineDiff(expected: expected, actual: lines.joined(separator: "\n"), context: 1) == """
        @@ line 1
        - l1
          l2
        ...
        @@ line 11
          l11
        + new
          l12
        """)
  }

  @Test func theDiffSaysWhatCannotBeSeen() {
    #expect(
      Golden.lineDiff(expected: "a\n", actual: "a") == "@@ line 1\n  a\n- \n(the output lacks the final line break)")
    #expect(Golden.lineDiff(expected: "\u{1B}[1mbold", actual: "bold") == "@@ line 1\n- \\e[1mbold\n+ bold")
  }

  @Test func aMatchingFileMatchesAndIsLeftAlone() throws {
    let url = try folder().appendingPathComponent("same.txt")
    try Data("same\n".utf8).write(to: url)
    #expect(Golden.compare("same\n", with: url, update: true) == .matches)
    Golden.check("same\n", against: url, update: true)
  }

  @Test func aDifferenceFailsWithTheDiff() throws {
    let url = try folder().appendingPathComponent("old.txt")
    try Data("one\ntwo\n".utf8).write(to: url)
    #expect(Golden.compare("one\n2\n", with: url, update: false) == .differs(diff: "@@ line 1\n  one\n- two\n+ 2\n  "))
    withKnownIssue {
      Golden.check("one\n2\n", against: url, update: false)
    } matching: { issue in
      issue.comments.contains { $0.rawValue.contains("- two\n+ 2") }
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "one\ntwo\n", "without the variable nothing is written")
  }

  @Test func aRewriteWritesTheFileAndStillFails() throws {
    let url = try folder().appendingPathComponent("nested/new.txt")
    withKnownIssue {
      Golden.check("fresh\n", against: url, update: true)
    } matching: { issue in
      issue.comments.contains { $0.rawValue.contains("golden new.txt was written") }
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "fresh\n")
    withKnownIssue {
      Golden.check("fresher\n", against: url, update: true)
    } matching: { issue in
      issue.comments.contains { $0.rawValue.contains("was rewritten") && $0.rawValue.contains("- fresh\n+ fresher") }
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "fresher\n")
    Golden.check("fresher\n", against: url, update: false)
  }

  @Test func aMissingFileFailsWithoutTheVariable() throws {
    let url = try folder().appendingPathComponent("absent.txt")
    #expect(Golden.compare("x", with: url, update: false) == .missing)
    withKnownIssue { Golden.check("x", against: url, update: false) }
    #expect(!FileManager.default.fileExists(atPath: url.path))
  }
}
