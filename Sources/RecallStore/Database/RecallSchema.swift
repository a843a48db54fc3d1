import GRDB

/// The database schema as named, forward-only migrations. A migration, once released, never
/// changes; a new one is appended. The schema version is the number of migrations applied, also
/// kept in `PRAGMA user_version` so other tools can read it.
enum RecallSchema {
  /// The length of a bucket of `review_activity`, in milliseconds: 15 minutes, so sums per study
  /// day are exact for every real time-zone offset and rollover hour.
  static let bucketMilliseconds: Int64 = 900_000

  /// The migrations in order.
  static let migrations: [(name: String, apply: @Sendable (Database) throws -> Void)] = [
    ("v1-initial", createInitialTables),
    ("v2-deck-scheduling", createDeckScheduling),
    ("v3-plain-checks", rewriteChecks),
  ]

  /// The schema version this build writes.
  static var version: Int { migrations.count }

  /// The migrator for all migrations.
  static var migrator: DatabaseMigrator { migrator(through: migrations.count) }

  /// The migrator for the first `count` migrations: the schema an older build wrote, for tests.
  static func migrator(through count: Int) -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for (index, migration) in migrations.prefix(count).enumerated() {
      migrator.registerMigration(migration.name) { db in
        try migration.apply(db)
        try db.execute(sql: "PRAGMA user_version = \(index + 1)")
      }
    }
    return migrator
  }

  /// Per-deck FSRS settings: fitted weights (a JSON array of 21 numbers) with when they were fitted
  /// and on how many reviews, and the desired retention. A missing row or NULL means the defaults.
  private static func createDeckScheduling(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE deck_scheduling (
          deck TEXT PRIMARY KEY NOT NULL,
          weights TEXT CHECK (weights IS NULL OR json_array_length(weights) = 21),
          fitted_at INTEGER,
          fitted_reviews INTEGER CHECK (fitted_reviews >= 0),
          desired_retention REAL CHECK (desired_retention > 0 AND desired_retention <= 1),
          CHECK ((weights IS NULL) = (fitted_at IS NULL))
        ) WITHOUT ROWID;
        """)
  }

  private static func createInitialTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE card_state (
          deck TEXT NOT NULL,
          card TEXT NOT NULL,
          phase INTEGER CHECK (phase IN (1, 2, 3)),
          step INTEGER,
          stability REAL,
          difficulty REAL,
          due INTEGER,
          last_review INTEGER,
          reps INTEGER NOT NULL DEFAULT 0 CHECK (reps >= 0),
          lapses INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0),
          suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
          buried_until INTEGER,
          CHECK ((phase IS NULL) = (due IS NULL)),
          PRIMARY KEY (deck, card)
        ) WITHOUT ROWID;
        CREATE INDEX card_state_due ON card_state (deck, due);

        CREATE TABLE review_log (
          id INTEGER PRIMARY KEY,
          deck TEXT NOT NULL,
          card TEXT NOT NULL,
          time INTEGER NOT NULL,
          rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
          answer TEXT,
          response_ms INTEGER CHECK (response_ms >= 0),
          mode TEXT NOT NULL CHECK (mode IN ('study', 'quiz')),
          before_phase INTEGER CHECK (before_phase IN (1, 2, 3)),
          before_step INTEGER,
          before_stability REAL,
          before_difficulty REAL,
          before_due INTEGER,
          before_last_review INTEGER,
          after_phase INTEGER NOT NULL CHECK (after_phase IN (1, 2, 3)),
          after_step INTEGER,
          after_stability REAL,
          after_difficulty REAL,
          after_due INTEGER NOT NULL,
          after_last_review INTEGER,
          CHECK ((before_phase IS NULL) = (before_due IS NULL))
        );
        -- Covers the recent-reviews query of statistics (time, rating and what maturity needs), so
        -- it reads the index alone rather than rows scattered over the whole log.
        CREATE INDEX review_log_deck_time ON review_log (
          deck, time, rating, before_phase, before_due, before_last_review, before_stability);
        CREATE INDEX review_log_deck_card ON review_log (deck, card, time);
        CREATE TRIGGER review_log_append_only BEFORE UPDATE ON review_log
        BEGIN
          SELECT RAISE(ABORT, 'the review log is append-only');
        END;

        CREATE TABLE review_activity (
          deck TEXT NOT NULL,
          bucket INTEGER NOT NULL,
          reviews INTEGER NOT NULL,
          milliseconds INTEGER NOT NULL,
          PRIMARY KEY (deck, bucket)
        ) WITHOUT ROWID;
        CREATE TRIGGER review_log_count AFTER INSERT ON review_log
        BEGIN
          INSERT INTO review_activity (deck, bucket, reviews, milliseconds)
          VALUES (NEW.deck, NEW.time / \(bucketMilliseconds), 1, coalesce(NEW.response_ms, 0))
          ON CONFLICT (deck, bucket) DO UPDATE
          SET reviews = reviews + 1, milliseconds = milliseconds + excluded.milliseconds;
        END;
        CREATE TRIGGER review_log_uncount AFTER DELETE ON review_log
        BEGIN
          UPDATE review_activity
          SET reviews = reviews - 1, milliseconds = milliseconds - coalesce(OLD.response_ms, 0)
          WHERE deck = OLD.deck AND bucket = OLD.time / \(bucketMilliseconds);
          DELETE FROM review_activity WHERE deck = OLD.deck AND bucket = OLD.time / \(bucketMilliseconds) AND reviews <= 0;
        END;

        CREATE TABLE quiz_run (
          id INTEGER PRIMARY KEY,
          deck TEXT NOT NULL,
          topic TEXT,
          started INTEGER NOT NULL,
          ended INTEGER,
          settings TEXT NOT NULL DEFAULT '{}',
          score INTEGER NOT NULL DEFAULT 0,
          question_count INTEGER NOT NULL DEFAULT 0 CHECK (question_count >= 0),
          correct_count INTEGER NOT NULL DEFAULT 0 CHECK (correct_count BETWEEN 0 AND question_count),
          accuracy REAL NOT NULL DEFAULT 0
        );
        CREATE INDEX quiz_run_deck_started ON quiz_run (deck, started);
        CREATE TABLE quiz_answer (
          run INTEGER NOT NULL REFERENCES quiz_run (id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 0),
          card TEXT NOT NULL,
          kind TEXT NOT NULL,
          prompt TEXT NOT NULL,
          given TEXT,
          expected TEXT NOT NULL,
          correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
          points INTEGER NOT NULL DEFAULT 0,
          response_ms INTEGER CHECK (response_ms >= 0),
          timed_out INTEGER NOT NULL DEFAULT 0 CHECK (timed_out IN (0, 1)),
          PRIMARY KEY (run, position)
        ) WITHOUT ROWID;

        CREATE TABLE study_session (
          id INTEGER PRIMARY KEY,
          deck TEXT NOT NULL,
          started INTEGER NOT NULL,
          ended INTEGER,
          reviewed INTEGER NOT NULL DEFAULT 0,
          new_cards INTEGER NOT NULL DEFAULT 0,
          again INTEGER NOT NULL DEFAULT 0,
          hard INTEGER NOT NULL DEFAULT 0,
          good INTEGER NOT NULL DEFAULT 0,
          easy INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX study_session_deck_started ON study_session (deck, started);
        """)
  }
}
