/// Where the REPL's line history is kept, as a pure function of the environment:
/// `$XDG_STATE_HOME/recall/history`, else `$HOME/.local/state/recall/history`; nil when neither
/// variable is set (history then lasts only for the session).
public enum HistoryFile {
  /// The history file's path for `environment`.
  public static func path(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return join(state, "recall/history")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return join(home, ".local/state/recall/history")
    }
    return nil
  }

  private static func join(_ folder: String, _ rest: String) -> String {
    folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
  }
}
