import ArgumentParser
import RecallCore
import RecallStore
import RecallTerminal

/// The one place where a failure of a command becomes a `Message`, for the shell (`recall NAME`)
/// and the REPL's prompt alike; `MessageRenderer` writes it. Only the commands a hint names differ
/// between the two (`surface`).
enum ErrorText {
  /// The message for `error`, thrown while parsing or running `arguments` (the words after
  /// `recall`, or typed at the prompt); nil when there is nothing to say (an exit status whose
  /// reason was printed already).
  static func message(for error: Error, arguments: [String], surface: CommandSurface) -> Message? {
    switch error {
    case let failure as Failure:
      if case .deck(.notFound(let name, nil, _)) = failure,
        let hint = UsageErrorText.subcommandHint(for: name, arguments: arguments, surface: surface)
      {
        return .error("no deck named \"\(name)\"; " + hint)
      }
      return .error(failure.text(on: surface))
    case let error as DeckLookupError: return .error(error.message(on: surface))
    case let error as TopicLookupError: return .error(error.description)
    case let error as QuizError: return .error(error.description)
    case let error as RecallStoreError: return .error(error.description)
    case let error as FileWriteError: return .error(error.description)
    case let error as ReplError: return error.message
    case is ExitCode: return nil
    default:
      guard RecallCommand.exitCode(for: error) != .success else { return nil }
      return UsageErrorText.message(for: error, arguments: arguments, surface: surface)
    }
  }

  /// The exit status for `error`: 1 for a failure, 64 for a usage error, an `ExitCode`'s own.
  static func exitCode(for error: Error) -> Int32 {
    switch error {
    case let failure as Failure: failure.exitCode
    case is DeckLookupError, is TopicLookupError, is QuizError, is RecallStoreError, is FileWriteError, is ReplError:
      1
    default: RecallCommand.exitCode(for: error).rawValue
    }
  }
}
