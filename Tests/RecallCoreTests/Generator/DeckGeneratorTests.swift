import Foundation
import Testing

@testable import RecallCore

@Suite struct DeckGeneratorTests {
  private func deck(_ name: String, _ options: DeckGenerator.Options = .init()) throws -> Deck {
    try GeneratorFixtures.generator(options: options).generate(
      text: try GeneratorFixtures.text("\(name).txt"), fallbackTitle: name)
  }

  @Test func isDeterministic() throws {
    for name in GeneratorFixtures.documents {
      #expect(try deck(name) == deck(name))
    }
  }

  @Test func everyNoteHasAStableUniqueIDASourceLineAndATopic() throws {
    for name in GeneratorFixtures.documents {
      let notes = try deck(name).notes
      let ids = notes.compactMap(\.explicitID)
      #expect(ids.count == notes.count)
      #expect(Set(ids).count == ids.count)
      #expect(ids.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } })
      #expect(notes.allSatisfy { $0.source?.hasPrefix("line ") == true })
      #expect(notes.allSatisfy { $0.topic != nil })
    }
  }

  @Test func anAnswerNeverAppearsElsewhereInItsPrompt() throws {
    for name in GeneratorFixtures.documents {
      for card in try deck(name).cards where card.kind != .list {
        let prompt = TextNormalizer.fold(card.prompt)
        #expect(!TextNormalizer.containsWords(prompt, TextNormalizer.fold(card.answer.display)), "\(card.prompt)")
      }
    }
  }

  @Test func noPromptStartsWithADanglingPronoun() throws {
    for name in GeneratorFixtures.documents {
      for card in try deck(name).cards {
        let first = TextScan.firstWord(card.prompt)
        #expect(!Lexicon.danglingStarts.contains(first), "\(card.prompt)")
      }
    }
  }

  @Test func clozeGapsCarryTheKindOfTheirFact() throws {
    let hints = Set(try deck("dates-and-numbers").cards.compactMap(\.hint))
    #expect(hints.isSuperset(of: ["amount", "percentage", "number"]))
    #expect(try deck("fields-and-citations").cards.compactMap(\.hint).contains("date"))
    let names = Set(try deck("pronouns-and-connectives").cards.compactMap(\.hint))
    #expect(names.contains("place"))
  }

  @Test func multipleChoiceOptionsAreOfTheSameKindAndHoldTheAnswer() throws {
    var seen = 0
    for name in GeneratorFixtures.documents {
      for card in try deck(name).cards where card.kind == .mcq {
        seen += 1
        #expect(card.options.count >= 3)
        #expect(card.options.contains(card.answer.display))
        #expect(Set(card.options).count == card.options.count)
        let numeric = card.options.map { $0.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } }
        #expect(Set(numeric).count == 1, "\(card.options)")
      }
    }
    #expect(seen > 5)
  }

  @Test func listCardsGiveTheCountAndResolveTheirLeadIn() throws {
    let lists = try deck("lists").notes.compactMap { note -> (String, [String])? in
      if case .list(let prompt, let items, _) = note.content { return (prompt, items) }
      return nil
    }
    #expect(
      lists.map(\.0) == [
        "Name the 3 hazards that threaten coastal towns.",
        "Which 3 documents for inspectors should every town council prepare?",
      ])
    #expect(lists[0].1 == ["Storm surges", "Chemical spills", "Power failures"])
  }

  @Test func acronymsGetAQuestionAboutTheirExpansion() throws {
    let questions = try deck("names-and-acronyms").notes.compactMap { note -> (String, String)? in
      if case .qa(let question, let answer, _) = note.content { return (question, answer) }
      return nil
    }
    #expect(questions.count == 1)
    #expect(questions.first?.0.contains("abbreviation UBWA stand for") == true)
    #expect(questions.first?.1 == "Upper Basin Water Authority")
  }

  @Test func theMainSubjectIsNeverAGap() throws {
    let text = try String(
      contentsOf: GeneratorFixtures.repository.appendingPathComponent("Decks/sources/kazakhstan-position.txt"),
      encoding: .utf8)
    let cards = try GeneratorFixtures.generator().generate(text: text, fallbackTitle: "kz").cards
    let subject = cards.filter { $0.answer.display.lowercased() == "kazakhstan" }
    #expect(subject.isEmpty)
  }

  @Test func maxCardsKeepsTheBestCards() throws {
    let all = try deck("valmora-treaty")
    let few = try deck("valmora-treaty", .init(maxCards: 5))
    #expect(few.notes.count == 5)
    #expect(few.notes == Array(all.notes.prefix(5)))
  }

  @Test func capsCardsPerAnswerAndPerSentence() throws {
    let text = String(
      repeating: "The Orlan Commission met in Port Selen in 1990 to discuss water quotas.\n\n", count: 6)
    let deck = try GeneratorFixtures.generator(options: .init(maxCardsPerAnswer: 2)).generate(
      text: text, fallbackTitle: "x")
    var perAnswer: [String: Int] = [:]
    for card in deck.cards { perAnswer[card.answer.display, default: 0] += 1 }
    #expect(perAnswer.values.allSatisfy { $0 <= 2 })
    let one = try GeneratorFixtures.generator(options: .init(maxCardsPerSentence: 1)).generate(
      text: "The Orlan Commission met in Port Selen in 1990 to discuss the new water quotas for farmers.",
      fallbackTitle: "x")
    #expect(one.notes.count == 1)
  }
}

@Suite struct QuestionPatternTests {
  @Test func asksWhenForDatesOfPassiveSentences() throws {
    let deck = try GeneratorFixtures.generator().generate(
      text: "The Harbour Accord was signed in Lisbon on 3 May 1956 by four coastal states.", fallbackTitle: "x")
    guard case .qa(let question, let answer, _)? = deck.notes.first?.content else {
      Issue.record("expected a question first")
      return
    }
    #expect(question == "When was the Harbour Accord signed in Lisbon by four coastal states?")
    #expect(answer == "3 May 1956")
  }

  @Test func leavesASecondPredicateOutOfTheQuestion() throws {
    let deck = try GeneratorFixtures.generator().generate(
      text: "The Harbour Grant was introduced by the coastal ministry in 2016 and is paid for by the Energy Fund.",
      fallbackTitle: "x")
    for note in deck.notes {
      guard case .qa(let question, _, _) = note.content else { continue }
      #expect(!question.contains(" and is "), "\(question)")
    }
  }

  @Test func keepsAClozeWhenTheQuestionWouldBeTooShort() throws {
    let deck = try GeneratorFixtures.generator().generate(
      text: "The pact was signed in 1956 at last.", fallbackTitle: "Pact")
    #expect(deck.notes.allSatisfy { $0.kind != .qa })
  }

  /// The budget grows one card per 75 characters over a short article and one per 200 after, so
  /// that a long document does not keep two or three cards a key fact.
  @Test func theBudgetGrowsSlowerPastAShortArticle() {
    #expect(DeckGenerator.defaultBudget(bytes: 300) == 12)
    #expect(DeckGenerator.defaultBudget(bytes: 2_400) == 32)
    #expect(DeckGenerator.defaultBudget(bytes: 4_400) == 42)
    #expect(DeckGenerator.defaultBudget(bytes: 100_000) == 520)
  }
}
