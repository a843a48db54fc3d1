import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The width of the terminal standard output writes to.
public enum TerminalSize {
  /// The terminal's columns now (it may have been resized since the last call); nil when standard
  /// output is no terminal or its size cannot be read.
  public static func columns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
