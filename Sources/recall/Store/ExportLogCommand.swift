import ArgumentParser
import Foundation
import RecallStore

/// `recall export-log`: writes the review log for spreadsheets and other tools.
struct ExportLogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export-log",
    abstract: "Write the review log (every answer ever given) as CSV.",
    discussion: "Example: recall export-log --format csv -o reviews.csv")

  /// Formats the log can be written in.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv
  }

  @Option(help: "Output format.")
  var format: Format = .csv

  @Option(help: "Only the reviews of this deck.")
  var deck: String?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var output: OutputOption

  func run() throws {
    let store = try database.store()
    try output.refuse(overwriting: store.database.path)
    try output.write { sink in
      var buffer = ""
      try ReviewLogCSV.export(from: store, deck: deck) { line in
        buffer += line
        if buffer.utf8.count > 1 << 16 {
          try sink(buffer)
          buffer = ""
        }
      }
      try sink(buffer)
    }
  }
}
