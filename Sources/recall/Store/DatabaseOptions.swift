import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// The `--db PATH` option shared by every command that reads or writes progress.
struct DatabaseOptions: ParsableArguments {
  @Option(
    name: .customLong("db"),
    help: ArgumentHelp(
      "Progress database (default: $RECALL_DB, else $XDG_DATA_HOME/recall/recall.sqlite, "
        + "else ~/.local/share/recall/recall.sqlite).",
      valueName: "path"))
  var path: String?

  func validate() throws {
    // An empty value is most often an unset shell variable; the default database is not what was meant.
    if path?.isEmpty == true { throw ValidationError("--db needs a path, e.g. --db recall.sqlite") }
  }

  /// The database path from the option and the environment.
  func resolvedPath() throws -> String {
    do {
      return try DatabaseLocation.resolve(explicit: path, environment: ProcessInfo.processInfo.environment)
    } catch {
      throw Failure.message(error.description)
    }
  }

  /// Opens (creating on first use) the database; refusals become a `Failure` (exit 1). Only the
  /// default location's folder is created: a `--db` or `RECALL_DB` folder must exist.
  func open(durable: Bool = true) throws -> RecallDatabase {
    let path = try resolvedPath()
    let chosen = [self.path, ProcessInfo.processInfo.environment["RECALL_DB"]].contains { !($0 ?? "").isEmpty }
    do {
      return try RecallDatabase.open(path: path, durable: durable, createFolder: !chosen) { from, to, backup in
        Output.say(
          .note(
            "upgrading the database '\(path)' from schema \(from) to \(to); the file as it was is kept as '\(backup)'"
          ))
      }
    } catch {
      throw Failure.message(error.description)
    }
  }

  /// The review store on the opened database.
  func store() throws -> SQLiteReviewStore {
    SQLiteReviewStore(database: try open())
  }
}

/// The current time for commands: the real clock, or a hidden `--now` for tests and replays.
struct NowOption: ParsableArguments {
  @Option(name: .customLong("now"), help: .hidden)
  var now: String?

  /// The moment to work at.
  func time() throws -> Timestamp {
    guard let now else { return Timestamp(milliseconds: Int64((Date().timeIntervalSince1970 * 1000).rounded())) }
    guard let time = ISO8601Milliseconds.parse(now) else {
      throw ValidationError("'\(now)' is not a time like 2026-01-31T12:00:00Z")
    }
    return time
  }

  /// The clock to work with: the real one, or one stopped at `--now` (answers then take no time).
  func clock(live: any WallClock) throws -> any WallClock {
    guard now != nil else { return live }
    return FixedClock(try time())
  }

  /// The study calendar of the local time zone at `time`.
  func calendar(at time: Timestamp) -> StudyCalendar {
    let date = Date(timeIntervalSince1970: Double(time.milliseconds) / 1000)
    return StudyCalendar(utcOffsetSeconds: TimeZone.current.secondsFromGMT(for: date))
  }
}
