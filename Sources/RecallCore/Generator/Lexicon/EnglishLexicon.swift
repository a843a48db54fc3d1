/// The parts of speech a word can have.
public struct PartsOfSpeech: OptionSet, Hashable, Sendable {
  /// The raw bits.
  public let rawValue: UInt8

  /// Parts of speech from their bits.
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// A noun.
  public static let noun = PartsOfSpeech(rawValue: 1)
  /// A verb.
  public static let verb = PartsOfSpeech(rawValue: 2)
  /// An adjective.
  public static let adjective = PartsOfSpeech(rawValue: 4)
  /// An adverb.
  public static let adverb = PartsOfSpeech(rawValue: 8)
}

/// What kind of thing a noun or name stands for, as far as hints and same-kind options need.
public enum NounCategory: String, Hashable, Sendable, CaseIterable {
  /// A country or state.
  case country
  /// A city, town or capital.
  case city
  /// Another place: a region, sea, river, mountain.
  case place
  /// A person.
  case person
  /// An organisation, institution or company.
  case organisation
  /// An event: a war, conference, crisis.
  case event
  /// A document: a treaty, law, book.
  case document
  /// A language.
  case language
  /// A time: a year, month, era.
  case time
}

/// English word knowledge the generator asks for (lemmas, parts of speech, the category of a noun):
/// WordNet through the `recall` executable, or nothing, in which case the rules fall back on
/// their own word lists. Implementations must be safe to call from several threads.
public protocol EnglishLexicon: Sendable {
  /// The base form of `word` (lower case): "treaties" gives "treaty", "signed" gives "sign"; nil
  /// when the word is unknown or already a base form.
  func lemma(of word: String) -> String?
  /// The parts of speech `word` (lower case, spaces between words) can have; empty when unknown.
  func partsOfSpeech(of word: String) -> PartsOfSpeech
  /// The category of the noun or name `phrase` (lower case, spaces between words), when known.
  func category(of phrase: String) -> NounCategory?
}

extension EnglishLexicon {
  /// Whether `word` is an ordinary English word (any part of speech).
  func isCommonWord(_ word: String) -> Bool { !partsOfSpeech(of: word).isEmpty }

  /// Whether `word` names a particular place, person, organisation or the like.
  func isProperName(_ word: String) -> Bool { category(of: word) != nil }
}
