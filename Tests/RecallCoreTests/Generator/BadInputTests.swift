import Foundation
import Testing

@testable import RecallCore

@Suite struct BadInputTests {
  private let generator = DeckGenerator()

  @Test func emptyTextIsAClearError() {
    #expect(throws: GeneratorError.emptyDocument) { try generator.generate(text: "", fallbackTitle: "x") }
    #expect(throws: GeneratorError.emptyDocument) { try generator.generate(text: " \n\t\n", fallbackTitle: "x") }
    #expect(throws: GeneratorError.emptyDocument) { try generator.generate(text: "--- *** ...", fallbackTitle: "x") }
  }

  @Test func textWithoutSentencesIsAClearError() {
    #expect(throws: GeneratorError.noFacts) {
      try generator.generate(text: "Contents\n\nIntroduction\n\nChapter one\n\nIndex", fallbackTitle: "x")
    }
    #expect(throws: GeneratorError.noFacts) { try generator.generate(text: "ok ok ok", fallbackTitle: "x") }
  }

  @Test func nonEnglishTextGivesADeckOrAClearErrorWithoutCrashing() {
    let samples = [
      "Договор был подписан в Москве в 1991 году. Он вступил в силу в 1992 году после ратификации.",
      "条约于1991年在北京签署。它于1992年生效。",
      "Der Vertrag wurde 1991 in Berlin unterzeichnet. Er trat 1992 in Kraft, nachdem alle Staaten ihn ratifiziert hatten.",
      "المعاهدة وقعت في عام 1991 في القاهرة. ودخلت حيز التنفيذ في عام 1992.",
    ]
    for text in samples {
      do {
        let deck = try generator.generate(text: text, fallbackTitle: "x")
        #expect(!deck.notes.isEmpty)
        #expect(deck.cards.allSatisfy { !$0.answer.display.isEmpty })
      } catch {
        #expect(error == .noFacts)
      }
    }
  }

  @Test func controlCharactersAndOddPunctuationDoNotCrash() throws {
    let text =
      "\u{1}\u{7}Title\u{1B}[31m\n\n((( The \u{201C}treaty\u{201D} was signed in 1990 ))) ... ; ; : \u{FFFD}\u{FFFD}"
      + " Mr. . . U.S. 3.5. \"Open quote never closed. 1,2,3. $ % ( ]"
    _ = try? generator.generate(text: text, fallbackTitle: "x")
    let words = (0..<3000).map { $0 % 17 == 0 ? "Alpha\($0)." : "word\($0 % 7)" }.joined(separator: " ")
    _ = try? generator.generate(text: words, fallbackTitle: "x")
    let oneLongLine = String(repeating: "the council met in Geneva and ", count: 2000)
    _ = try? generator.generate(text: oneLongLine, fallbackTitle: "x")
  }

  @Test func aLargeDocumentGivesADeck() throws {
    let base = try GeneratorFixtures.text("valmora-treaty.txt")
    let text = (0..<60).map { index in base.replacingOccurrences(of: "19", with: "\(10 + index % 9)") }
      .joined(separator: "\n\n")
    let deck = try generator.generate(text: text, fallbackTitle: "big")
    #expect(deck.notes.count > 20)
  }
}

@Suite struct RunOnTextTests {
  @Test func aHugeRunOnParagraphIsSkippedQuickly() {
    let words = ["the", "council", "met", "in", "Geneva", "and", "agreed", "on", "quotas", "1990"]
    let text = (0..<200_000).map { words[$0 % words.count] }.joined(separator: " ")
    #expect(throws: GeneratorError.noFacts) { try DeckGenerator().generate(text: text, fallbackTitle: "x") }
  }

  @Test func aPronounAfterAHugeSentenceIsLeftOut() throws {
    let long = (0..<400).map { "word\($0)" }.joined(separator: " ") + "."
    let text = long + " It was signed in Paris in 1990 by seven nations."
    let deck = try? DeckGenerator().generate(text: text, fallbackTitle: "x")
    #expect(deck?.cards.contains { $0.prompt.hasPrefix("It ") } != true)
  }
}
