import RecallCore
import RecallLexicon
import Testing

/// WordNet answers the questions the generator asks of it.
@Suite struct WordNetLexiconTests {
  private let lexicon = WordNetLexicon()

  @Test func findsLemmasAndPartsOfSpeech() throws {
    let lexicon = try #require(lexicon, "WordNet is not installed (apt-get install wordnet-dev wordnet-base)")
    #expect(lexicon.lemma(of: "treaties") == "treaty")
    #expect(lexicon.lemma(of: "signed") == "sign")
    #expect(lexicon.lemma(of: "treaty") == nil)
    #expect(lexicon.partsOfSpeech(of: "treaties").contains(.noun))
    #expect(lexicon.partsOfSpeech(of: "advises").contains(.verb))
    #expect(lexicon.partsOfSpeech(of: "indigenous") == [.adjective])
    #expect(lexicon.partsOfSpeech(of: "katedralskolan").isEmpty)
  }

  @Test func namesTheCategoryOfNounsAndNames() throws {
    let lexicon = try #require(lexicon, "WordNet is not installed (apt-get install wordnet-dev wordnet-base)")
    #expect(lexicon.category(of: "Portugal") == .country)
    #expect(lexicon.category(of: "Uppsala") == .city)
    #expect(lexicon.category(of: "Addis Ababa") == .city)
    #expect(lexicon.category(of: "Turkey") == .country)
    #expect(lexicon.category(of: "turkey") == nil)
    #expect(lexicon.category(of: "Christopher Columbus") == .person)
    #expect(lexicon.category(of: "United Nations") == .organisation)
    #expect(lexicon.category(of: "Esperanto") == .language)
    #expect(lexicon.category(of: "treaty") == .document)
    #expect(lexicon.category(of: "Congo Crisis") == nil)
  }
}
