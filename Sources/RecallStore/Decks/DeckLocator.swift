import Foundation
import RecallCore

/// Where decks are read from.
public enum DeckSource: Equatable, Sendable, CustomStringConvertible {
  /// The `.md` files of a folder.
  case directory(String)
  /// The decks compiled into the binary.
  case bundled

  public var description: String {
    switch self {
    case .directory(let path): path
    case .bundled: "the bundled decks"
    }
  }
}

/// Why decks could not be read.
public enum DeckLoadError: Error, Equatable, CustomStringConvertible {
  /// The path does not exist.
  case notFound(String)
  /// The file or folder exists but cannot be read.
  case unreadable(String, reason: String)
  /// The file is not a deck (not `.md`).
  case notADeck(String)

  public var description: String {
    switch self {
    case .notFound(let path): "no such file or folder \"\(path)\"; check the path"
    case .unreadable(let path, let reason): "cannot read \"\(path)\": \(reason)"
    case .notADeck(let path): "\"\(path)\" is not a deck file; decks are Markdown files ending in `.md`"
    }
  }
}

/// Finds and reads deck files: `--decks DIR`, else `RECALL_DECKS`, else `./Decks` when present,
/// else the decks bundled in the binary, so `recall` works from any folder.
public enum DeckLocator {
  /// Decides where decks come from. Pure: the environment and file test are passed in.
  public static func source(
    option: String?, environment: [String: String], currentDirectory: String,
    isDirectory: (String) -> Bool = DeckLocator.isDirectory
  ) -> DeckSource {
    if let option, !option.isEmpty { return .directory(option) }
    if let variable = environment["RECALL_DECKS"], !variable.isEmpty { return .directory(variable) }
    let local = currentDirectory.hasSuffix("/") ? currentDirectory + "Decks" : currentDirectory + "/Decks"
    if isDirectory(local) { return .directory("Decks") }
    return .bundled
  }

  /// Reads every deck of a source.
  public static func load(_ source: DeckSource) throws(DeckLoadError) -> DeckCatalog {
    switch source {
    case .bundled:
      return DeckCatalog(
        decks: BundledDecks.files.map { file in
          let origin = "bundled:\(file.name)"
          return LoadedDeck(origin: origin, result: DeckParser.parse(text: file.text, origin: origin))
        })
    case .directory(let path):
      return try load(paths: [path])
    }
  }

  /// Reads the decks at the given paths: files, or folders of deck files.
  public static func load(paths: [String]) throws(DeckLoadError) -> DeckCatalog {
    var decks: [LoadedDeck] = []
    for path in paths {
      if isDirectory(path) {
        for file in try deckFiles(in: path) { decks.append(try load(file: file)) }
      } else {
        decks.append(try load(file: path))
      }
    }
    return DeckCatalog(decks: decks)
  }

  /// Reads and parses one deck file.
  public static func load(file path: String) throws(DeckLoadError) -> LoadedDeck {
    guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
    guard path.hasSuffix(".md") else { throw .notADeck(path) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path, reason: "permission denied or not a regular file")
    }
    return LoadedDeck(origin: path, result: DeckParser.parse(bytes: [UInt8](data), origin: path))
  }

  /// The deck files of a folder: `.md` files, except documentation named in capitals (`FORMAT.md`).
  public static func deckFiles(in path: String) throws(DeckLoadError) -> [String] {
    guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw .unreadable(path, reason: "the folder cannot be listed")
    }
    let separator = path.hasSuffix("/") ? "" : "/"
    return names.filter { name in
      guard name.hasSuffix(".md"), !name.hasPrefix(".") else { return false }
      let stem = name.dropLast(3)
      return stem.contains { $0.isLowercase }
    }.sorted().map { path + separator + $0 }
  }

  /// Whether `path` names an existing folder.
  @Sendable public static func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }
}
