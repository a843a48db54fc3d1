import Foundation
import RecallCore
import RecallTerminal
import RecallTestSupport
import Testing

/// Golden transcripts of scripted REPL sessions: fixed clock, scripted input, in-memory store.
/// Run with `RECALL_UPDATE_GOLDEN=1` to rewrite the fixtures after an intended change.
@Suite struct StudyTranscriptTests {
  static let start = Timestamp(milliseconds: 1_709_280_000_000)  // 2024-03-01T08:00:00Z

  static func deck() -> Deck {
    Deck(
      title: "Central Asia", origin: "Decks/central-asia.md",
      notes: [
        Note(
          content: .qa(question: "What is the capital of Kazakhstan?", answer: "Astana", reverse: false),
          explicitID: "kz-capital", alternatives: ["Nur-Sultan"], topic: "Capitals"),
        Note(
          content: .qa(question: "What is the capital of Uzbekistan?", answer: "Tashkent", reverse: false),
          explicitID: "uz-capital", topic: "Capitals"),
        Note(
          content: .list(
            prompt: "Name two new threats.", items: ["International terrorism", "Drug trafficking"], ordered: false),
          explicitID: "threats", topic: "Security"),
        Note(
          content: .qa(question: "How many engineers did Kazakhstan send to Iraq?", answer: "30", reverse: false),
          explicitID: "engineers", topic: "Security"),
        Note(
          content: .qa(
            question: "Evil \u{1B}[2J\u{1B}]0;owned\u{7}prompt\u{0}?", answer: "safe\u{1B}[31m", reverse: false),
          explicitID: "evil", topic: "Security"),
        Note(
          content: .mcq(
            prompt: "In which year was the London Afghanistan Compact Conference held?",
            options: ["2006", "2005", "2008"], correct: 0),
          explicitID: "london", topic: "Dates"),
      ])
  }

  func transcript(_ inputs: [LineInput], mode: StudySession.Mode) throws -> (String, InMemoryReviewStore) {
    let sink = TranscriptSink()
    let clock = FixedClock(Self.start)
    let reader = ScriptedLineReader(inputs, echo: sink) { clock.advance(milliseconds: 3000) }
    let store = InMemoryReviewStore()
    let context = ReplContext(
      reader: reader, output: sink, style: .plain, decks: [Self.deck()], store: store,
      scheduler: Scheduler(), clock: clock, mode: mode)
    Repl(context: context).run()
    return (sink.text, store)
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    Golden.check(text, named: name, in: Self.fixtures, sourceLocation: sourceLocation)
  }

  @Test func typedSession() throws {
    let (text, store) = try transcript(
      [
        .line("stduy"), .line("study"),
        .line("astana"), .line(""),  // right: easy suggested, kept
        .line("Tashkenr"), .line(""),  // a typo: hard
        .line("drug trafficking"), .line("3"),  // a list, one item missing; overridden to good
        .line(""), .line(""),  // an empty answer: again
        .line(":undo"),  // takes back the empty answer
        .line("thirty"), .line(""),
        .interrupt,  // Ctrl-C mid-question on the escape-laden card
        .interrupt,  // Ctrl-C at the REPL prompt
        .line("undo"), .line("quit"),
      ], mode: .typed)
    try expectGolden(text, "typed-session.txt")
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{0}"))
    let log = try store.reviewLog(deck: "central-asia")
    #expect(log.map(\.rating) == [.easy, .hard, .good])
  }

  @Test func flipSession() throws {
    let (text, store) = try transcript(
      [
        .line("study --mode flip --topic capitals"),
        .line(""), .line("4"),
        .line(""), .line("x"), .line("1"),
        .line(":undo"), .line(""), .line("2"),
        .line(""), .interrupt,
        .end,
      ], mode: .typed)
    try expectGolden(text, "flip-session.txt")
    let log = try store.reviewLog(deck: "central-asia")
    #expect(log.map(\.rating) == [.easy, .hard])
  }

  /// Ctrl-D at a flip card's rating prompt: the card shown is said to be unsaved, and the summary
  /// counts the cards rated before it.
  @Test func endOfInputAtAFlipRatingSaysTheShownCardWasNotSaved() throws {
    let (text, store) = try transcript(
      [.line("study --mode flip --topic capitals"), .line(""), .line("4"), .line(""), .end], mode: .typed)
    let ending = """
      rate 1-4> ^D
      the card shown was not rated; nothing was saved for it.
      studied 1 card: again 0, hard 0, good 0, easy 1. bye.

      """
    #expect(text.hasSuffix(ending), "\(text)")
    #expect(try store.reviewLog(deck: nil).count == 1)
  }

