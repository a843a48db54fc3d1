import Testing

@testable import RecallCore

@Suite struct AnkiNotesTextTests {
  @Test func headersNotetypesDecksTagsAndGuids() {
    let deck = Deck(
      title: "Spanish",
      notes: [
        Note(
          content: .qa(question: "to eat", answer: "comer", reverse: true), explicitID: AnkiNote.noteKey(guid: "g1"),
          tags: ["verbs"]),
        Note(
          content: .cloze(ClozeText(segments: [.text("Ser is for "), .gap(answer: "essence", hint: "noun")])),
          explicitID: "ser", topic: "Grammar"),
        Note(content: .qa(question: "a\ttab \"q\"", answer: "x", reverse: false), explicitID: "tab"),
      ])
    let lines = [
      "#separator:tab", "#html:false", "#guid column:1", "#notetype column:2", "#deck column:3", "#tags column:6",
      "g1\tBasic (and reversed card)\tSpanish\tto eat\tcomer\tverbs",
      "recall-ser\tCloze\tSpanish::Grammar\tSer is for {{c1::essence::noun}}\t\t",
      "recall-tab\tBasic\tSpanish\t\"a\ttab \"\"q\"\"\"\tx\t",
    ]
    #expect(AnkiNotesText.export(deck) == lines.joined(separator: "\n") + "\n")
  }
}
