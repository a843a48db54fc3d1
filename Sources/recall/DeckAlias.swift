import ArgumentParser

/// A deck named either way: as an argument (`recall stats central-asia`) or with `--deck`
/// (`recall stats --deck central-asia`), so the form a person learnt in one command works in all.
/// The commands that show the argument in their help take `--deck` through this hidden option.
struct DeckAlias: ParsableArguments {
  @Option(name: .customLong("deck"), help: .hidden)
  var option: String?

  /// The deck named by `argument` or else by `--deck`.
  func name(_ argument: String?) -> String? { argument ?? option }

  /// Refuses a deck named twice, differently (`stats a --deck b`).
  func check(_ argument: String?) throws { try Self.check(argument: argument, option: option) }

  /// Refuses `argument` and `option` naming different decks.
  static func check(argument: String?, option: String?) throws {
    guard let argument, let option, argument != option else { return }
    throw ValidationError("give the deck once: '\(argument)' or --deck '\(option)', not both")
  }
}
