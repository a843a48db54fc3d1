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
    #expect(lexicon.category(of: "Soviet Union") == .country)
    #expect(lexicon.category(of: "New Mexico") == .place)
    #expect(lexicon.category(of: "turkey") == nil)
    #expect(lexicon.category(of: "Christopher Columbus") == .person)
    #expect(lexicon.category(of: "United Nations") == .organisation)
    #expect(lexicon.category(of: "Esperanto") == .language)
    #expect(lexicon.category(of: "treaty") == .document)
    #expect(lexicon.category(of: "Congo Crisis") == nil)
  }
}

/// The C library's buffers are the process's: lexicons used from several threads at once, and
/// words far longer than its 256-byte buffers, never crash it.
@Suite struct WordNetSafetyTests {
  @Test func aWordLongerThanTheLibrarysBuffersIsUnknown() throws {
    let lexicon = try #require(WordNetLexicon(), "WordNet is not installed (apt-get install wordnet-dev wordnet-base)")
    let long = String(repeating: "signaler", count: 200)
    #expect(lexicon.lemma(of: long) == nil)
    #expect(lexicon.partsOfSpeech(of: long).isEmpty)
    #expect(lexicon.category(of: long + " " + long) == nil)
  }

  @Test func severalLexiconsOnSeveralThreadsShareOneLock() async throws {
    _ = try #require(WordNetLexicon(), "WordNet is not installed (apt-get install wordnet-dev wordnet-base)")
    let words = ["treaties", "signed", "Portugal", "Uppsala", "signalers", "conventions", "ratified", "Addis Ababa"]
    await withTaskGroup(of: Bool.self) { group in
      for round in 0..<8 {
        group.addTask {
          guard let lexicon = WordNetLexicon() else { return false }
          for word in words + words.map({ $0 + "s\(round)" }) {
            _ = lexicon.lemma(of: word)
            _ = lexicon.partsOfSpeech(of: word)
            _ = lexicon.category(of: word)
          }
          return lexicon.lemma(of: "treaties") == "treaty"
        }
      }
      for await answered in group { #expect(answered) }
    }
  }
}
