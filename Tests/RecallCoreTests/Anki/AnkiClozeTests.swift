import Testing

@testable import RecallCore

@Suite struct AnkiClozeTests {
  @Test func oneGapWithAHint() {
    let cloze = AnkiCloze(parsing: "The capital is {{c1::Paris::city}}.")
    #expect(cloze.numbers == [1])
    #expect(cloze.card(number: 1) == [.text("The capital is "), .gap(answer: "Paris", hint: "city"), .text(".")])
  }

  @Test func gapsWithOneNumberAreOneCard() {
    let cloze = AnkiCloze(parsing: "{{c1::Ser}} and {{c1::estar}} differ; {{c2::both}} mean to be")
    #expect(cloze.numbers == [1, 2])
    #expect(
      cloze.card(number: 1) == [
        .gap(answer: "Ser", hint: nil), .text(" and "), .gap(answer: "estar", hint: nil),
        .text(" differ; both mean to be"),
      ])
    #expect(
      cloze.card(number: 2) == [.text("Ser and estar differ; "), .gap(answer: "both", hint: nil), .text(" mean to be")])
  }

  @Test func nestedGaps() {
    let cloze = AnkiCloze(parsing: "{{c1::Madrid is the {{c2::capital::role}} of Spain}}.")
    #expect(cloze.card(number: 1) == [.gap(answer: "Madrid is the capital of Spain", hint: nil), .text(".")])
    #expect(
      cloze.card(number: 2) == [.text("Madrid is the "), .gap(answer: "capital", hint: "role"), .text(" of Spain.")])
    #expect(cloze.fullText == "Madrid is the capital of Spain.")
  }

  @Test func unclosedMarkupStaysText() {
    let cloze = AnkiCloze(parsing: "broken {{c1::gap and {{c2::fine}}")
    #expect(cloze.numbers == [2])
    #expect(cloze.fullText == "broken {{c1::gap and fine")
  }

  @Test func noteKeysRoundTripTheGuid() {
    let key = AnkiNote.noteKey(guid: "OBbU?XTT:2")
    #expect(key == "anki-4f4262553f5854543a32")
    #expect(AnkiNote.guid(fromKey: key) == "OBbU?XTT:2")
    #expect(AnkiNote.guid(fromKey: "qa-12") == nil)
  }
}

@Suite struct AnkiNoteMapperTests {
  let basic = AnkiNotetype(
    name: "Basic (and reversed card)", isCloze: false, fields: ["Front", "Back"],
    templates: [
      .init(name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}"),
      .init(name: "Card 2", front: "{{Back}}", back: "{{FrontSide}}<hr id=answer>{{Front}}"),
    ])

  @Test func reversedPairBecomesReverseYes() {
    let note = AnkiNote(
      guid: "g", fields: ["to eat", "comer"], tags: ["verbs"],
      cards: [.init(ordinal: 0, deck: "Spanish"), .init(ordinal: 1, deck: "Spanish")])
    let mapped = AnkiNoteMapper.map(note, of: basic)
    #expect(mapped.skipped.isEmpty)
    #expect(mapped.notes.count == 1)
    #expect(mapped.notes[0].note.content == .qa(question: "to eat", answer: "comer", reverse: true))
    #expect(mapped.notes[0].note.cards.map(\.id.rawValue) == ["anki-67", "anki-67~r"])
  }

