import Foundation
import Testing

/// `recall fsrs replay`, run as a subprocess on the reference vectors in the core test fixtures.
@Suite struct FSRSCommandTests {
  let vectors = RecallProcess.repository.appendingPathComponent("Tests/RecallCoreTests/Fixtures/fsrs").path

  @Test func devVectorsReplayWithNoMismatch() throws {
    let recall = try RecallProcess()
    let output = try recall.run(["fsrs", "replay", vectors + "/vectors-dev.jsonl"])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stdout == "reviews: 5491, mismatches: 0\n")
  }

  @Test func aWrongValueIsNamedAndFails() throws {
    let recall = try RecallProcess()
    let text = try String(contentsOfFile: vectors + "/vectors-dev.jsonl", encoding: .utf8)
    let line = String(text.split(separator: "\n")[0])
    let changed = line.replacingOccurrences(of: "\"difficulty\":5.112170705601056,", with: "\"difficulty\":5.1,")
    let path = try recall.write(changed + "\n", to: "changed.jsonl")
    let output = try recall.run(["fsrs", "replay", path])
    #expect(output.status == 1)
    #expect(output.stdout.hasPrefix("dev-s1-0000 review 0: difficulty expected 5.1, got 5.112170705601056\n"))
    #expect(output.stdout.hasSuffix("mismatches: 1\n"))
  }

  @Test func badFilesAreClearErrors() throws {
    let recall = try RecallProcess()
    let missing = try recall.run(["fsrs", "replay", "/no/such/file.jsonl"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: cannot read \"/no/such/file.jsonl\": no such file; check the path\n")
    let path = try recall.write("\n{\"id\": \"x\", \"scheduler\": 3}\n", to: "bad.jsonl")
    let malformed = try recall.run(["fsrs", "replay", path])
    #expect(malformed.status == 1)
    #expect(malformed.stderr.contains("bad.jsonl:2: "))
    let garbage = try recall.write(bytes: [0xFF, 0xFE, 0x00, 0x7B], to: "garbage.jsonl")
    let noise = try recall.run(["fsrs", "replay", garbage])
    #expect(noise.status == 1)
    #expect(noise.stderr.contains("garbage.jsonl:1: not valid json"))
  }
}
