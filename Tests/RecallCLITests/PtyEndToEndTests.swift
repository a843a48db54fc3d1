import Testing

/// Runs the real `recall` binary in a pseudo-terminal through `scripts/e2e-pty.py` (python3 +
/// pexpect): Tab completion, history across runs, Ctrl-C mid-question, Ctrl-D, unsafe deck text.
/// Reported as skipped when python3, pexpect or the built binary is missing. All state goes to temp folders.
@Suite struct PtyEndToEndTests {
  @Test(PtyScript.requiring("pexpect"), .timeLimit(.minutes(1)))
  func readlineInAPseudoTerminal() throws {
    try PtyScript.run("e2e-pty.py")
  }

  /// A REPL kept open while other `recall` processes study, quiz, read, check and rebuild the same
  /// database, many rounds; then four studies at once (scripts/e2e-shared-db.py).
  @Test(PtyScript.requiring("pexpect"), .timeLimit(.minutes(3)))
  func aReplBesideOtherProcesses() throws {
    try PtyScript.run("e2e-shared-db.py")
  }
}
