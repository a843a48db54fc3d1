import ArgumentParser
import Foundation
import RecallCore

/// `recall fsrs`: tools around the FSRS scheduler.
struct FSRSCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fsrs",
    abstract: "Check the FSRS scheduler against the reference implementation.",
    subcommands: [
      FSRSReplayCommand.self, FSRSBenchCommand.self, FSRSFitCommand.self, FSRSSimulateLearnerCommand.self,
      FSRSVersusSM2Command.self,
    ]
  )
}

/// `recall fsrs replay FILE.jsonl`: replays reference histories and compares every value.
struct FSRSReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay review histories recorded from the reference FSRS and compare every value.",
    discussion: """
      Each line of FILE is one history in the fsrs vectors format (PyPI fsrs 6.3.2). Doubles must \
      match to the bit and times to the millisecond. Prints the first mismatches, then \
      `reviews: N, mismatches: M`; exits 1 when M > 0.

      Example: recall fsrs replay vectors-dev.jsonl
      """
  )

  @Argument(help: "A JSON Lines file of review histories.")
  var file: String

  @Option(help: "How many mismatches to print at most.")
  var show: Int = 20

  func run() throws {
    let histories = try FSRSInput.load(file)
    let report = FSRSReplay.replay(histories, keepingFirst: max(show, 0))
    for mismatch in report.mismatches {
      print(mismatch)
    }
    if report.mismatchCount > report.mismatches.count {
      print("... and \(report.mismatchCount - report.mismatches.count) more")
    }
    print(report.summary)
    if report.mismatchCount > 0 { throw ExitCode.failure }
  }
}

/// `recall fsrs bench FILE.jsonl`: scheduling throughput on histories already in memory (hidden).
struct FSRSBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure scheduling throughput on the histories of FILE, held in memory.",
    shouldDisplay: false
  )

  @Argument(help: "A JSON Lines file of review histories.")
  var file: String

  @Option(help: "Seconds to measure for, at least.")
  var seconds: Double = 2

  @Option(help: "Run exactly this many passes instead (e.g. to count allocations under valgrind).")
  var passes: Int?

  func run() throws {
    let histories = try FSRSInput.load(file)
    guard let workload = ReplayWorkload(histories: histories), workload.reviewCount > 0 else {
      throw Failure.message("\"\(file)\" has no reviews with valid parameters to measure")
    }
    var checksum = workload.run()
    let clock = ContinuousClock()
    var passes = 0
    let start = clock.now
    let cpuStart = Self.cpuSeconds()
    var elapsed = Duration.zero
    if let fixed = self.passes {
      for _ in 0..<max(fixed, 0) { checksum += workload.run() }
      passes = max(fixed, 0)
      elapsed = clock.now - start
    } else {
      repeat {
        for _ in 0..<20 { checksum += workload.run() }
        passes += 20
        elapsed = clock.now - start
      } while elapsed < .milliseconds(Int64(seconds * 1000))
    }
    let cpu = Self.cpuSeconds() - cpuStart
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let reviews = passes * workload.reviewCount
    print("histories: \(histories.count), reviews per pass: \(workload.reviewCount), passes: \(passes)")
    print("reviews: \(reviews), seconds: \(wall), cpu seconds: \(cpu), checksum: \(checksum)")
    print("cpu reviews/s: \(Self.rate(reviews, cpu))")
    print("reviews/s: \(Self.rate(reviews, wall))")
  }

  /// CPU time of this process, which a machine shared with other work disturbs less than wall time.
  static func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  private static func rate(_ reviews: Int, _ seconds: Double) -> Int {
    seconds > 0 ? Int((Double(reviews) / seconds).rounded()) : 0
  }
}

/// Reading a vectors file, with errors written for people.
enum FSRSInput {
  static func load(_ path: String) throws -> [ReplayHistory] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw Failure.message("cannot read \"\(path)\": no such file; check the path")
    }
    if isFolder.boolValue {
      throw Failure.message("cannot read \"\(path)\": it is a folder; give a .jsonl file")
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw Failure.message(
        "cannot read \"\(path)\": \(error.localizedDescription.lowercased()); check its permissions")
    }
    do {
      return try ReplayFile.decode(data)
    } catch {
      throw Failure.message(
        "\(path):\(error.line): \(error.reason); each line must be one history in the fsrs vectors format")
    }
  }
}
