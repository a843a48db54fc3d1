import Foundation
import RecallCore

/// The review log as CSV (RFC 4180): one header line, then one line per review, oldest first.
public enum ReviewLogCSV {
  /// The header line.
  public static let header =
    "id,deck,card,time,time_ms,rating,rating_name,answer,response_ms,mode,"
    + "before_phase,before_step,before_stability,before_difficulty,before_due,before_last_review,"
    + "after_phase,after_step,after_stability,after_difficulty,after_due,after_last_review"

  /// Writes the log of `deck` (all decks when nil) line by line to `write`, each line ending in "\r\n".
  public static func export(from store: SQLiteReviewStore, deck: String?, write: (String) throws -> Void) throws {
    try write(header + "\r\n")
    try store.forEachReview(deck: deck) { entry in
      try write(line(id: entry.id, entry.record) + "\r\n")
    }
  }

  /// One review as a CSV line (without the line end).
  public static func line(id: Int64, _ review: ReviewRecord) -> String {
    var fields = [
      String(id), quote(review.deck), quote(review.card.rawValue), ISO8601Milliseconds.format(review.time),
      String(review.time.milliseconds), String(review.rating.rawValue), review.rating.name,
      quote(review.answer ?? ""), review.responseMilliseconds.map { String($0) } ?? "", review.mode.rawValue,
    ]
    fields += state(review.before)
    fields += state(review.after)
    return fields.joined(separator: ",")
  }

  private static func state(_ state: MemoryState?) -> [String] {
    guard let state else { return ["", "", "", "", "", ""] }
    return [
      String(state.phase.rawValue), state.step.map { String($0) } ?? "", state.stability.map { "\($0)" } ?? "",
      state.difficulty.map { "\($0)" } ?? "", ISO8601Milliseconds.format(state.due),
      state.lastReview.map(ISO8601Milliseconds.format) ?? "",
    ]
  }

  /// A field quoted when it holds a comma, quote or line break; a leading `=+-@` is prefixed with
  /// `'` so spreadsheets do not run a learner's answer as a formula.
  static func quote(_ field: String) -> String {
    var text = field
    if let first = text.first, "=+-@".contains(first) { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
