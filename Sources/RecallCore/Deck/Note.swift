/// One entry of a deck as it is written in the file: a question, a cloze sentence, a list or a
/// multiple-choice question, with its optional lines. A note yields one or more `Card`s.
public struct Note: Hashable, Sendable {
  /// What the note asks.
  public enum Content: Hashable, Sendable {
    /// A question and its answer; `reverse` also asks the answer and expects the question.
    case qa(question: String, answer: String, reverse: Bool)
    /// A sentence with gaps; each gap becomes its own card.
    case cloze(ClozeText)
    /// A prompt and its items; `ordered` when the items must be given in order.
    case list(prompt: String, items: [String], ordered: Bool)
    /// A prompt and its options; `correct` indexes the right one.
    case mcq(prompt: String, options: [String], correct: Int)
  }

  /// What the note asks.
  public var content: Content
  /// The explicit `id:` line, if the note has one.
  public var explicitID: String?
  /// Accepted alternative answers (`Also:` line).
  public var alternatives: [String]
  /// Tags (`Tags:` line).
  public var tags: [String]
  /// Where in the source document the fact came from (`Source:` line).
  public var source: String?
  /// The `##` heading the note stands under, if any.
  public var topic: String?
  /// The 1-based line of the note's first line in its file (0 for notes built in code).
  public var line: Int

  /// Creates a note.
  public init(
    content: Content, explicitID: String? = nil, alternatives: [String] = [], tags: [String] = [],
    source: String? = nil, topic: String? = nil, line: Int = 0
  ) {
    self.content = content
    self.explicitID = explicitID
    self.alternatives = alternatives
    self.tags = tags
    self.source = source
    self.topic = topic
    self.line = line
  }

  /// The kind of the cards this note yields.
  public var kind: CardKind {
    switch content {
    case .qa: .qa
    case .cloze: .cloze
    case .list: .list
    case .mcq: .mcq
    }
  }

  /// The identity of the note: its explicit id, or one derived from its content.
  public var identity: CardID {
    if let explicitID { return CardID(explicitID) }
    return CardIdentity.derived(for: self)
  }
}

/// A cloze sentence split into plain text and gaps, e.g. `Kazakhstan sent [30] engineers.`
public struct ClozeText: Hashable, Sendable {
  /// A run of the sentence: text shown as is, or a gap with its answer and optional hint.
  public enum Segment: Hashable, Sendable {
    /// Text shown as is.
    case text(String)
    /// A gap: the hidden answer and an optional hint of its kind (`year`, `number`...).
    case gap(answer: String, hint: String?)
  }

  /// The runs of the sentence in order.
  public var segments: [Segment]

  /// Creates a cloze from its runs.
  public init(segments: [Segment]) {
    self.segments = segments
  }

  /// The most gaps one cloze note may have: each gap is a card showing the whole sentence.
  public static let maxGaps = 100
  /// The most characters of a cloze sentence with more than one gap, for the same reason: the
  /// cards of one note then hold at most `maxGaps` times this many characters.
  public static let maxLengthWithSeveralGaps = 10_000

  /// The number of gaps.
  public var gapCount: Int {
    segments.reduce(0) { count, segment in
      if case .gap = segment { return count + 1 }
      return count
    }
  }

  /// The answers of the gaps in order.
  public var answers: [String] {
    segments.compactMap { segment in
      if case .gap(let answer, _) = segment { return answer }
      return nil
    }
  }

  /// The sentence with every gap filled in.
  public var fullText: String {
    segments.map { segment in
      switch segment {
      case .text(let text): text
      case .gap(let answer, _): answer
      }
    }.joined()
  }

  /// The sentence with gap `index` (0-based) blanked as `blank` (plus its hint in brackets) and the
  /// other gaps filled in.
  public func prompt(hiding index: Int, blank: String = "____", showHint: Bool = true) -> String {
    var gap = 0
    var result = ""
    for segment in segments {
      switch segment {
      case .text(let text): result += text
      case .gap(let answer, let hint):
        if gap == index {
          result += blank
          if showHint, let hint { result += " (\(hint))" }
        } else {
          result += answer
        }
        gap += 1
      }
    }
    return result
  }
}
