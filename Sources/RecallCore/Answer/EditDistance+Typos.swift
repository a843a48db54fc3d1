extension EditDistance {
  /// How many typos an answer of `length` characters (normalised) may have and still count:
  /// none up to 3 characters, 1 up to 7, 2 up to 15, 3 beyond.
  public static func allowedTypos(forLength length: Int) -> Int {
    switch length {
    case ..<4: 0
    case 4...7: 1
    case 8...15: 2
    default: 3
    }
  }
}
