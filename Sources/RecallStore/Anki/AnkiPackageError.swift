/// Why an Anki package (or a notes text file) could not be read; the text is written here only.
public enum AnkiPackageError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file is missing or unreadable.
  case unreadable(path: String)
  /// The file is not a zip archive.
  case notAZip(path: String)
  /// The archive has no collection entry.
  case noCollection(path: String, entries: [String])
  /// An entry could not be unpacked (truncated or damaged archive).
  case damaged(path: String, entry: String, detail: String)
  /// Unpacking would exceed the cap.
  case tooLarge(path: String, limit: Int64)
  /// The collection inside is not a readable SQLite database.
  case corruptCollection(path: String, detail: String)
  /// The collection's schema is not one Anki has written.
  case unknownSchema(path: String, version: Int)
  /// A notes text file that is not Anki's "Notes in Plain Text" format.
  case badText(path: String, line: Int, detail: String)

  public var description: String {
    switch self {
    case .unreadable(let path):
      "cannot read \"\(path)\"; check the path"
    case .notAZip(let path):
      "\"\(path)\" is not an Anki package (not a zip archive); export it from Anki as .apkg or .colpkg"
    case .noCollection(let path, let entries):
      "\"\(path)\" holds no Anki collection (found: \(entries.isEmpty ? "nothing" : entries.joined(separator: ", "))); "
        + "export it from Anki again"
    case .damaged(let path, let entry, let detail):
      "\"\(path)\" is truncated or damaged (\(entry): \(detail)); export it from Anki again"
    case .tooLarge(let path, let limit):
      "\"\(path)\" unpacks to more than \(limit / 1_048_576) MiB, the most Recall unpacks; "
        + "it may be a zip bomb, or export fewer decks at a time"
    case .corruptCollection(let path, let detail):
      "the collection in \"\(path)\" is damaged (\(detail)); export it from Anki again"
    case .unknownSchema(let path, let version):
      "the collection in \"\(path)\" has schema version \(version), which Recall does not know "
        + "(it reads 11 to 18); export it from Anki with \"support older Anki versions\""
    case .badText(let path, let line, let detail):
      "\(path):\(line): \(detail); export the notes from Anki as \"Notes in Plain Text\""
    }
  }
}
