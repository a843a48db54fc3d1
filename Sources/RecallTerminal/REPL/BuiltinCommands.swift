import RecallCore

/// The commands of the REPL itself, which no subcommand of `recall` stands for: `help` and `quit`.
public enum BuiltinCommands {
  /// All built-in commands in `help` order.
  public static let all: [ReplCommandSpec] = [help, quit]

  /// `help`: handled by the REPL itself; listed here for `help` and completion.
  public static let help = ReplCommandSpec(
    name: "help", summary: "List the commands, or show the help of one.",
    help: { _ in
      """
      OVERVIEW: List the commands, or show the help of one (as `recall COMMAND --help` does).

      USAGE: help [<command>]

      Example:
        help study
      """
    }
  ) { _, _ in .proceed }

  /// `quit`: leaves with a summary.
  public static let quit = ReplCommandSpec(
    name: "quit", summary: "Leave Recall (Ctrl-D works too).",
    help: { _ in
      """
      OVERVIEW: Leave Recall with a summary of what was studied (Ctrl-D works too).

      USAGE: quit

      Example:
        quit
      """
    }
  ) { _, _ in .quit }
}
