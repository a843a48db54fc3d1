import Foundation

/// Reads a vectors file: JSON Lines, one `ReplayHistory` a line; blank lines are skipped.
public enum ReplayFile {
  /// Decodes every history of `data`, or throws for the first line that is not a valid history.
  public static func decode(_ data: Data) throws(ReplayInputError) -> [ReplayHistory] {
    let decoder = JSONDecoder()
    var histories: [ReplayHistory] = []
    // Lines are found on a plain byte array: slicing `Data` generically is many times slower.
    let bytes = [UInt8](data)
    var lineNumber = 0
    var start = 0
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      lineNumber += 1
      defer { start = end + 1 }
      guard bytes[start..<end].contains(where: { !Self.isSpace($0) }) else { continue }
      do {
        histories.append(try decoder.decode(ReplayHistory.self, from: Data(bytes[start..<end])))
      } catch let error as DecodingError {
        throw ReplayInputError(line: lineNumber, reason: Self.describe(error))
      } catch {
        throw ReplayInputError(line: lineNumber, reason: "not valid json")
      }
    }
    return histories
  }

  /// Decodes every history of `text`.
  public static func decode(_ text: String) throws(ReplayInputError) -> [ReplayHistory] {
    try decode(Data(text.utf8))
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }

  private static func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
      return keys.isEmpty ? "" : " at \"\(keys.joined().drop { $0 == "." })\""
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing field \"\(key.stringValue)\"\(path(context))"
    case .valueNotFound(_, let context):
      return "missing value\(path(context))"
    case .typeMismatch(_, let context):
      return "wrong type of value\(path(context))"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty { return "not valid json" }
      return "invalid value\(path(context)): \(context.debugDescription)"
    @unknown default:
      return "not a valid history"
    }
  }
}

/// A vectors file that could not be read as histories.
public struct ReplayInputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line number of the bad line.
  public let line: Int
  /// What is wrong with it.
  public let reason: String

  /// Creates an error.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  /// `line 3: missing field "reviews"; each line must be one history as in the vectors format`.
  public var description: String {
    "line \(line): \(reason); each line must be one history in the fsrs vectors format"
  }
}
