/// The kind of a fact a card asks for; its name is the hint shown in a cloze gap.
public enum FactKind: String, Hashable, Sendable, CaseIterable {
  /// A four-digit year.
  case year
  /// A day, month and year, or a month and year.
  case date
  /// A count of something.
  case number
  /// A share in percent.
  case percentage
  /// A sum of money.
  case amount
  /// A word or phrase the document puts in quotes.
  case term
  /// An abbreviation in capitals.
  case acronym
  /// An organisation, agency, council or government.
  case organisation
  /// A treaty, convention, law or other document.
  case document
  /// A plan, programme, initiative or strategy.
  case programme
  /// A conference, war, election or other event.
  case event
  /// A person or an office holder.
  case person
  /// A country, city, region, sea or other place.
  case place
  /// A proper name of another kind, or of a kind the generator cannot tell.
  case name
  /// A key noun phrase.
  case phrase
  /// A verb phrase (an adverb with its verb).
  case action

  /// Whether answers of this kind are written with digits and compared as numbers.
  var isNumeric: Bool { self == .year || self == .number || self == .percentage || self == .amount }

  /// Whether the kind is a proper name of some sort.
  var isName: Bool {
    switch self {
    case .organisation, .document, .programme, .event, .person, .place, .name, .acronym: true
    default: false
    }
  }
}

/// A span of a sentence worth asking about.
struct Fact: Hashable, Sendable {
  /// What kind of fact it is.
  var kind: FactKind
  /// The answer as written in the sentence.
  var text: String
  /// How good a question it makes, higher is better.
  var score: Double
  /// The span's characters and tokens, kept in 32 bits: a document holds hundreds of thousands
  /// of facts.
  private var startOffset: Int32
  private var endOffset: Int32
  private var firstTokenIndex: Int32
  private var endTokenIndex: Int32

  /// The first character of the span in the sentence.
  var start: Int { Int(startOffset) }
  /// The end (exclusive) of the span in the sentence.
  var end: Int { Int(endOffset) }
  /// The index of its first token.
  var firstToken: Int { Int(firstTokenIndex) }
  /// The index after its last token.
  var endToken: Int { Int(endTokenIndex) }
  /// `text` folded, filled in once by the document analysis (empty until then).
  var folded = ""

  /// A fact of `kind` spanning characters `start..<end` and tokens `firstToken..<endToken`.
  init(kind: FactKind, text: String, start: Int, end: Int, score: Double, firstToken: Int, endToken: Int) {
    self.kind = kind
    self.text = text
    self.score = score
    startOffset = Int32(clamping: start)
    endOffset = Int32(clamping: end)
    firstTokenIndex = Int32(clamping: firstToken)
    endTokenIndex = Int32(clamping: endToken)
  }
}
