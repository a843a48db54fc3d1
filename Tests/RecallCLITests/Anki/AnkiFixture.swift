import Foundation
import Testing

/// Packages built by Anki's own backend (`scripts/anki-make-package.py`, PyPI `anki==26.9.3`), once
/// per test run, with what Anki computes for them. Tests that need them skip without the module.
enum AnkiFixture {
  /// The package root: this file is `Tests/RecallCLITests/Anki/AnkiFixture.swift`.
  static let repository = (0..<4).reduce(URL(fileURLWithPath: #filePath)) { url, _ in url.deletingLastPathComponent() }

  /// Whether python3 can import Anki's backend.
  static let available: Bool = (try? python(["-c", "import anki.collection"]))?.status == 0

  /// The skip message.
  static let needs = "needs python3 with `pip install anki==26.9.3` (skipped: the module is missing)"

  /// The folder of built packages (built on first use).
  static let folder: String? = {
    guard available else { return nil }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("recall-anki-fixture-\(UUID().uuidString)")
      .path
    let script = repository.appendingPathComponent("scripts/anki-make-package.py").path
    guard let made = try? python([script, "fixture", path]), made.status == 0 else { return nil }
    return path
  }()

  /// One card as Anki describes it.
  struct ExpectedCard {
    var guid: String
    var ordinal: Int
    var notetype: String
    var reviews: Int
    var queue: Int
    var stability: Double?
    var difficulty: Double?

    /// The id Recall gives it.
    var recallID: String {
      let key = "anki-" + guid.utf8.map { String(format: "%02x", $0) }.joined()
      if notetype == "Cloze" { return "\(key)-c\(ordinal + 1)" }
      if ordinal == 0 { return key }
      return notetype.hasPrefix("Basic (") && notetype.contains("reverse") ? key + "~r" : "\(key)-t\(ordinal)"
    }
  }

  /// The cards of the fixture, from `expected.json`.
  static func expected() throws -> [ExpectedCard] {
    let folder = try #require(folder, "the Anki fixture could not be built")
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let cards = try #require(object["cards"] as? [[String: Any]])
    return cards.map { card in
      ExpectedCard(
        guid: card["guid"] as? String ?? "", ordinal: card["ord"] as? Int ?? 0,
        notetype: card["notetype"] as? String ?? "",
        reviews: card["reviews"] as? Int ?? 0, queue: card["queue"] as? Int ?? 0,
        stability: card["stability"] as? Double,
        difficulty: card["difficulty"] as? Double)
    }
  }

  static func python(_ arguments: [String]) throws -> (status: Int32, output: Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
  }
}
