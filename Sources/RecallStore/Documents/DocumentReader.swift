import Foundation

/// Why a document could not be read.
public enum DocumentReadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No file at the path.
  case notFound(path: String)
  /// The path names a folder, not a file.
  case isFolder(path: String)
  /// The file exists but could not be read.
  case unreadable(path: String)
  /// The file is empty or holds only white space.
  case empty(path: String)
  /// The file holds binary data.
  case binary(path: String)
  /// The file is not valid UTF-8 text.
  case invalidEncoding(path: String)

  /// The message for people.
  public var description: String {
    switch self {
    case .notFound(let path): "no such file \"\(path)\"; check the path"
    case .isFolder(let path): "\"\(path)\" is a folder; give the path of a plain-text document"
    case .unreadable(let path): "cannot read \"\(path)\"; check its permissions"
    case .empty(let path): "\"\(path)\" is empty; give a plain-text document with sentences"
    case .binary(let path): "\"\(path)\" looks like a binary file; give a plain-text (.txt) document"
    case .invalidEncoding(let path): "\"\(path)\" is not UTF-8 text; convert it to UTF-8 first"
    }
  }
}

/// Reads plain-text documents for the generator.
public enum DocumentReader {
  /// The text of the document at `path`.
  public static func read(path: String) throws(DocumentReadError) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
    guard !isDirectory.boolValue else { throw .isFolder(path: path) }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path: path)
    }
    return try text(of: data, path: path)
  }

  /// The text of `data` read from `path`, checked to be non-empty UTF-8 text.
  public static func text(of data: Data, path: String) throws(DocumentReadError) -> String {
    if looksBinary(data) { throw .binary(path: path) }
    guard var text = String(data: data, encoding: .utf8) else { throw .invalidEncoding(path: path) }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    guard text.contains(where: { !$0.isWhitespace }) else { throw .empty(path: path) }
    return text
  }

  /// Whether the first bytes hold a NUL or many control characters.
  private static func looksBinary(_ data: Data) -> Bool {
    let sample = data.prefix(8192)
    var control = 0
    for byte in sample {
      if byte == 0 { return true }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
    }
    return sample.count > 0 && control * 10 > sample.count
  }
}
