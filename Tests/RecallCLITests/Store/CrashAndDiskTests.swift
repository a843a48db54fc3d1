import Foundation
import Testing

/// The crash matrix and the full and read-only disks, run on the real binary by the scripts in
/// `scripts/` (python3, no modules needed).
@Suite struct CrashAndDiskTests {
  /// Why a private mount namespace with a tmpfs cannot be made here; nil when it can.
  static let mountMissing: String? = {
    let unshare = "/usr/bin/unshare"
    guard FileManager.default.isExecutableFile(atPath: unshare) else { return "unshare is not installed" }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-mount-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: unshare)
    process.arguments = [
      "--mount", "--propagation", "private", "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      return "unshare could not be started"
    }
    return process.terminationStatus == 0 ? nil : "a tmpfs cannot be mounted here (it needs root)"
  }()

  /// SIGKILL at random moments of study, quiz, db rebuild, generate -o, export -o and export-log -o:
  /// a short run of the matrix (`scripts/crash-matrix.py BINARY 200` is the full one).
  @Test(PtyScript.requiring(), .timeLimit(.minutes(3)))
  func killsAtRandomMomentsLoseNothing() throws {
    try PtyScript.run("crash-matrix.py", arguments: ["12", "7"])
  }

  @Test(
    PtyScript.requiring(),
    .enabled(if: mountMissing == nil, Comment(rawValue: "skipped: \(mountMissing ?? "")")), .timeLimit(.minutes(2)))
  func aFullOrReadOnlyDiskIsAClearErrorAndLosesNothing() throws {
    try PtyScript.run("e2e-disk.py")
  }
}
