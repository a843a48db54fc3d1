import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

extension AnkiDeckLayout: ExpressibleByArgument {}

/// `recall import`: reads an Anki package (or Anki's "Notes in Plain Text") into deck files and
/// its review history into the progress database.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import an Anki package (.apkg, .colpkg) or notes text (.txt) with its review history.",
    discussion: """
      Notes become deck files (subdecks as topics, or one file per deck with --subdecks files),
      the review log goes into the progress database and every card's FSRS state is computed from
      it. Importing a newer copy of the same package updates the cards and keeps their progress;
      importing the same one twice changes nothing.
      Example:
        recall import Spanish.apkg -o Decks/spanish.md
        recall import Spanish.apkg --subdecks files
      """)

  @Argument(help: ArgumentHelp("The Anki package or notes text file.", valueName: "file"))
  var file: String

  @Option(
    name: [.short, .customLong("output")],
    help: "The deck file to write (default: Decks/NAME.md); with --subdecks files, the folder.")
  var output: String?

  @Option(help: ArgumentHelp("The Recall deck's name (default: the top Anki deck's name).", valueName: "name"))
  var deck: String?

  @Option(help: "Subdecks as topics of one deck, or one deck file per Anki deck.")
  var subdecks: AnkiDeckLayout = .topics

  /// For tests of the zip-bomb cap: the most bytes to unpack.
  @Option(name: .customLong("unpack-limit"), help: .hidden)
  var unpackLimit: Int64?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var now: NowOption

  func validate() throws {
    if let deck, deck.isEmpty || deck.contains("/") || deck.hasPrefix(".") {
      throw ValidationError("--deck takes a file name without folder, like spanish; got '\(deck)'")
    }
    if let output, subdecks == .topics, !output.hasSuffix(".md") {
      throw ValidationError("-o takes a deck file ending in .md, like Decks/spanish.md; got '\(output)'")
    }
  }

  func run() throws {
    let time = try now.time()
    var options = AnkiImporter.Options(now: time)
    options.layout = subdecks
    options.deckName = deck ?? output.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
    if subdecks == .files { options.deckName = deck }
    options.output = output
    if let unpackLimit { options.limit = max(unpackLimit, 1) }
    options.utcOffsetSeconds = now.calendar(at: time).utcOffsetSeconds
    let summary: AnkiImporter.Summary
    do {
      summary = try AnkiImporter.run(path: file, options: options, openStore: database.store)
    } catch let error as AnkiPackageError {
      throw Failure.message(Sanitizer.clean(error.description))
    } catch let error as DeckFileError {
      throw Failure.message(Sanitizer.clean(error.description))
    } catch let error as RecallStoreError {
      throw Failure.message(error.description)
    }
    Output.write(Self.report(summary, file: file))
  }

  /// The summary for people.
  static func report(_ summary: AnkiImporter.Summary, file: String) -> String {
    var lines: [String] = []
    let cards = summary.decks.reduce(0) { $0 + $1.cards }
    lines.append("imported \(Sanitizer.clean(file)) (\(summary.layout)): \(summary.notes) notes, \(cards) cards")
    for deck in summary.decks {
      lines.append("  wrote \(Sanitizer.clean(deck.path)): \(deck.cards) cards")
    }
    if summary.duplicates > 0 {
      let notes = summary.duplicates == 1 ? "note" : "notes"
      lines.append("left out \(summary.duplicates) \(notes) whose id an earlier note has (the same Anki guid or row)")
    }
    guard summary.layout != "notes in plain text" else { return lines.joined(separator: "\n") + "\n" }
    var history = "reviews: \(summary.counts.reviewsAdded) added"
    if summary.counts.reviewsKnown > 0 { history += ", \(summary.counts.reviewsKnown) already imported" }
    history += "; \(summary.suspended) suspended, \(summary.buried) buried"
    lines.append(history)
    for (reason, count) in summary.skipped.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      lines.append("skipped \(count) card\(count == 1 ? "" : "s"): \(reason.rawValue)")
    }
    if summary.controlFields > 0 {
      lines.append("removed control characters or escape sequences from \(summary.controlFields) fields")
    }
    if summary.media > 0 {
      lines.append("\(summary.media) media files not copied; cards show [image: ...] and [sound: ...] placeholders")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
