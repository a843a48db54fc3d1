import Foundation

/// Catches Ctrl-C (SIGINT) while a line is read, so that it becomes `.interrupt` rather than the
/// end of the process, and lets it through even when the process was started with SIGINT blocked.
///
/// A blocked signal is inherited: a parent that spawns us from a thread with most signals blocked
/// (Foundation's `Process` called from a Dispatch worker, as test runners do) leaves SIGINT
/// pending forever, and Ctrl-C at a prompt would do nothing. So while reading, SIGINT is both
/// handled and unblocked on the reading thread; afterwards the previous handler and mask return.
public enum InterruptSignal {
  /// Lifts an inherited block of SIGINT on the calling thread (call it first thing on the main
  /// thread, so that every thread started later inherits the clear mask): Ctrl-C then ends the
  /// process between reads, as users expect, and reaches the readers' handlers during them. A
  /// parent's choice to ignore SIGINT is left as it is.
  public static func unblockInherited() {
    var interruptOnly = sigset_t()
    sigemptyset(&interruptOnly)
    sigaddset(&interruptOnly, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &interruptOnly, nil)
  }

  /// Runs `body` with `handler` catching SIGINT and SIGINT unblocked on this thread.
  static func catching<Result>(with handler: @convention(c) (Int32) -> Void, _ body: () -> Result) -> Result {
    var action = sigaction()
    var previous = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, &previous)
    var interruptOnly = sigset_t()
    var previousMask = sigset_t()
    sigemptyset(&interruptOnly)
    sigaddset(&interruptOnly, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &interruptOnly, &previousMask)
    defer {
      pthread_sigmask(SIG_SETMASK, &previousMask, nil)
      sigaction(SIGINT, &previous, nil)
    }
    return body()
  }
}
