import Foundation
import Testing

/// A parent may start `recall` with SIGINT blocked (a test runner spawning from a Dispatch thread
/// does): the block is inherited, and Ctrl-C would do nothing at all. `recall` lifts it at start.
@Suite struct SignalTests {
  @Test(.timeLimit(.minutes(1)))
  func sigintEndsRecallEvenWhenItsParentBlockedIt() throws {
    let folder = try TemporaryFolder()
    let decks = RecallProcess.repository.appendingPathComponent("Decks").path
    let process = try ChildRecall.make(["--decks", decks, "--db", folder.file("r.sqlite")])
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    // Spawned from a thread with SIGINT blocked, as a test runner's worker threads may be.
    var interrupt = sigset_t()
    var previous = sigset_t()
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    pthread_sigmask(SIG_BLOCK, &interrupt, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    try process.run()
    let greeting = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
    #expect(greeting.hasPrefix("Recall:"), "\(greeting)")
    kill(process.processIdentifier, SIGINT)
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    let ended = !process.isRunning
    if !ended { process.terminate() }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(ended, "SIGINT did not end recall")
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == SIGINT)
  }
}
