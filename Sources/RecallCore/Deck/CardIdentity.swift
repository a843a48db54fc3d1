/// Derives identities for notes without an `id:` line.
///
/// The identity hashes the note's content after folding case and dropping everything that is not
/// a letter or digit, so re-wrapping, re-spacing or re-punctuating a card keeps its progress.
/// Changing a word changes the identity; `recall check` warns about such fragile cards.
public enum CardIdentity {
  /// The derived identity of `note`, e.g. `qa-5f3a09c2e1b4`.
  public static func derived(for note: Note) -> CardID {
    let key: String
    switch note.content {
    case .qa(let question, let answer, _): key = question + "\u{1}" + answer
    case .cloze(let cloze): key = cloze.fullText
    case .list(let prompt, _, _): key = prompt
    case .mcq(let prompt, _, _): key = prompt
    }
    let hash = StableHash.fnv1a(fold(key))
    let hex = String(hash, radix: 16)
    let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    return CardID("\(note.kind.rawValue)-\(padded.prefix(12))")
  }

  /// The content with case folded and only letters and digits kept.
  public static func fold(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.utf8.count)
    for scalar in text.lowercased().unicodeScalars
    where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
