import RecallCore
import RecallTerminal
import Testing

@Suite struct StudyRendererTests {
  @Test func diffsAreBracketedInPlainTextAndColouredOnATerminal() {
    let diff = AnswerDiff(typed: "Astanna", expected: "Astana")
    #expect(StudyRenderer(style: .plain).marked(diff, side: .typed) == "Astan[n]a")
    #expect(StudyRenderer(style: .plain).marked(diff, side: .expected) == "Astana")
    let coloured = StudyRenderer(style: TextStyle(colored: true)).marked(diff, side: .typed)
    #expect(coloured == "Astan\u{1B}[1;31m\u{1B}[4mn\u{1B}[0m\u{1B}[0ma")
  }

  /// "you typed" shows what was typed, in its own case, not the expected answer's letters.
  @Test func theTypedSideKeepsTheTypedCase() {
    let diff = AnswerDiff(typed: "bishkik", expected: "Bishkek")
    #expect(StudyRenderer(style: .plain).marked(diff, side: .typed) == "bishk[i]k")
    #expect(StudyRenderer(style: .plain).marked(diff, side: .expected) == "Bishk[e]k")
  }

  @Test func typedTextInFeedbackIsSanitised() {
    let diff = AnswerDiff(typed: "Ast\u{1B}[2Jana", expected: "Astana")
    #expect(!StudyRenderer(style: .plain).marked(diff, side: .typed).contains("\u{1B}"))
  }

  @Test func ratingLineMarksTheSuggestion() {
    let intervals: [Rating: Int64] = [
      .again: Timestamp.minute, .hard: 6 * Timestamp.minute, .good: Timestamp.day, .easy: 3 * Timestamp.day,
    ]
    #expect(
      StudyRenderer(style: .plain).ratingLine(intervals, suggested: .good)
        == "1 again 1m · 2 hard 6m · [3 good 1d] · 4 easy 3d")
  }

  /// In flip mode nothing is typed, so a list card does not say how to separate items.
  @Test func aListPromptTellsHowToTypeOnlyInTypedMode() {
    let note = Note(content: .list(prompt: "Name two.", items: ["a", "b"], ordered: true), explicitID: "two")
    let item = StudyItem(deck: "d", card: note.cards[0], progress: CardProgress(), reason: .new)
    let renderer = StudyRenderer(style: .plain)
    #expect(renderer.prompt(item, position: 1, remaining: 1).last == "(2 items, in order; separate them with ; or ,)")
    #expect(renderer.prompt(item, position: 1, remaining: 1, typed: false).last == "(2 items, in order)")
  }
}