  @Test func typeInTheAnswerAsksTheTypedField() {
    let typeIn = AnkiNotetype(
      name: "Basic (type in the answer)", isCloze: false, fields: ["Front", "Back"],
      templates: [
        .init(name: "Card 1", front: "{{Front}}\n\n{{type:Back}}", back: "{{Front}}<hr id=answer>{{type:Back}}")
      ])
    let note = AnkiNote(guid: "t", fields: ["the house", "la casa"], tags: [], cards: [.init(ordinal: 0, deck: "D")])
    #expect(
      AnkiNoteMapper.map(note, of: typeIn).notes.map(\.note.content) == [
        .qa(question: "the house", answer: "la casa", reverse: false)
      ])
  }

  @Test func emptyAnswersAndUnknownTemplatesAreSkippedWithAReason() {
    let note = AnkiNote(guid: "e", fields: ["q", ""], tags: [], cards: [.init(ordinal: 0, deck: "D")])
    #expect(AnkiNoteMapper.map(note, of: basic).skipped == [.emptyAnswer])
    let odd = AnkiNotetype(
      name: "Odd", isCloze: false, fields: ["A"], templates: [.init(name: "1", front: "static", back: "{{A}}")])
    #expect(AnkiNoteMapper.map(note, of: odd).skipped == [.unknownTemplate])
  }

  @Test func clozeCardsAreOnePerNumber() {
    let cloze = AnkiNotetype(name: "Cloze", isCloze: true, fields: ["Text", "Back Extra"], templates: [])
    let note = AnkiNote(
      guid: "c", fields: ["{{c1::Ser::verb}} is for {{c2::essence}}, {{c1::estar}} for states", ""], tags: [],
      cards: [.init(ordinal: 0, deck: "D"), .init(ordinal: 1, deck: "D"), .init(ordinal: 4, deck: "D")])
    let mapped = AnkiNoteMapper.map(note, of: cloze)
    #expect(mapped.skipped == [.clozeWithoutGap])
    #expect(
      mapped.notes.map(\.note.content) == [
        .list(prompt: "____ (verb) is for essence, ____ for states", items: ["Ser", "estar"], ordered: true),
        .cloze(
          ClozeText(segments: [.text("Ser is for "), .gap(answer: "essence", hint: nil), .text(", estar for states")])),
      ])
    #expect(mapped.notes.map(\.note.explicitID) == ["anki-63-c1", "anki-63-c2"])
  }

  /// A deck line trims the spaces at a gap's edges and at its own, so the importer moves them out
  /// of the gap and off the note's edges: the card must read back as it was imported (found by the
  /// `anki` fuzz harness, `Fixtures/FuzzRegressions/anki/cloze-gap-with-leading-space.bin`).
  @Test func spacesAtTheEdgesOfAGapMoveOutOfIt() {
    let cloze = AnkiNotetype(name: "Cloze", isCloze: true, fields: ["Text", "Back Extra"], templates: [])
    let note = AnkiNote(
      guid: "s", fields: [" {{c1:: Astana }}is the capital of {{c2::Kazakhstan }} {{c3:: A}}, {{c3::B  }} ", ""],
      tags: [], cards: [.init(ordinal: 0, deck: "D"), .init(ordinal: 1, deck: "D"), .init(ordinal: 2, deck: "D")])
    let mapped = AnkiNoteMapper.map(note, of: cloze).notes.map(\.note)
    #expect(
      mapped.map(\.content) == [
        .cloze(
          ClozeText(segments: [.gap(answer: "Astana", hint: nil), .text(" is the capital of Kazakhstan   A, B")])),
        .cloze(
          ClozeText(segments: [
            .text("Astana is the capital of "), .gap(answer: "Kazakhstan", hint: nil), .text("   A, B"),
          ])),
        .list(prompt: "Astana is the capital of Kazakhstan   ____, ____", items: ["A", "B"], ordered: true),
      ])
    let deck = Deck(title: "D", notes: mapped)
    let parsed = DeckParser.parse(text: DeckPrinter.print(deck), origin: "d.md")
    #expect(!parsed.hasErrors)
    #expect(parsed.deck?.cards.map(\.id) == deck.cards.map(\.id))
    #expect(parsed.deck?.notes.map(\.content) == mapped.map(\.content))
    // A space before a combining mark is one Character with it; the deck line still trims the space.
    let marked = AnkiNote(
      guid: "m", fields: [" \u{0301}{{c1::Astana}} is the capital \u{0301}", ""], tags: [],
      cards: [.init(ordinal: 0, deck: "D")])
    let markedNotes = AnkiNoteMapper.map(marked, of: cloze).notes.map(\.note)
    let markedDeck = Deck(title: "D", notes: markedNotes)
    let reread = DeckParser.parse(text: DeckPrinter.print(markedDeck), origin: "d.md")
    #expect(!reread.hasErrors)
    #expect(reread.deck?.notes.map(\.content) == markedNotes.map(\.content))
  }
}
