import Testing

@testable import RecallCore

/// The checks' verdict on gapping `answer` in `sentence` as a fact of `kind`: the one helper the
/// rules tests share. An answer that is not in the sentence is recorded as an issue.
func gapProblem(
  _ sentence: String, gap answer: String, kind: FactKind, knowledge: CardRules.Knowledge = .init(),
  tokenizer: Tokenizer = Tokenizer()
) -> CardProblem? {
  let tokens = tokenizer.tokens(of: sentence)
  let wanted = tokenizer.tokens(of: answer).map(\.text)
  guard
    let first = tokens.indices.first(where: { index in
      index + wanted.count <= tokens.count && tokens[index..<(index + wanted.count)].map(\.text) == wanted
    })
  else {
    Issue.record("\(answer) is not in \(sentence)")
    return nil
  }
  return CardRules.gapProblem(
    tokens: tokens, gap: first..<(first + wanted.count), kind: kind, answer: answer, sentence: sentence,
    knowledge: knowledge)
}