  /// A mistyped session command leaves the card where it is: asked again, not shown as a new card.
  @Test func aMistypedSessionCommandDoesNotShowTheCardAgain() throws {
    let (text, _) = try transcript(
      [.line("study --topic capitals"), .line(":foo"), .line(":undo"), .line("astana"), .line(""), .end], mode: .typed)
    #expect(text.components(separatedBy: "What is the capital of Kazakhstan?").count == 2, "\(text)")
    #expect(
      text.contains(
        "unknown session command `:foo`; in a session :undo, :bury, :suspend and :quit work.\nanswer> :undo\n"))
    #expect(text.contains("nothing to undo in this session.\nanswer> astana\n"), "\(text)")
    #expect(
      text.contains(
        "[2] central-asia › Capitals · Q/A · new · left: 1 learning, 1 new\nWhat is the capital of Uzbekistan?"))
  }

  /// Every command's `help NAME` ends with an example.
  @Test func everyCommandsHelpHasAnExample() throws {
    let names = BuiltinCommands.all.map(\.name).filter { !["quit", "quiz", "stats"].contains($0) }
    let (text, _) = try transcript(names.map { .line("help " + $0) } + [.end], mode: .typed)
    let answers = text.components(separatedBy: "recall> help ").dropFirst()
    #expect(answers.count == names.count)
    for answer in answers {
      #expect(answer.contains("example: "), "\(answer)")
    }
  }

  /// `:quit` says what the session did before the REPL prompt comes back.
  @Test func quittingASessionGivesItsSummary() throws {
    let (text, _) = try transcript(
      [.line("study --topic capitals"), .line("astana"), .line(""), .line(":quit"), .end], mode: .typed)
    #expect(
      text.contains("answer> :quit\nstopped; studied 1 card: again 0, hard 0, good 0, easy 1.\nrecall> "), "\(text)")
  }

  /// `bury` without a card id, before any card was studied, gives an example with a card of the
  /// decks; `resume` without one offers the suspended cards (here: none).
  @Test func aCardCommandWithoutACardGivesItsOwnExample() throws {
    let (text, _) = try transcript([.line("resume"), .line("bury"), .end], mode: .typed)
    #expect(
      text.contains(
        "recall> resume\nno card is suspended; nothing to resume.\n"))
    #expect(
      text.contains("recall> bury\nno card studied yet; give a card id, e.g. bury kz-capital (show DECK lists them).\n")
    )
  }

  @Test func replCommandsAroundAFinishedSession() throws {
    let (text, store) = try transcript(
      [
        .line("help study"), .line("helo"),
        .line("study --topic dates --new 5"), .line("4"), .line("3"), .line("4"),
        .line("bury"), .line("suspend"), .line("resume london"), .line("resume london"), .line("undo"),
        .line("undo"),
        .line("study --mode oral"), .line("study --deck nowhere"), .line("decks"), .line("quit"),
      ], mode: .typed)
    try expectGolden(text, "repl-commands.txt")
    #expect(try store.reviewLog(deck: nil).isEmpty)
    #expect(try store.progress(deck: "central-asia")["london"]?.suspended == false)
  }

  @Test func everyAnswerIsSavedBeforeTheNextPrompt() throws {
    let sink = TranscriptSink()
    let clock = FixedClock(Self.start)
    let store = InMemoryReviewStore()
    var savedAtPrompt: [Int] = []
    let reader = ScriptedLineReader(
      [.line("study"), .line("Astana"), .line(""), .line("x"), .end], echo: sink
    ) { savedAtPrompt.append((try? store.reviewLog(deck: nil).count) ?? -1) }
    let context = ReplContext(
      reader: reader, output: sink, style: .plain, decks: [Self.deck()], store: store,
      scheduler: Scheduler(), clock: clock)
    Repl(context: context).run()
    #expect(savedAtPrompt == [0, 0, 0, 1, 1])
    // Input ended at the rating prompt of a checked answer: nothing is saved for that card.
    #expect(try store.reviewLog(deck: nil).count == 1)
  }
}

