/// Every number that ranks the generator's facts and cards, in one table.
///
/// A candidate fact gets a base score from its kind when it is found (`PhraseFinder`), raised or
/// lowered by what stands around it; the whole document then lowers names it repeats
/// (`adjustNameScores`); and a clause's candidates are picked best first, each pick lowering the
/// candidates near it or of its kind (`CardPlanner.picks`). A fact scored 0 or less is never a gap.
/// Changing a weight changes generated decks: the golden decks pin them.
enum ScoreWeights {
  // MARK: Base scores of a fact, by kind

  /// A quoted term: "known as “the Scramble”".
  static let quotedTerm = 10.0
  /// A date, or a span of years written as one ("1990-1992", "1983–1985").
  static let date = 9.0
  /// A date with its day and month ("21 June 2011"), or a year with its month.
  static let fullDate = 9.5
  /// A year on its own.
  static let year = 9.0
  /// A year or date that only dates something else: "as of 2023", "from 4,100 in 2013".
  static let datingYear = 7.0
  /// A month on its own: "usually in October".
  static let month = 6.0
  /// A number that counts something, a rate ("1 in 4"), an amount or a percentage.
  static let number = 8.5
  /// A number in figures that counts nothing named after it.
  static let uncountedNumber = 6.0
  /// The most a number right after a name may score ("Resolution 1540").
  static let numberAfterName = 5.0
  /// A name of several words.
  static let longName = 8.0
  /// A name of one word.
  static let shortName = 6.5
  /// A people's adjective read as a name ("the Sardelian delegation").
  static let nationality = 2.0
  /// An adverb and its verb: "narrowly defeated".
  static let action = 2.5
  /// A judgement: "too vague".
  static let judgement = 3.5
  /// A common-noun phrase, before the changes below.
  static let nounPhrase = 3.0

  // MARK: Changes to a fact's score where it is found

  /// A number after "all", "both", "these", "those": it counts what was already said.
  static let recountedNumber = -3.0
  /// A number word after "the": "the four sponsors".
  static let definiteNumberWord = -1.0
  /// A name that only modifies what follows: "Iran's nuclear program".
  static let possessiveName = -2.0
  /// A noun phrase of two words or more.
  static let twoWordPhrase = 1.2
  /// A noun phrase of three words or more (on top of `twoWordPhrase`).
  static let threeWordPhrase = 0.3
  /// A noun phrase of more than six words.
  static let longPhrase = -2.0
  /// A noun phrase with an adjective.
  static let adjectivePhrase = 0.4
  /// A noun phrase of one word.
  static let oneWordPhrase = -1.2
  /// A noun phrase of at most two words whose head is a vague noun ("the issue").
  static let vaguePhrase = -1.5
  /// A noun phrase after the verb: objects carry the new information more often than subjects.
  static let objectPhrase = 0.6
  /// A noun phrase after "this", "these", "those", "that", "such": it points back.
  static let pointingBackPhrase = -1.5
  /// The most a noun phrase gains for standing late in its sentence (its focus), in proportion.
  static let sentenceFocus = 0.5

  // MARK: Changes across the document

  /// A name met in `frequentNameClauses` clauses or more says little in any one of them.
  static let frequentName = -1.5
  /// How many clauses make a name frequent.
  static let frequentNameClauses = 4
  /// A name that is the heading it stands under.
  static let headingName = -2.0

  // MARK: Picking a clause's cards

  /// A candidate within three tokens of a fact already picked from the clause.
  static let nearPick = -1.5
  /// A candidate of the kind of a fact already picked from the clause.
  static let sameKindPick = -1.5
  /// The score a clause's second or later card needs.
  static let laterPick = 2.5
  /// The score a common-noun phrase needs to be a clause's second card.
  static let secondPhrase = 3.5
}
