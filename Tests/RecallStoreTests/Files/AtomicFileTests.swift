import Foundation
import RecallStore
import Testing

/// Files are written whole or not at all.
@Suite struct AtomicFileTests {
  @Test func replacesAFileWholeAndKeepsItsMode() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("deck.md")
    try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, 0o600)
    try AtomicFile.write("new text\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new text\n")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["deck.md"])
  }

  @Test func aDiscardedFileLeavesTheOldOneAndNoTrace() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.csv")
    try "kept\n".write(toFile: path, atomically: false, encoding: .utf8)
    let file = try AtomicFile(path: path)
    try file.append("half of a ")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
    file.discard()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["log.csv"])
  }

  @Test func aTemporaryFileOfAKilledRunIsRemovedByTheNextWrite() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("deck.md")
    // A process id that cannot be running (above the kernel's limit).
    let stale = folder.file(".deck.md.recall-99999999-abc.tmp")
    try "half".write(toFile: stale, atomically: false, encoding: .utf8)
    let other = folder.file(".other.md.recall-99999999-abc.tmp")
    try "not ours".write(toFile: other, atomically: false, encoding: .utf8)
    try AtomicFile.write("whole\n", to: path)
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(FileManager.default.fileExists(atPath: other))
  }

  @Test func aMissingFolderOrAFolderIsAClearError() throws {
    let folder = try TemporaryFolder()
    #expect(throws: FileWriteError.missingFolder(path: folder.file("no/x.md"), folder: folder.file("no"))) {
      try AtomicFile.write("x", to: folder.file("no/x.md"))
    }
    #expect(throws: FileWriteError.isFolder(path: folder.path)) { try AtomicFile.write("x", to: folder.path) }
    #expect(FileWriteError.diskFull(path: "a.md").description.contains("the disk is full; nothing was written"))
  }
}
