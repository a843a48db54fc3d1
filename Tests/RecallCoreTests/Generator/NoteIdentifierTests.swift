import Testing

@testable import RecallCore

/// Generated ids follow the fact a card asks, not how it is asked, so that progress survives a
/// regenerated deck whose cards changed form.
@Suite struct NoteIdentifierTests {
  private func draft(_ content: Note.Content, answer: String) -> CardDraft {
    CardDraft(
      content: content, answerKey: answer.lowercased(), promptWords: PromptWords(Set<String>()), tier: 1, order: 0,
      line: 1, topic: nil, answer: answer)
  }

  private func cloze(hint: String?) -> Note.Content {
    .cloze(
      ClozeText(segments: [.text("The treaty was signed in "), .gap(answer: "1990", hint: hint), .text(" in Rome.")]))
  }

  @Test func aClozeAndAChoiceOfTheSameFactShareTheirId() {
    let asCloze = draft(cloze(hint: "year"), answer: "1990")
    let withoutHint = draft(cloze(hint: nil), answer: "1990")
    let asChoice = draft(
      .mcq(prompt: "The treaty was signed in ____ in Rome.", options: ["1989", "1990", "1991", "1992"], correct: 1),
      answer: "1990")
    let otherOptions = draft(
      .mcq(prompt: "The treaty was signed in ____ in Rome.", options: ["1990", "1995", "2000", "1985"], correct: 0),
      answer: "1990")
    let hash = NoteIdentifier.hash(asCloze)
    #expect(NoteIdentifier.hash(withoutHint) == hash)
    #expect(NoteIdentifier.hash(asChoice) == hash)
    #expect(NoteIdentifier.hash(otherOptions) == hash)
  }

  @Test func anotherFactOrSentenceHasAnotherId() {
    let base = NoteIdentifier.hash(draft(cloze(hint: nil), answer: "1990"))
    let otherAnswer = draft(
      .cloze(
        ClozeText(segments: [.text("The treaty was signed in 1990 in "), .gap(answer: "Rome", hint: nil), .text(".")])),
      answer: "Rome")
    let otherSentence = draft(
      .cloze(
        ClozeText(segments: [.text("The pact was signed in "), .gap(answer: "1990", hint: nil), .text(" in Rome.")])),
      answer: "1990")
    #expect(NoteIdentifier.hash(otherAnswer) != base)
    #expect(NoteIdentifier.hash(otherSentence) != base)
  }

  @Test func idsAreUniqueWithinADeck() {
    var ids = NoteIdentifier()
    let first = ids.id(for: draft(cloze(hint: nil), answer: "1990"))
    let second = ids.id(for: draft(cloze(hint: "year"), answer: "1990"))
    #expect(first.hasPrefix("1990-"))
    #expect(second == first + "-2")
  }
}
