import GRDB

extension RecallSchema {
  /// The review log and the card states rebuilt with the same columns, rows, indexes and triggers,
  /// their `IN (...)` checks written as comparisons joined by `OR`: SQLite checks a list with a
  /// temporary table, which cost a 2,000,000-review import about 6 s of its 17 s of CPU
  /// (BENCHMARKS.md, "Sixth pass"). The comparisons accept and refuse the same values (SQLite
  /// compares the same way, after the column's integer affinity, and NULL passes both).
  ///
  /// Runs in the migration's one transaction: a failure leaves the file as it was.
  static func rewriteChecks(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP TRIGGER review_log_append_only;
        DROP TRIGGER review_log_count;
        DROP TRIGGER review_log_uncount;
        DROP INDEX review_log_deck_time;
        DROP INDEX review_log_deck_card;
        CREATE TABLE review_log_v3 (
          id INTEGER PRIMARY KEY,
          deck TEXT NOT NULL,
          card TEXT NOT NULL,
          time INTEGER NOT NULL,
          rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
          answer TEXT,
          response_ms INTEGER CHECK (response_ms >= 0),
          mode TEXT NOT NULL CHECK (mode = 'study' OR mode = 'quiz'),
          before_phase INTEGER CHECK (before_phase = 1 OR before_phase = 2 OR before_phase = 3),
          before_step INTEGER,
          before_stability REAL,
          before_difficulty REAL,
          before_due INTEGER,
          before_last_review INTEGER,
          after_phase INTEGER NOT NULL CHECK (after_phase = 1 OR after_phase = 2 OR after_phase = 3),
          after_step INTEGER,
          after_stability REAL,
          after_difficulty REAL,
          after_due INTEGER NOT NULL,
          after_last_review INTEGER,
          CHECK ((before_phase IS NULL) = (before_due IS NULL))
        );
        INSERT INTO review_log_v3 (\(reviewLogColumns)) SELECT \(reviewLogColumns) FROM review_log ORDER BY id;
        DROP TABLE review_log;
        ALTER TABLE review_log_v3 RENAME TO review_log;
        -- Covers the recent-reviews query of statistics (time, rating and what maturity needs), so
        -- it reads the index alone rather than rows scattered over the whole log.
        CREATE INDEX review_log_deck_time ON review_log (
          deck, time, rating, before_phase, before_due, before_last_review, before_stability);
        CREATE INDEX review_log_deck_card ON review_log (deck, card, time);
        CREATE TRIGGER review_log_append_only BEFORE UPDATE ON review_log
        BEGIN
          SELECT RAISE(ABORT, 'the review log is append-only');
        END;
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

        DROP INDEX card_state_due;
        CREATE TABLE card_state_v3 (
          deck TEXT NOT NULL,
          card TEXT NOT NULL,
          phase INTEGER CHECK (phase = 1 OR phase = 2 OR phase = 3),
          step INTEGER,
          stability REAL,
          difficulty REAL,
          due INTEGER,
          last_review INTEGER,
          reps INTEGER NOT NULL DEFAULT 0 CHECK (reps >= 0),
          lapses INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0),
          suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended = 0 OR suspended = 1),
          buried_until INTEGER,
          CHECK ((phase IS NULL) = (due IS NULL)),
          PRIMARY KEY (deck, card)
        ) WITHOUT ROWID;
        INSERT INTO card_state_v3 (\(cardStateColumns)) SELECT \(cardStateColumns) FROM card_state ORDER BY deck, card;
        DROP TABLE card_state;
        ALTER TABLE card_state_v3 RENAME TO card_state;
        CREATE INDEX card_state_due ON card_state (deck, due);
        """)
  }

  /// The columns of `review_log`, as the first migration created them.
  private static let reviewLogColumns = """
    id, deck, card, time, rating, answer, response_ms, mode, \
    before_phase, before_step, before_stability, before_difficulty, before_due, before_last_review, \
    after_phase, after_step, after_stability, after_difficulty, after_due, after_last_review
    """

  /// The columns of `card_state`, as the first migration created them.
  private static let cardStateColumns = """
    deck, card, phase, step, stability, difficulty, due, last_review, reps, lapses, suspended, buried_until
    """
}
