import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// `recall optimize [DECK]`: fits FSRS weights to a deck's own review log.
struct OptimizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "optimize",
    abstract: "Fit FSRS weights to your own reviews, so that intervals follow your memory.",
    discussion: """
      Fits the 21 FSRS weights to the deck's review log, as Anki's optimizer (fsrs-rs) does, and \
      compares them with the deck's current weights on the newest sixth of its reviews, held out \
      from that fit. Only weights that predict those reviews better are saved (with the day they \
      were fitted); study, quizzes with --update-schedule, stats and db rebuild then use them. \
      Without DECK, every deck with reviews is fitted on its own. Fitting needs at least 8 reviews \
      made a day or more after the card's previous one.

      Example: recall optimize central-asia --dry-run
      """)

  @Argument(help: "The deck to fit (default: every deck with reviews).")
  var deck: String?

  @Flag(help: "Fit and compare, but save nothing.")
  var dryRun = false

  @OptionGroup var deckAlias: DeckAlias
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var now: NowOption

  func validate() throws {
    try deckAlias.check(deck)
  }

  func run() throws {
    let store = try database.store()
    let time = try now.time()
    let known = try store.knownDecks()
    let names: [String]
    if let name = deckAlias.name(deck) {
      guard known.contains(name) else {
        throw Failure.message(
          "deck '\(name)' has no reviews in the database"
            + (DeckLookupError.suggestion(for: name, among: known).map { "; did you mean '\($0)'?" }
              ?? (known.isEmpty
                ? "; study it first (recall study \(name))" : "; decks with reviews: " + known.joined(separator: ", ")))
        )
      }
      names = [name]
    } else {
      guard !known.isEmpty else {
        throw Failure.message("no deck has reviews yet; study first (recall study), then optimize")
      }
      names = known
    }
    let calendar = now.calendar(at: time)
    for (index, name) in names.enumerated() {
      if index > 0 { Output.write("\n") }
      try optimize(name, store: store, time: time, calendar: calendar)
    }
  }

  private func optimize(_ name: String, store: SQLiteReviewStore, time: Timestamp, calendar: StudyCalendar) throws {
    let settings = try store.scheduling(deck: name)
    let current = settings.weights ?? SchedulerParameters.defaultWeights
    let set = TrainingSet(histories: try store.trainingHistories(deck: name))
    let bar = ProgressBar(label: "fitting \(name)")
    let showsBar = isatty(STDERR_FILENO) == 1 && set.reviewCount >= 20_000
    let style = TextStyle.detect(isTerminal: showsBar, environment: ProcessInfo.processInfo.environment)
    var last = -1
    let fitting = WeightFitting.run(set, current: current) { fraction in
      let percent = Int(fraction * 100)
      if showsBar && percent != last {
        last = percent
        FileHandle.standardError.write(Data(bar.line(fraction, style: style).utf8))
      }
      return true
    }
    if showsBar { FileHandle.standardError.write(Data(bar.clear.utf8)) }
    let clean = Sanitizer.clean(name)
    Output.write(
      "\(clean): \(set.reviewCount) \(set.reviewCount == 1 ? "review" : "reviews") of \(set.cards.count) "
        + "\(set.cards.count == 1 ? "card" : "cards"), \(fitting.items) to learn from "
        + "(reviews a day or more after the previous one)\n")
    let label = settings.weights == nil ? "default weights" : "current weights"
    switch fitting.decision {
    case .tooFewReviews:
      Output.write(
        "too few reviews to fit: fitting needs at least \(WeightFitting.minimumItems) reviews made a day or more "
          + "after the previous one, besides the newest sixth kept to check the fit; the \(label) stay\n")
    case .keptCurrent:
      Output.write(table(fitting, label: label))
      Output.write("kept the \(label): the fitted weights predict the held-out reviews no better\n")
    case .useFitted(let weights):
      Output.write(table(fitting, label: label))
      if fitting.outcome == .pretrainedOnly {
        Output.write("only the initial stabilities w0-w3 were fitted (under 64 reviews to learn from)\n")
      }
      Output.write("weights: " + weights.map { String(format: "%.4f", $0) }.joined(separator: ", ") + "\n")
      if dryRun {
        Output.write("dry run: nothing saved\n")
      } else {
        try store.saveWeights(weights, deck: name, fittedAt: time, reviews: set.reviewCount)
        let day = StudyCalendar.dateText(ofDay: calendar.day(of: time))
        Output.write(
          "saved the fitted weights of \(clean) (fitted \(day)); new reviews are scheduled with them, "
            + "`recall db rebuild` reschedules the cards already studied\n")
      }
    }
  }

  private func table(_ fitting: WeightFitting, label: String) -> String {
    func figures(_ evaluation: FSRSEvaluation?) -> String {
      guard let evaluation else { return "      -        -" }
      return String(format: "%8.4f %8.4f", evaluation.logLoss, evaluation.rmseBins)
    }
    var text = "                         log loss  RMSE (bins)\n"
    text += "held out (newest \(fitting.heldOut))\n"
    text += "  " + label.padding(toLength: 22, withPad: " ", startingAt: 0) + figures(fitting.current) + "\n"
    text +=
      "  " + "fitted on the rest".padding(toLength: 22, withPad: " ", startingAt: 0) + figures(fitting.candidate) + "\n"
    if fitting.fittedOnAll != nil {
      text += "all \(fitting.items)\n"
      text += "  " + label.padding(toLength: 22, withPad: " ", startingAt: 0) + figures(fitting.currentOnAll) + "\n"
      text +=
        "  " + "fitted on all".padding(toLength: 22, withPad: " ", startingAt: 0) + figures(fitting.fittedOnAll) + "\n"
    }
    return text
  }
}
