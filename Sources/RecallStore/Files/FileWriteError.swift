import Foundation

/// Why a file Recall writes (a deck, an export) could not be written. The text for people is
/// written here. In every case the file that was there before is left as it was.
public enum FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The disk is full.
  case diskFull(path: String)
  /// The folder or the disk is read-only, or permission is denied.
  case readOnly(path: String)
  /// The folder does not exist.
  case missingFolder(path: String, folder: String)
  /// The path names a folder.
  case isFolder(path: String)
  /// Another failure of the system, in its words.
  case failed(path: String, reason: String)

  /// The failure behind the C `errno` value `code` while writing `path`.
  init(errno code: Int32, path: String) {
    switch code {
    case ENOSPC, EDQUOT: self = .diskFull(path: path)
    case EROFS, EACCES, EPERM: self = .readOnly(path: path)
    case ENOENT: self = .missingFolder(path: path, folder: (path as NSString).deletingLastPathComponent)
    case EISDIR: self = .isFolder(path: path)
    default: self = .failed(path: path, reason: String(cString: strerror(code)).lowercased())
    }
  }

  /// The message shown to people.
  public var description: String {
    switch self {
    case .diskFull(let path):
      "cannot write \"\(path)\": the disk is full; nothing was written (the file there is as it was). "
        + "free some space and try again"
    case .readOnly(let path):
      "cannot write \"\(path)\": its folder is read-only or not yours; nothing was written. "
        + "choose another place with -o"
    case .missingFolder(let path, let folder):
      "cannot write \"\(path)\": there is no folder \"\(folder.isEmpty ? "." : folder)\"; create it first"
    case .isFolder(let path):
      "\"\(path)\" is a folder; give a file name, like \(path)/deck.md"
    case .failed(let path, let reason):
      "cannot write \"\(path)\" (\(reason)); nothing was written (the file there is as it was)"
    }
  }
}
