/// Where the progress database lives: `--db PATH`, else `RECALL_DB`, else
/// `$XDG_DATA_HOME/recall/recall.sqlite`, else `~/.local/share/recall/recall.sqlite`.
public enum DatabaseLocation {
  /// The file name inside the data folder.
  public static let fileName = "recall.sqlite"

  /// The database path for an explicit `--db` value (if any) and the process environment.
  ///
  /// Pure: the environment is passed in, so tests never read the real `HOME`.
  public static func resolve(explicit: String?, environment: [String: String]) throws(RecallStoreError) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let path = environment["RECALL_DB"], !path.isEmpty { return path }
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return join(data, "recall", fileName)
    }
    if let home = environment["HOME"], !home.isEmpty {
      return join(home, ".local/share/recall", fileName)
    }
    throw .noLocation
  }

  private static func join(_ parts: String...) -> String {
    var result = ""
    for part in parts {
      if result.isEmpty {
        result = part
      } else {
        result = (result.hasSuffix("/") ? String(result.dropLast()) : result) + "/" + part
      }
    }
    return result
  }
}
