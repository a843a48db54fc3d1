import Foundation
import Testing

/// Golden files: the expected text lives beside the fixture; `RECALL_UPDATE_GOLDEN=1 swift test`
/// rewrites them from the current output (review the diff before committing).
enum Golden {
  /// The folder of this target's fixtures in the source tree.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// Compares `actual` with the golden file at `relativePath` under Fixtures/.
  static func check(_ actual: String, against relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = fixtures.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["RECALL_UPDATE_GOLDEN"] == "1" {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "missing golden file \(relativePath); run with RECALL_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(actual == expected, "golden \(relativePath) differs", sourceLocation: sourceLocation)
  }
}
