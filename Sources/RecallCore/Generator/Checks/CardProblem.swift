/// Why a card would mislead or bore a student; the generator drops drafts with one, and
/// `recall check --cards` reports them in any deck.
public enum CardProblem: Hashable, Sendable, CustomStringConvertible {
  /// The answer, a form of it, or its acronym can be read in the prompt.
  case answerInPrompt(String)
  /// The gap is a verb phrase or a subject with its verb, not a thing.
  case verbPhraseGap(String)
  /// The gap cuts a name: part of it shows before or after the gap.
  case nameFragment(String)
  /// The gap is a word or phrase too general to be a fact of this document.
  case genericGap(String)
  /// The gap takes in a suffix that belongs to the word after it ("25-seat").
  case swallowedSuffix(String)
  /// The prompt opens with a word pointing back at text the card does not show.
  case danglingStart(String)
  /// A pronoun or "there" inside the prompt stands for something the card does not name.
  case unresolvedReference(String)
  /// The prompt is a title, date or label line, not a sentence.
  case notASentence
  /// The prompt is longer than a student reads at a glance.
  case tooLong(words: Int)
  /// An option names the same thing as the answer, so a right choice could be marked wrong.
  case optionNamesAnswer(String)
  /// An option is of another kind or shape than the answer and gives it away.
  case optionOfOtherKind(String)

  /// The reason for people, lower-case, quoting the card's text.
  public var description: String {
    switch self {
    case .answerInPrompt(let answer):
      "the answer \"\(answer)\" can be read in the prompt; gap another fact or reword the prompt"
    case .verbPhraseGap(let answer):
      "the gap \"\(answer)\" is a verb phrase, not a name, number, date or thing; gap a noun phrase instead"
    case .nameFragment(let answer):
      "the gap \"\(answer)\" is part of a longer name; gap the whole name"
    case .genericGap(let answer):
      "the gap \"\(answer)\" is too general to test a fact; gap a name, number, date or specific term"
    case .swallowedSuffix(let answer):
      "the gap \"\(answer)\" takes in a suffix of the next word; gap only the number"
    case .danglingStart(let word):
      "the prompt opens with \"\(word)\", which points at text the card does not show; name what it means"
    case .unresolvedReference(let word):
      "\"\(word)\" stands for something the card does not name; name it in the prompt"
    case .notASentence:
      "the prompt is a title, date or label line, not a sentence; ask about a sentence instead"
    case .tooLong(let words):
      "the prompt has \(words) words; split it so that a card has at most \(CardRules.maxPromptWords)"
    case .optionNamesAnswer(let option):
      "the option \"\(option)\" names the same thing as the answer; replace it with a different one"
    case .optionOfOtherKind(let option):
      "the option \"\(option)\" is of another kind than the answer; offer options of the answer's kind"
    }
  }
}
