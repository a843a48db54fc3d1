import Foundation
import RecallCore
import Testing

@testable import RecallStore

@Suite struct DeckLocatorTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func optionBeatsEnvironmentBeatsLocalFolderBeatsBundled() {
    let always: (String) -> Bool = { _ in true }
    let never: (String) -> Bool = { _ in false }
    let env = ["RECALL_DECKS": "/env/decks"]
    #expect(
      DeckLocator.source(option: "mine", environment: env, currentDirectory: "/w", isDirectory: always)
        == .directory("mine"))
    #expect(
      DeckLocator.source(option: nil, environment: env, currentDirectory: "/w", isDirectory: always)
        == .directory("/env/decks"))
    #expect(
      DeckLocator.source(option: nil, environment: [:], currentDirectory: "/w", isDirectory: always)
        == .directory("Decks"))
    #expect(DeckLocator.source(option: nil, environment: [:], currentDirectory: "/w", isDirectory: never) == .bundled)
  }

  @Test func bundledDecksMatchTheDeckFolder() throws {
    let folder = Self.repository.appendingPathComponent("Decks").path
    let files = try DeckLocator.deckFiles(in: folder)
    #expect(files.count == BundledDecks.files.count)
    for (path, bundled) in zip(files, BundledDecks.files) {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent == bundled.name)
      #expect(text == bundled.text + "\n" || text == bundled.text, "run scripts/bundle-decks.sh after editing \(path)")
    }
  }

  @Test func bundledDecksParseCleanly() throws {
    let catalog = try DeckLocator.load(.bundled)
    #expect(!catalog.decks.isEmpty)
    for deck in catalog.decks {
      #expect(!deck.result.hasErrors, "\(deck.result.diagnostics)")
    }
  }

  @Test func documentationInCapitalsIsNotADeck() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["FORMAT.md", "README.md", "a.md", "notes.txt", ".hidden.md"] {
      try Data("# T\n\nQ: q?\nA: a\n".utf8).write(to: folder.appendingPathComponent(name))
    }
    let files = try DeckLocator.deckFiles(in: folder.path).map { URL(fileURLWithPath: $0).lastPathComponent }
    #expect(files == ["a.md"])
  }

  @Test func missingPathsAndNonDecksAreClearErrors() throws {
    #expect(throws: DeckLoadError.notFound("/no/such/recall/folder")) {
      try DeckLocator.load(.directory("/no/such/recall/folder"))
    }
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = folder.appendingPathComponent("doc.txt")
    try Data("hello".utf8).write(to: text)
    #expect(throws: DeckLoadError.notADeck(text.path)) { try DeckLocator.load(file: text.path) }
  }

  @Test func catalogFindsDecksByNamePrefixAndTitle() throws {
    let decks = ["alpha", "alps", "beta"].map { name in
      LoadedDeck(
        origin: "\(name).md",
        result: DeckParser.parse(text: "# Title \(name)\n\nQ: q?\nA: a\nid: x\n", origin: "\(name).md"))
    }
    let catalog = DeckCatalog(decks: decks)
    #expect((try? catalog.deck(named: "beta").get())?.name == "beta")
    #expect((try? catalog.deck(named: "BET").get())?.name == "beta")
    #expect((try? catalog.deck(named: "title alpha").get())?.name == "alpha")
    #expect(throws: DeckLookupError.ambiguous("al", matches: ["alpha", "alps"])) { try catalog.deck(named: "al").get() }
    #expect(throws: DeckLookupError.notFound("btea", suggestion: "beta", available: ["alpha", "alps", "beta"])) {
      try catalog.deck(named: "btea").get()
    }
  }
}
