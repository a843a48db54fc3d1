import CReadline
import Foundation
import RecallCore

/// GNU readline behind one Swift type: line editing, a history file and tab completion, with
/// Ctrl-C turned into `LineInput.interrupt` instead of ending the process (on a command line with
/// text, Ctrl-C just clears the line).
///
/// Lines are read through readline's callback interface so that a Ctrl-C (caught by a SIGINT
/// handler while `poll` waits for a key) can abandon the line cleanly. Readline keeps global
/// state, so there should be one `Readline` per process; its C callbacks reach the Swift side
/// through `Readline.shared` state below.
public final class Readline: LineReader {
  /// Gives the completions of the word being typed: the whole line so far and the start offset
  /// (in UTF-8 bytes) of the word in it.
  public typealias Completer = @Sendable (_ line: String, _ wordStart: Int) -> [String]

  /// Replaces the Tab completer (nil turns completion off).
  public static func setCompleter(_ completer: Completer?) {
    ReadlineState.completer = completer
    recall_input_set_completer(completer == nil ? nil : readlineComplete)
  }

  private let historyPath: String?
  /// The prompt of command lines: only lines read with it are completed with Tab and kept in the
  /// history, so answers typed in a study session neither complete to commands nor come back with
  /// Up. When nil, every line is.
  public let commandPrompt: String?
  private var lastHistoryLine: String?

  /// Sets readline up: reads the history file at `historyPath` (creating its folder) and
  /// installs `completer` for the Tab key, active at `commandPrompt`.
  public init(historyPath: String?, commandPrompt: String? = nil, completer: Completer?) {
    self.historyPath = historyPath
    self.commandPrompt = commandPrompt
    recall_input_set_readline_name(ReadlineState.name)
    recall_input_set_catch_signals(0)
    ReadlineState.completer = completer
    recall_input_set_completer(completer == nil ? nil : readlineComplete)
    using_history()
    if let historyPath {
      let folder = (historyPath as NSString).deletingLastPathComponent
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      if !FileManager.default.fileExists(atPath: historyPath) {
        _ = FileManager.default.createFile(atPath: historyPath, contents: nil)
      }
      _ = read_history(historyPath)
      _ = history_truncate_file(historyPath, 1000)
    }
  }

  /// Reads a line with editing; non-empty lines go to the history (and its file) at once.
  public func readLine(prompt: String) -> LineInput {
    ReadlineState.interrupted = 0
    ReadlineState.finished = false
    ReadlineState.line = nil
    let isCommandLine = commandPrompt == nil || prompt == commandPrompt
    ReadlineState.completing = isCommandLine
    return InterruptSignal.catching(with: readlineInterrupt) { read(prompt: prompt, isCommandLine: isCommandLine) }
  }

  private func read(prompt: String, isCommandLine: Bool) -> LineInput {
    rl_callback_handler_install(prompt, readlineLineHandler)
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    while !ReadlineState.finished {
      if ReadlineState.interrupted != 0 {
        let hadText = recall_input_line_buffer().map { $0.pointee != 0 } ?? false
        // Echoed before the handler is removed: removing it ends bracketed paste with a carriage
        // return, and a ^C written after that lands on the start of the prompt line.
        StandardOutput.write("^C\n")
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_replace_line("", 0)
        rl_callback_handler_remove()
        // On a command line, Ctrl-C drops what was typed and shows a fresh prompt, as shells do;
        // only on an empty command line (or while answering) is it reported.
        guard isCommandLine, hadText else { return .interrupt }
        ReadlineState.interrupted = 0
        rl_callback_handler_install(prompt, readlineLineHandler)
        continue
      }
      let ready = poll(&descriptor, 1, -1)
      if ready < 0 { continue }
      if descriptor.revents & Int16(POLLIN | POLLHUP) != 0 {
        rl_callback_read_char()
      } else if descriptor.revents & Int16(POLLERR | POLLNVAL) != 0 {
        ReadlineState.finished = true
      }
    }
    // At end of input readline has already ended the prompt line.
    guard let line = ReadlineState.line else { return .end }
    if isCommandLine { remember(line) }
    return .line(line)
  }

  private func remember(_ line: String) {
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty, line != lastHistoryLine else { return }
    lastHistoryLine = line
    add_history(line)
    if let historyPath { _ = append_history(1, historyPath) }
  }
}

/// The state readline's C callbacks share with `Readline`; touched only on the thread reading input
/// (and the interrupt flag by the signal handler).
private enum ReadlineState {
  nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
  nonisolated(unsafe) static var finished = false
  nonisolated(unsafe) static var line: String?
  nonisolated(unsafe) static var completer: Readline.Completer?
  nonisolated(unsafe) static var completing = true
  nonisolated(unsafe) static let name: UnsafeMutablePointer<CChar>? = strdup("recall")
}

private func readlineInterrupt(_ signal: Int32) {
  ReadlineState.interrupted = 1
}

private func readlineLineHandler(_ line: UnsafeMutablePointer<CChar>?) {
  // Removed here, inside the handler, or readline would show the prompt again for a next line.
  rl_callback_handler_remove()
  ReadlineState.finished = true
  guard let line else {
    ReadlineState.line = nil
    return
  }
  ReadlineState.line = String(cString: line)
  free(line)
}

private func readlineComplete(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  recall_input_set_completion_over(1)
  guard ReadlineState.completing, let completer = ReadlineState.completer, let buffer = recall_input_line_buffer()
  else { return nil }
  let line = String(cString: buffer)
  let bytes = Array(line.utf8)
  let upTo = String(decoding: bytes.prefix(Int(end)), as: UTF8.self)
  let matches = completer(upTo, Int(start))
  guard !matches.isEmpty else { return nil }
  var common = matches[0]
  for match in matches.dropFirst() {
    common = String(common.commonPrefix(with: match))
  }
  let entries = matches.count == 1 ? matches : [common] + matches
  guard let array = calloc(entries.count + 1, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride) else { return nil }
  let result = array.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
  for (index, entry) in entries.enumerated() { result[index] = strdup(entry) }
  result[entries.count] = nil
  return result
}
