import Foundation
import RecallCore

/// Why deck files could not be written.
public enum DeckFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The folder for a deck file does not exist.
  case missingFolder(String)
  /// A file could not be written or moved into place.
  case cannotWrite(path: String, reason: String)
  /// The printed deck does not read back without errors (a bug; nothing is written).
  case unreadable(path: String, diagnostic: String)

  public var description: String {
    switch self {
    case .missingFolder(let folder): "the folder \"\(folder)\" does not exist; create it or choose another with -o"
    case .cannotWrite(let path, let reason): "cannot write \"\(path)\" (\(reason)); check that its folder is writable"
    case .unreadable(let path, let diagnostic):
      "the deck for \"\(path)\" would not read back (\(diagnostic)); nothing was written, please report this"
    }
  }
}

/// Writes deck files atomically: each to a temporary file in its destination's folder, then, on
/// `commit`, renamed over the destination (a rename within one folder is atomic).
struct DeckFileWriter {
  /// The destination of each deck, in order.
  let paths: [String]
  private let texts: [String]
  private let temporaries: [String]

  /// Plans the files for `outputs`: `output` is the file (one deck) or the folder (several);
  /// without it the decks go into `folder`, created when missing.
  init(outputs: [AnkiDeckLayout.Output], output: String?, folder: String) throws(DeckFileError) {
    var paths: [String] = []
    let files = FileManager.default
    for deck in outputs {
      if let output, outputs.count == 1, output.hasSuffix(".md") {
        paths.append(output)
      } else {
        let base = output ?? folder
        if output == nil && !files.fileExists(atPath: base) {
          do {
            try files.createDirectory(atPath: base, withIntermediateDirectories: true)
          } catch {
            throw .cannotWrite(path: base, reason: error.localizedDescription)
          }
        }
        paths.append((base as NSString).appendingPathComponent(deck.name + ".md"))
      }
    }
    for path in paths {
      let parent = (path as NSString).deletingLastPathComponent
      if !parent.isEmpty && !files.fileExists(atPath: parent) { throw .missingFolder(parent) }
    }
    var texts: [String] = []
    for (deck, path) in zip(outputs, paths) {
      let text = DeckPrinter.print(deck.deck)
      let parsed = DeckParser.parse(text: text, origin: path)
      if let problem = parsed.diagnostics.first(where: { $0.severity == .error }) {
        throw .unreadable(path: path, diagnostic: problem.message)
      }
      texts.append(text)
    }
    self.paths = paths
    self.texts = texts
    self.temporaries = paths.map { path in
      let folder = (path as NSString).deletingLastPathComponent
      let name = (path as NSString).lastPathComponent
      return (folder as NSString).appendingPathComponent(".\(name).recall-\(UUID().uuidString).tmp")
    }
  }

  /// Writes every deck to its temporary file.
  func writeTemporaries() throws(DeckFileError) {
    for (text, temporary) in zip(texts, temporaries) {
      guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
        discard()
        throw .cannotWrite(path: temporary, reason: "cannot create the file")
      }
    }
  }

  /// Moves every temporary file over its destination.
  func commit() throws(DeckFileError) {
    for (temporary, path) in zip(temporaries, paths) where rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      discard()
      throw .cannotWrite(path: path, reason: reason)
    }
  }

  /// Removes the temporary files that are left.
  func discard() {
    for temporary in temporaries { try? FileManager.default.removeItem(atPath: temporary) }
  }
}
