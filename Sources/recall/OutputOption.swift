import ArgumentParser
import Foundation
import RecallStore

/// `-o FILE` for commands that write to standard output by default: the file is written whole or
/// not at all (through `AtomicFile`), so a crash or a full disk never leaves half an export.
struct OutputOption: ParsableArguments {
  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Write to this file instead of standard output (whole, or not at all).", valueName: "file"))
  var path: String?

  /// Refuses an output that is `input` itself (the file being read).
  func refuse(overwriting input: String?) throws {
    guard let path, let input, GeneratedDeckFile.sameFile(path, input) else { return }
    throw Failure.message("\"\(path)\" is the file being read; write to another file")
  }

  /// Writes what `produce` hands to its sink to the file (committed when `produce` returns) or to
  /// standard output.
  func write(_ produce: (_ sink: (String) throws -> Void) throws -> Void) throws {
    guard let path, !DeckOutput.isDevice(path) else {
      try produce { Output.write($0) }
      return
    }
    let file = try AtomicFile(path: path)
    do {
      try produce { text throws(FileWriteError) in try file.append(text) }
      try file.commit()
    } catch {
      file.discard()
      throw error
    }
  }
}
