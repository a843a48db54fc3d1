import Testing

/// Runs the real `recall` binary in a pseudo-terminal through `scripts/e2e-pty.py` (python3 +
/// pexpect): Tab completion, history across runs, Ctrl-C mid-question, Ctrl-D, unsafe deck text.
/// Reported as skipped when python3, pexpect or the built binary is missing. All state goes to temp folders.
@Suite struct PtyEndToEndTests {
  @Test(PtyScript.requiring("pexpect"), .timeLimit(.minutes(1)))
  func readlineInAPseudoTerminal() throws {
    try PtyScript.run("e2e-pty.py")
  }
}
