import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall fsrs _fit FILE`: fits weights to a history file and prints them as JSON (hidden; for
/// the benchmarks against the reference optimizer).
struct FSRSFitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "_fit", abstract: "Fit FSRS weights to a history file (one card per line).", shouldDisplay: false)

  @Argument(help: "A file of `milliseconds:rating` lines, one card per line.")
  var file: String

  func run() throws {
    let set = TrainingSet(histories: try TrainingTools.load(file))
    let clock = ContinuousClock()
    let cpuStart = FSRSBenchCommand.cpuSeconds()
    let start = clock.now
    let result = FSRSOptimizer.fit(set)
    let elapsed = clock.now - start
    let cpu = FSRSBenchCommand.cpuSeconds() - cpuStart
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let weights = result.weights.map { "\($0)" }.joined(separator: ", ")
    Output.write(
      "{\"weights\": [\(weights)], \"seconds\": \(seconds), \"cpu_seconds\": \(cpu), \"items\": \(set.items.count), "
        + "\"reviews\": \(set.reviewCount), \"outcome\": \"\(result.outcome)\"}\n")
  }
}

/// `recall fsrs _simulate-learner`: writes the history of a simulated learner (hidden; benchmarks).
struct FSRSSimulateLearnerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "_simulate-learner", abstract: "Write a simulated learner's review history.", shouldDisplay: false)

  @Option(help: "The learner's true weights, 21 numbers separated by commas.")
  var weights: String

  @Option(help: "Days simulated.")
  var days = 365

  @Option(help: "New cards a day.")
  var newPerDay = 20

  @Option(help: "New cards in all.")
  var cards = 5_000

  @Option(help: "The seed.")
  var seed: UInt64 = 1

  func run() throws {
    let truth = try TrainingTools.parameters(weights)
    var configuration = ReviewSimulation.Configuration()
    configuration.days = days
    configuration.newCardsPerDay = newPerDay
    configuration.newCards = cards
    configuration.seed = seed
    let simulation = ReviewSimulation(learner: truth, policy: .fsrs(.standard), configuration: configuration)
    let result = simulation.run(recordingFrom: Timestamp(milliseconds: 1_767_225_600_000))
    Output.write(TrainingHistoryText.encode(result.histories))
  }
}

/// `recall db _histories`: the scheduling reviews of the database as a history file (hidden).
struct DatabaseHistoriesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "_histories", abstract: "Write the review log as a history file.", shouldDisplay: false)

  @Option(help: "Only this deck.")
  var deck: String?

  @OptionGroup var database: DatabaseOptions

  func run() throws {
    let histories = try database.store().trainingHistories(deck: deck)
    Output.write(TrainingHistoryText.encode(histories))
  }
}

enum TrainingTools {
  static func load(_ file: String) throws -> [[TimedRating]] {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw Failure.message("cannot read '\(file)'; check the path")
    }
    do {
      return try TrainingHistoryText.decode(String(decoding: data, as: UTF8.self))
    } catch {
      throw Failure.message("'\(file)': \(error.description)")
    }
  }

  static func parameters(_ text: String) throws -> SchedulerParameters {
    let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard values.allSatisfy({ $0 != nil }) else {
      throw Failure.usage("--weights '\(text)' must be numbers separated by commas")
    }
    do {
      return try SchedulerParameters(weights: values.compactMap { $0 }, fuzzEnabled: false)
    } catch {
      throw Failure.usage(error.description)
    }
  }
}

/// `recall fsrs _versus-sm2`: a simulated learner scheduled a year by SM-2 and by FSRS with weights
/// fitted to the learner's own history, at the desired retention that gives the same mean
/// retention as SM-2 (hidden; for BENCHMARKS.md).
struct FSRSVersusSM2Command: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "_versus-sm2", abstract: "Compare SM-2 and fitted FSRS on a simulated learner.", shouldDisplay: false)

  @Option(help: "The learner's true weights, 21 numbers separated by commas.")
  var weights: String

  @Option(help: "Days simulated.")
  var days = 365

  func run() throws {
    let truth = try TrainingTools.parameters(weights)
    var configuration = ReviewSimulation.Configuration()
    configuration.days = days
    configuration.newCards = 20 * days
    // A first year scheduled with the default weights makes the history to fit.
    configuration.seed = 1
    let history = ReviewSimulation(learner: truth, policy: .fsrs(.standard), configuration: configuration)
      .run(recordingFrom: Timestamp(milliseconds: 1_767_225_600_000))
    let fitted = FSRSOptimizer.fit(TrainingSet(histories: history.histories)).weights
    // Then a fresh year with other draws, under each schedule.
    configuration.seed = 2
    let sm2 = ReviewSimulation(learner: truth, policy: .sm2, configuration: configuration).run()
    func fsrs(_ retention: Double, _ weights: [Double]) throws -> ReviewSimulation.Result {
      let parameters = try SchedulerParameters(weights: weights, desiredRetention: retention, fuzzEnabled: false)
      return ReviewSimulation(learner: truth, policy: .fsrs(parameters), configuration: configuration).run()
    }
    var low = 0.5
    var high = 0.99
    for _ in 0..<30 {
      let middle = (low + high) / 2
      if try fsrs(middle, fitted).meanRetention < sm2.meanRetention { low = middle } else { high = middle }
    }
    let matched = try fsrs(high, fitted)
    let defaults = try fsrs(high, SchedulerParameters.defaultWeights)
    Output.write(
      "{\"sm2_reviews\": \(sm2.totalReviews), \"sm2_retention\": \(sm2.meanRetention), "
        + "\"desired_retention\": \(high), \"fsrs_reviews\": \(matched.totalReviews), "
        + "\"fsrs_retention\": \(matched.meanRetention), \"default_reviews\": \(defaults.totalReviews), "
        + "\"default_retention\": \(defaults.meanRetention)}\n")
  }
}
