import Foundation

/// Writes a file whole or not at all: the text goes to a temporary file in the same folder, is
/// synced to disk, then renamed over the target. A crash, a kill or a full disk leaves the old file
/// (or none) in place, never half a file. Every file Recall writes goes through here.
public final class AtomicFile {
  /// The file being written.
  public let path: String
  private let temporary: String
  private var descriptor: Int32

  /// Starts writing `path`: creates its temporary file, with the permissions of the file it will
  /// replace (or the usual ones for a new file). Stale temporary files of earlier runs that were
  /// killed are removed.
  public init(path: String) throws(FileWriteError) {
    self.path = path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw .isFolder(path: path)
    }
    let folder = Self.folder(of: path)
    guard FileManager.default.fileExists(atPath: folder) else { throw .missingFolder(path: path, folder: folder) }
    Self.removeStaleTemporaries(of: path)
    var mode: mode_t = 0o666
    var info = stat()
    if stat(path, &info) == 0 { mode = info.st_mode & 0o777 }
    var name = Self.temporaryPath(for: path)
    var opened = systemOpen(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    while opened < 0 && errno == EEXIST {
      name = Self.temporaryPath(for: path)
      opened = systemOpen(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    }
    guard opened >= 0 else { throw FileWriteError(errno: errno, path: path) }
    // An existing file keeps its mode exactly (open applies the umask).
    if info.st_mode != 0 { fchmod(opened, mode) }
    temporary = name
    descriptor = opened
  }

  deinit { discard() }

  /// Writes `text` (UTF-8) to `path` whole, replacing what was there.
  public static func write(_ text: String, to path: String) throws(FileWriteError) {
    let file = try AtomicFile(path: path)
    try file.append(text)
    try file.commit()
  }

  /// Writes `text` to `path` as it comes, for a device or a pipe (`/dev/stdout`), which cannot be
  /// replaced by renaming.
  public static func stream(_ text: String, to path: String) throws(FileWriteError) {
    let descriptor = systemOpen(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileWriteError(errno: errno, path: path) }
    defer { systemClose(descriptor) }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      guard written >= 0 else { throw FileWriteError(errno: errno, path: path) }
      offset += written
    }
  }

  /// Adds `text` to the file being written.
  public func append(_ text: String) throws(FileWriteError) {
    let bytes = Array(text.utf8)
    guard descriptor >= 0 else { throw .failed(path: path, reason: "the file was already closed") }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { [descriptor] buffer in
        systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let error = FileWriteError(errno: errno, path: path)
        discard()
        throw error
      }
      offset += written
    }
  }

  /// Syncs the temporary file and renames it over `path`; then syncs the folder, so the rename
  /// itself survives a power cut.
  public func commit() throws(FileWriteError) {
    guard descriptor >= 0 else { throw .failed(path: path, reason: "the file was already closed") }
    if fsync(descriptor) != 0 {
      let error = FileWriteError(errno: errno, path: path)
      discard()
      throw error
    }
    let closed = systemClose(descriptor)
    descriptor = -1
    if closed != 0 {
      let error = FileWriteError(errno: errno, path: path)
      unlink(temporary)
      throw error
    }
    try Self.move(temporary, to: path)
  }

  /// Abandons the file: the temporary file is removed and `path` left as it was.
  public func discard() {
    guard descriptor >= 0 else { return }
    systemClose(descriptor)
    descriptor = -1
    unlink(temporary)
  }

  /// Renames `source` over `target` (in the same folder) and syncs the folder.
  static func move(_ source: String, to target: String) throws(FileWriteError) {
    guard rename(source, target) == 0 else {
      let error = FileWriteError(errno: errno, path: target)
      unlink(source)
      throw error
    }
    let folder = systemOpen(Self.folder(of: target), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folder >= 0 {
      fsync(folder)
      systemClose(folder)
    }
  }

  /// A fresh temporary name next to `path`: hidden, naming this process, ending in `.tmp` (so the
  /// deck search, which reads `*.md`, never sees it).
  static func temporaryPath(for path: String) -> String {
    let name = (path as NSString).lastPathComponent
    let random = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    return folder(of: path) + "/." + name + ".recall-\(getpid())-\(random).tmp"
  }

  private static func folder(of path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  /// Removes temporary files of `path` left by processes that no longer run (killed mid-write).
  private static func removeStaleTemporaries(of path: String) {
    let folder = folder(of: path)
    let prefix = "." + (path as NSString).lastPathComponent + ".recall-"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let parts = name.dropFirst(prefix.count).split(separator: "-")
      guard let pid = parts.first.flatMap({ Int32($0) }), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
    }
  }
}

// The C calls under names the type's own `write` and `open` do not hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
  open(path, flags, mode)
}

@discardableResult
private func systemClose(_ descriptor: Int32) -> Int32 {
  close(descriptor)
}
