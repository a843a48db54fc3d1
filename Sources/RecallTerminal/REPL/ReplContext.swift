import RecallCore

/// What REPL commands share: input, output, the decks, the store and the session's counts.
public final class ReplContext: @unchecked Sendable {
  /// Where lines are read.
  public let reader: any LineReader
  /// Where text goes.
  public let output: any TextSink
  /// Colours, on or off.
  public let style: TextStyle
  /// The decks found.
  public var decks: [Deck]
  /// The decks as read, with their diagnostics (for `check` and `decks`); nil when decks were
  /// built in code.
  public var catalog: DeckCatalog?
  /// Where progress is kept.
  public let store: any ReviewStore
  /// Computes next states from ratings.
  public let scheduler: any ReviewScheduling
  /// The time.
  public let clock: any WallClock
  /// Defaults for study sessions (day rollover, new-card limit).
  public var studyOptions: StudyOptions
  /// The default answer mode.
  public var mode: StudySession.Mode
  /// Counts of everything studied since the REPL opened.
  public var summary = StudySession.Summary()
  /// The last card studied (for `bury`, `suspend` and `undo` at the REPL prompt).
  public var lastCard: (deck: String, card: CardID)?
  /// Decks whose ratings this REPL saved, oldest first (for `undo`).
  public var ratedDecks: [String] = []

  /// Creates a context.
  public init(
    reader: any LineReader, output: any TextSink, style: TextStyle, decks: [Deck], catalog: DeckCatalog? = nil,
    store: any ReviewStore, scheduler: any ReviewScheduling, clock: any WallClock,
    studyOptions: StudyOptions = StudyOptions(), mode: StudySession.Mode = .typed
  ) {
    self.reader = reader
    self.output = output
    self.style = style
    self.decks = decks
    self.catalog = catalog
    self.store = store
    self.scheduler = scheduler
    self.clock = clock
    self.studyOptions = studyOptions
    self.mode = mode
  }

  /// Creates a context over the usable decks of `catalog`.
  public convenience init(
    reader: any LineReader, output: any TextSink, style: TextStyle, catalog: DeckCatalog, store: any ReviewStore,
    scheduler: any ReviewScheduling, clock: any WallClock, studyOptions: StudyOptions = StudyOptions(),
    mode: StudySession.Mode = .typed
  ) {
    self.init(
      reader: reader, output: output, style: style, decks: catalog.usableDecks, catalog: catalog, store: store,
      scheduler: scheduler, clock: clock, studyOptions: studyOptions, mode: mode)
  }

  /// Writes `line` and a line break.
  public func say(_ line: String = "") {
    // On a terminal a long line is wrapped at a word, its continuation indented like its start.
    let indent = String(line.prefix { $0 == " " })
    output.write(TextWrap.wrapped(line, width: style.columns, indent: indent) + "\n")
  }

  /// The deck called `name` (its short name or title, or a unique prefix of either; without case), if any.
  public func deck(named name: String) -> Deck? {
    try? findDeck(named: name).get()
  }

  /// The deck called `name`, or why there is none (as `recall` itself looks decks up).
  public func findDeck(named name: String) -> Result<Deck, DeckLookupError> {
    DeckCatalog.deck(named: name, in: decks, files: catalog?.decks.map(\.name) ?? [])
  }

  /// The deck called `name`; throws the REPL's message ("did you mean", `decks` lists them) when
  /// there is none.
  public func requireDeck(named name: String) throws -> Deck {
    switch findDeck(named: name) {
    case .success(let deck): return deck
    case .failure(let error): throw ReplError(error)
    }
  }

  /// What is due in `decks` (all decks when nil) with the default options: the count a study
  /// session over them starts with (`StudyQueue.due`), so the welcome line, `decks` and the
  /// session agree.
  public func dueCounts(decks: [Deck]? = nil) throws -> StudyCounts {
    try StudyQueue.due(decks: decks ?? self.decks, store: store, options: studyOptions, now: clock.now())
  }
}