/// Deck names in the REPL follow the rule of `recall show`: the name, the title, or a unique prefix.
@Suite struct ReplDeckNameTests {
  func context(_ decks: [Deck]) -> ReplContext {
    ReplContext(
      reader: ScriptedLineReader([]), output: TranscriptSink(), style: .plain, decks: decks,
      store: InMemoryReviewStore(), scheduler: Scheduler(), clock: FixedClock(StudyTranscriptTests.start))
  }

  @Test func aUniquePrefixNamesADeck() {
    let other = Deck(title: "Central Europe", origin: "central-europe.md", notes: [])
    let context = context([StudyTranscriptTests.deck(), other])
    #expect(context.deck(named: "central-a")?.name == "central-asia")
    #expect(context.deck(named: "Central Asia")?.name == "central-asia")
    #expect(context.deck(named: "central") == nil)
    #expect(context.deck(named: "CENTRAL-EUROPE")?.name == "central-europe")
  }
}

/// The greeting is the first thing a person reads: a deck with errors, whose faulty cards are left
/// out of study, is mentioned there.
@Suite struct ReplGreetingTests {
  @Test func decksWithErrorsAreMentioned() {
    let good = DeckParser.parse(text: "# Good\n\nQ: a?\nA: b\nid: g\n", origin: "good.md")
    let bad = DeckParser.parse(text: "# Bad\n\nQ: a?\nA: b\nid: h\n\nA: stray\n", origin: "bad.md")
    let catalog = DeckCatalog(decks: [
      LoadedDeck(origin: "good.md", result: good), LoadedDeck(origin: "bad.md", result: bad),
    ])
    let context = ReplContext(
      reader: ScriptedLineReader([]), output: TranscriptSink(), style: .plain, catalog: catalog,
      store: InMemoryReviewStore(), scheduler: Scheduler(), clock: FixedClock(StudyTranscriptTests.start))
    #expect(
      Repl(context: context).greeting()
        == "Recall: 2 decks, 2 cards to study (0 learning, 0 review, 2 new).\nType study to begin, help for commands.\n"
        + "1 deck has errors and its faulty cards are left out: type check to see them.")
  }
}

/// An ordered list answered out of order: the items given in the wrong place are said to be so,
/// not "missing" and "not in the list" at once.
@Suite struct OrderedListFeedbackTests {
  @Test func itemsInTheWrongPlaceAreNamedAsSuch() {
    let deck = Deck(
      title: "Order", origin: "order.md",
      notes: [
        Note(
          content: .list(prompt: "Largest first.", items: ["Kazakhstan", "Turkmenistan", "Uzbekistan"], ordered: true),
          explicitID: "order")
      ])
    let sink = TranscriptSink()
    let reader = ScriptedLineReader(
      [.line("study"), .line("kazakhstan, uzbekistan, turkmenistan, mongolia"), .line(""), .end], echo: sink)
    let context = ReplContext(
      reader: reader, output: sink, style: .plain, decks: [deck], store: InMemoryReviewStore(), scheduler: Scheduler(),
      clock: FixedClock(StudyTranscriptTests.start))
    Repl(context: context).run()
    #expect(sink.text.contains("\n  in the wrong place: uzbekistan; turkmenistan\n  not in the list: mongolia\n"))
    #expect(!sink.text.contains("missing:"))
  }
}

@Suite struct NothingDueTests {
  /// "nothing more" after not a single card reads as if something had been studied; and new cards
  /// held back by the daily limit are mentioned, so an empty queue is not taken for a finished deck.
  @Test func aSessionWithNothingDueSaysSoPlainly() {
    let sink = TranscriptSink()
    let reader = ScriptedLineReader([.line("study --new 0"), .end], echo: sink)
    let context = ReplContext(
      reader: reader, output: sink, style: .plain, decks: [StudyTranscriptTests.deck()], store: InMemoryReviewStore(),
      scheduler: Scheduler(), clock: FixedClock(StudyTranscriptTests.start))
    Repl(context: context).run()
    let message = "nothing is due now (6 new cards wait beyond today's limit of 0; --new N raises it).\n"
    #expect(sink.text.contains("recall> study --new 0\n" + message), "\(sink.text)")
  }
}

