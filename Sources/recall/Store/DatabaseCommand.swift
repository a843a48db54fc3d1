import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall db`: looks after the progress database.
struct DatabaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "db",
    abstract: "Look after the progress database.",
    discussion: "Example: recall db rebuild --db progress.sqlite",
    subcommands: [
      RebuildCommand.self, CheckDatabaseCommand.self, BackupCommand.self, PathCommand.self, SoakCommand.self,
      FirstDueCommand.self,
      GenerateCommand.self, DatabaseHistoriesCommand.self,
    ])

  /// `recall db rebuild`.
  struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rebuild",
      abstract: "Recompute every card's state from the review log.",
      discussion: """
        The review log is the source of truth: each card's reviews are replayed through the FSRS \
        scheduler. Suspended and buried cards stay so.

        Example: recall db rebuild --db progress.sqlite
        """)

    @Flag(help: "Restore each card's last saved state instead of rescheduling its reviews with FSRS.")
    var savedStates = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
      let store = try database.store()
      let cards = try store.rebuild(using: savedStates ? .latestAfter : try Rescheduling.replayer(store: store))
      Output.write("rebuilt the state of \(cards) \(cards == 1 ? "card" : "cards") from the review log\n")
    }
  }

  /// `recall db check`.
  struct CheckDatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check", abstract: "Run SQLite's integrity check on the database.",
      discussion: "Example: recall db check")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
      let opened = try database.open()
      let findings = try opened.integrityCheck()
      guard findings == ["ok"] else {
        throw Failure.message(RecallStoreError.corrupt(path: opened.path ?? "").description)
      }
      Output.write("ok: schema version \(RecallDatabase.schemaVersion), integrity check passed\n")
    }
  }

  /// `recall db backup`.
  struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "backup", abstract: "Copy the database to a new file (safe while other recall processes run).",
      discussion: "Example: recall db backup ~/recall-2026-12-03.sqlite")

    @Argument(help: ArgumentHelp("The copy to write; it must not exist yet.", valueName: "file"))
    var target: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
      let opened = try database.open()
      if FileManager.default.fileExists(atPath: target) {
        throw Failure.message("\"\(target)\" exists already; give the name of a new file for the copy")
      }
      if let path = opened.path, GeneratedDeckFile.sameFile(path, target) {
        throw Failure.message("\"\(target)\" is the database itself; give the name of a new file for the copy")
      }
      try opened.backUp(to: target)
      Output.write("copied \(opened.path ?? "") to \(target)\n")
    }
  }

  /// `recall db path`.
  struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "path", abstract: "Print where the progress database is.", discussion: "Example: recall db path")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
      Output.write(try database.resolvedPath() + "\n")
    }
  }
}

/// How `recall db rebuild` recomputes a card's state: each deck with its own FSRS settings
/// (fitted weights, desired retention), as study schedules it.
enum Rescheduling {
  static func replayer(store: SQLiteReviewStore) throws -> StateReplayer {
    StateReplayer.rescheduling(with: PerDeckScheduler(settings: try store.allScheduling()))
  }
}
