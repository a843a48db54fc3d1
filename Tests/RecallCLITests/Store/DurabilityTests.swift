import Foundation
import GRDB
import RecallStore
import Testing

/// Nothing answered is lost: a process killed mid-session, and two processes writing at once.
@Suite struct DurabilityTests {
  /// Reads a running soak's output until `count` whole lines have come (or the output ends).
  private func output(from pipe: Pipe, atLeast count: Int) -> String {
    var text = ""
    while text.reduce(0, { $1 == "\n" ? $0 + 1 : $0 }) < count {
      let data = pipe.fileHandleForReading.availableData
      if data.isEmpty { break }
      text += String(decoding: data, as: UTF8.self)
    }
    return text
  }

  private func savedAnswers(_ path: String) throws -> Set<String> {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in Set(try String.fetchAll(db, sql: "SELECT answer FROM review_log")) }
  }

  @Test func everyAcknowledgedAnswerSurvivesSIGKILL() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    let process = try ChildRecall.make(["db", "_soak", "--db", path, "--count", "100000", "--tag", "k"])
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var text = self.output(from: output, atLeast: 150)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    // Lines written just before the kill are acknowledgements too; a line cut off by the kill is not.
    text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines.removeLast()
    let acknowledged = lines.filter { $0.hasPrefix("ok ") }.map { String($0.dropFirst(3)) }
    #expect(acknowledged.count >= 150)
    let database = try RecallDatabase.open(path: path)
    #expect(try database.integrityCheck() == ["ok"])
    try database.queue.close()
    let saved = try savedAnswers(path)
    let missing = Set(acknowledged).subtracting(saved)
    #expect(missing.isEmpty, "acknowledged but not saved: \(missing.sorted().prefix(5))")
    #expect(saved.count < 100_000)
  }

  @Test func twoProcessesWriteAtOnce() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    _ = try RecallDatabase.open(path: path)
    let count = 300
    var processes: [(Process, Pipe, Pipe)] = []
    for tag in ["x", "y"] {
      let process = try ChildRecall.make(["db", "_soak", "--db", path, "--count", "\(count)", "--tag", tag])
      let output = Pipe()
      let error = Pipe()
      process.standardOutput = output
      process.standardError = error
      processes.append((process, output, error))
    }
    for (process, _, _) in processes { try process.run() }
    for (process, output, error) in processes {
      let outputData = output.fileHandleForReading.readDataToEndOfFile()
      let errorData = error.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(String(decoding: errorData, as: UTF8.self))")
      #expect(String(decoding: outputData, as: UTF8.self).split(separator: "\n").count == count)
    }
    let saved = try savedAnswers(path)
    #expect(saved.count == 2 * count)
    #expect(saved.contains("x-\(count - 1)") && saved.contains("y-\(count - 1)"))
    let database = try RecallDatabase.open(path: path)
    #expect(try database.integrityCheck() == ["ok"])
    let reps = try database.queue.read { db in try Int.fetchOne(db, sql: "SELECT sum(reps) FROM card_state") }
    #expect(reps == 2 * count)
  }
}
