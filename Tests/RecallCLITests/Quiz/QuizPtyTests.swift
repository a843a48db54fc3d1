import Testing

/// Runs the real `recall quiz` in a pseudo-terminal through `scripts/e2e-quiz-pty.py` (python3 +
/// pexpect): a quiz with `--per-question 2s` left unanswered times out question by question, ends
/// on its own, and is listed by `recall quiz history`; a second quiz is stopped by a real Ctrl-C
/// (exit 130, listed as stopped), though the test runner starts its children with SIGINT blocked.
/// Reported as skipped when python3, a module or the built binary is missing. All state goes to a
/// temporary folder.
@Suite struct QuizPtyTests {
  @Test(PtyScript.requiring("pexpect"), .timeLimit(.minutes(1)))
  func unansweredQuizTimesOutAndCtrlCStopsAnother() throws {
    try PtyScript.run("e2e-quiz-pty.py")
  }

  /// An answer longer than a screen line is redrawn in place by the countdown (needs pyte too).
  @Test(PtyScript.requiring("pexpect", "pyte"), .timeLimit(.minutes(1)))
  func aWrappedAnswerIsRedrawnInPlace() throws {
    try PtyScript.run("e2e-quiz-wrap.py")
  }
}
