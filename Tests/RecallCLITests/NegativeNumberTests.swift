import Foundation
import Testing

/// A negative number given to a numeric option is refused for what it is, not reported as a missing
/// value (ArgumentParser would take `-1` for an option).
@Suite struct NegativeNumberTests {
  @Test(arguments: [
    (["study", "--new", "-1"], "--new must be 0 or more"),
    (["stats", "--days", "-5"], "--days must be 1 or more, not -5"),
    (["study", "--day-starts", "-3"], "--day-starts must be an hour from 0 to 23"),
  ])
  func aNegativeValueIsNamed(arguments: [String], message: String) throws {
    let folder = try TemporaryFolder()
    let result = try ChildRecall.run(arguments + ["--db", folder.file("r.sqlite")])
    #expect(result.status == 64)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(!result.error.contains("Missing value"))
  }
}
