import Foundation
import Testing

@testable import RecallCore

@Suite("FSRS replay against the reference")
struct FSRSReplayTests {
  static func fixture(_ name: String) throws -> Data {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return try Data(contentsOf: folder.appendingPathComponent("fsrs").appendingPathComponent(name))
  }

  @Test("the shared dev vectors replay with no mismatch", arguments: ["vectors-dev.jsonl", "vectors-generated.jsonl"])
  func replaysFixture(name: String) throws {
    let histories = try ReplayFile.decode(try Self.fixture(name))
    #expect(histories.count >= 200)
    let report = FSRSReplay.replay(histories)
    #expect(report.reviews > 3000)
    #expect(report.mismatchCount == 0, "\(report.mismatches.prefix(5).map(\.description))")
    #expect(report.summary == "reviews: \(report.reviews), mismatches: 0")
  }

  @Test func dev_vectors_count_every_review() throws {
    let report = FSRSReplay.replay(try ReplayFile.decode(try Self.fixture("vectors-dev.jsonl")))
    #expect(report.reviews == 5491)
  }

  @Test func a_changed_value_is_reported_with_history_review_and_field() throws {
    let text = try #require(String(data: try Self.fixture("vectors-dev.jsonl"), encoding: .utf8))
    let firstLine = try #require(text.split(separator: "\n").first)
    let changed = firstLine.replacingOccurrences(of: "\"stability\":1.2931,", with: "\"stability\":1.2932,")
    let report = FSRSReplay.replay(try ReplayFile.decode(changed), keepingFirst: 5)
    #expect(report.mismatchCount == 1)
    let mismatch = try #require(report.mismatches.first)
    #expect(mismatch.historyID == "dev-s1-0000")
    #expect(mismatch.reviewIndex == 0)
    #expect(mismatch.field == "stability")
    #expect(mismatch.expected == "1.2932")
    #expect(mismatch.got == "1.2931")
  }

  @Test func invalid_parameters_in_a_history_are_a_mismatch_not_a_crash() throws {
    let text = try #require(String(data: try Self.fixture("vectors-dev.jsonl"), encoding: .utf8))
    let firstLine = try #require(text.split(separator: "\n").first)
    let broken = firstLine.replacingOccurrences(of: "\"parameters\":[0.212,", with: "\"parameters\":[0.0,")
    let report = FSRSReplay.replay(try ReplayFile.decode(broken))
    #expect(report.mismatchCount == 1)
    #expect(report.mismatches.first?.field == "scheduler")
    #expect(report.mismatches.first?.got.contains("w0") == true)
  }

  @Test func a_malformed_line_names_its_number() {
    let text = "\n{\"id\":\"x\"}\n"
    #expect(throws: ReplayInputError.self) { try ReplayFile.decode(text) }
    do {
      _ = try ReplayFile.decode(text)
    } catch {
      #expect(error.line == 2)
      #expect(error.reason.contains("scheduler"))
    }
  }

  @Test func text_that_is_not_json_is_an_error() {
    do {
      _ = try ReplayFile.decode("{\"id\": ")
      Issue.record("expected an error")
    } catch {
      #expect(error.line == 1)
      #expect(error.description.hasPrefix("line 1: not valid json"))
    }
  }

  @Test func blank_lines_are_skipped() throws {
    #expect(try ReplayFile.decode("\n  \n").isEmpty)
  }

  @Test func the_workload_replays_every_review() throws {
    let histories = try ReplayFile.decode(try Self.fixture("vectors-dev.jsonl"))
    let workload = try #require(ReplayWorkload(histories: histories))
    #expect(workload.reviewCount == 5491)
    #expect(workload.run() == workload.run())
    #expect(workload.run() > 0)
  }
}
