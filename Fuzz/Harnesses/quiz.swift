import RecallCore
import RecallTerminal

/// The quiz answer reader: a quiz on a deck, answered line by line, each line read as the quiz
/// reads a typed or pasted answer (`PastedAnswer`). The input is a deck and, after
/// a NUL byte, the answers; without a NUL byte the whole input answers a quiz on a fixed deck.
/// Properties: every answer's credit stays within 0...1 and its points within the scoring's
/// maximum; the result adds up; questions, feedback and the result table hold no control character.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuizAnswers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  Fuzz.bounded("quiz") {
    let bytes = Fuzz.bytes(data, size)
    let split = bytes.firstIndex(of: 0)
    let deckText = split.map { String(decoding: bytes[..<$0], as: UTF8.self) } ?? QuizFuzzDeck.text
    let answerBytes = split.map { Array(bytes[($0 + 1)...]) } ?? bytes
    let cards = DeckParser.parse(text: deckText, origin: "fuzz.md").deck?.cards ?? []
    let request = QuizRequest(count: 6, seed: UInt64(size))
    let questions = QuizBuilder.build(cards: cards, request: request)
    var session = QuizSession(questions: questions, timing: QuizTiming(perQuestion: 20_000, total: 90_000))
    let renderer = QuizRenderer(style: .plain)
    var time = Timestamp(milliseconds: 1_780_000_000_000)
    session.start(at: time)
    Fuzz.requirePrintable(renderer.header(title: "fuzz", session: session, seed: request.seed), "the quiz header")
    for line in String(decoding: answerBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
      guard let index = session.currentIndex, let question = session.current else { break }
      Fuzz.requirePrintable(renderer.question(question, number: index + 1, of: questions.count), "a question")
      // Answers come 0 to 25 s apart, so some miss their 20 s.
      time = time.adding(milliseconds: Int64(line.utf8.count % 26) * 1_000)
      // As the quiz reads a line: a paste of several lines (here `\r`, U+2028...) is one answer.
      let answer = PastedAnswer.oneLine(String(line), asList: question.kind == .list)
      Fuzz.require(!answer.contains(where: \.isNewline), "a pasted answer kept a line break")
      guard let event = session.submit(answer, at: time) else { break }
      if case .answered(let answer) = event {
        Fuzz.require((0...1).contains(answer.credit), "credit \(answer.credit)")
        Fuzz.require(answer.points >= 0 && answer.points <= session.scoring.maximum(questions: 1), "points")
        Fuzz.require(answer.elapsedMilliseconds >= 0, "elapsed time")
      }
      Fuzz.requirePrintable(renderer.feedback(event), "the feedback")
    }
    session.stop(at: time)
    let result = session.result
    Fuzz.require(result.answers.count <= questions.count, "more answers than questions")
    Fuzz.require(result.points == result.answers.reduce(0) { $0 + $1.points }, "points add up")
    Fuzz.require(result.points <= result.maxPoints, "points past the maximum")
    Fuzz.require((0...1).contains(result.accuracy), "accuracy \(result.accuracy)")
    Fuzz.requirePrintable(renderer.result(result), "the result")
  }
  return 0
}

/// The deck quizzed when the input brings none: every kind of card.
enum QuizFuzzDeck {
  static let text = """
    # Central Asia

    ## Capitals

    Q: Kazakhstan
    A: Astana
    Also: Nur-Sultan
    Reverse: yes
    id: kz

    Q: What is the capital of Kyrgyzstan?
    A: Bishkek
    id: kg

    Q: What is the capital of Uzbekistan?
    A: Tashkent
    id: uz

    M: What is the capital of Tajikistan?
    - [ ] Ashgabat
    - [x] Dushanbe
    - [ ] Bishkek
    id: tj

    ## Numbers

    C: Kazakhstan sent a unit of [30|number] military engineers to [Iraq] in [2003|year].
    id: engineers

    L: Which countries border the Caspian Sea? (5)
    - Kazakhstan
    - Russia
    - Azerbaijan
    - Iran
    - Turkmenistan
    id: caspian

    L: Order the years (in order)
    1. 1991
    2. 1997
    3. 2019
    id: years

    """
}