@Suite struct AlternativeAnswerTests {
  /// An accepted alternative (an old name) is right, but the deck's answer is what should stick.
  @Test func anAlternativeShowsTheDecksAnswerToo() {
    let sink = TranscriptSink()
    let reader = ScriptedLineReader([.line("study --new 1"), .line("nur sultan"), .line(""), .end], echo: sink)
    let context = ReplContext(
      reader: reader, output: sink, style: .plain, decks: [StudyTranscriptTests.deck()], store: InMemoryReviewStore(),
      scheduler: Scheduler(), clock: FixedClock(StudyTranscriptTests.start))
    Repl(context: context).run()
    #expect(sink.text.contains("✓ right: Nur-Sultan (the answer: Astana)\n"), "\(sink.text)")
  }
}

@Suite struct MistypedDeckTests {
  /// A mistyped deck name gets "did you mean" in the REPL too, in the same words for every command.
  @Test func aMistypedDeckNameGetsASuggestion() {
    let sink = TranscriptSink()
    let reader = ScriptedLineReader([.line("show centrl-asia"), .line("study --deck centrl-asia"), .end], echo: sink)
    let context = ReplContext(
      reader: reader, output: sink, style: .plain, decks: [StudyTranscriptTests.deck()], store: InMemoryReviewStore(),
      scheduler: Scheduler(), clock: FixedClock(StudyTranscriptTests.start))
    Repl(context: context).run()
    let message = "no deck named \"centrl-asia\"; did you mean \"central-asia\"? type decks to list them.\n"
    #expect(sink.text.contains("recall> show centrl-asia\n" + message), "\(sink.text)")
    #expect(sink.text.contains("recall> study --deck centrl-asia\n" + message), "\(sink.text)")
  }
}

/// Multiple-choice cards in study are labelled and read as in quizzes: a letter, a number or the
/// option's text; anything else is asked again, never graded wrong.
@Suite struct StudyChoiceTests {
  @Test func aReplyThatPicksNoOptionIsAskedAgain() throws {
    let deck = try #require(
      DeckParser.parse(
        text:
          "# Years\n\nM: In which year did Kazakhstan declare independence?\n- [ ] 1990\n- [x] 1991\n- [ ] 1992\nid: y\n",
        origin: "years.md"
      ).deck)
    let sink = TranscriptSink()
    let store = InMemoryReviewStore()
    let reader = ScriptedLineReader([.line("study"), .line("zz"), .line("9"), .line("b"), .line(""), .end], echo: sink)
    let context = ReplContext(
      reader: reader, output: sink, style: .plain, decks: [deck], store: store, scheduler: Scheduler(),
      clock: FixedClock(Timestamp(milliseconds: 1_780_000_000_000)))
    Repl(context: context).run()
    let text = sink.text
    #expect(text.contains("  a) "), "\(text)")
    #expect(text.components(separatedBy: "answer with a letter (a–c), a number (1–3) or the option's text.").count == 3)
    let log = try store.reviewLog(deck: nil)
    #expect(log.count == 1)
    let shown = text.components(separatedBy: "\n").filter { $0.hasPrefix("  b) ") }
    #expect(log.first?.rating == (shown.first == "  b) 1991" ? .easy : .again), "\(text)")
  }
}

/// `resume` without a card lists the suspended cards, so there is no need to look their ids up.
@Suite struct ResumeOfferTests {
  @Test func resumeWithoutACardListsTheSuspendedOnes() throws {
    let deck = try #require(
      DeckParser.parse(
        text: "# D\n\nQ: Capital of Kazakhstan?\nA: Astana\nid: kz\n\nQ: Two?\nA: 2\nid: two\n", origin: "d.md"
      )
      .deck)
    let sink = TranscriptSink()
    let store = InMemoryReviewStore()
    try store.setSuspended(deck: deck.name, card: CardID("kz"), true)
    let reader = ScriptedLineReader([.line("resume"), .line("resume kz"), .line("resume"), .end], echo: sink)
    let context = ReplContext(
      reader: reader, output: sink, style: .plain, decks: [deck], store: store, scheduler: Scheduler(),
      clock: FixedClock(Timestamp(milliseconds: 1_780_000_000_000)))
    Repl(context: context).run()
    #expect(
      sink.text.contains(
        "recall> resume\nsuspended cards (1):\n  kz  Capital of Kazakhstan?\nresume CARD-ID brings one back, e.g. resume kz\n"
      ), "\(sink.text)")
    #expect(sink.text.contains("resumed 'kz' (“Capital of Kazakhstan?”)."))
    #expect(sink.text.contains("recall> resume\nno card is suspended; nothing to resume.\n"))
  }
}
