import Foundation

/// This target's fixtures in the source tree (documents, goldens, reference vectors); goldens
/// are compared with `Golden.check` of RecallTestSupport.
enum Fixtures {
  /// `Tests/RecallCoreTests/Fixtures`.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
}
