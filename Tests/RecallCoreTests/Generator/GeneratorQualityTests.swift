import Foundation
import Testing

@testable import RecallCore

/// What a student sees: options of the answer's own kind, hints that name the kind, names read
/// as names only when they are, the right source line, and pronouns resolved.
@Suite struct GeneratorQualityTests {
  private func facts(_ sentence: String, vocabulary: Set<String> = []) -> [String: FactKind] {
    let tokens = Tokenizer(lowercaseVocabulary: vocabulary).tokens(of: sentence)
    var result: [String: FactKind] = [:]
    for fact in PhraseFinder(sentence: sentence, tokens: tokens).facts() where result[fact.text] == nil {
      result[fact.text] = fact.kind
    }
    return result
  }

  private func deck(_ text: String) throws -> Deck {
    try GeneratorFixtures.generator().generate(text: text, fallbackTitle: "test")
  }

  /// A short article with names of several kinds, and a single office holder.
  private let article = """
    Treaty of Ardell

    The Treaty of Ardell was signed in Corvin in 1921 by the Republic of Ostia and the Kingdom of Brel.
    The talks in Corvin were hosted by the Harbour Council and watched by the Maritime League.
    Brel's Foreign Minister proposed a plan of a "shared coast" which envisages joint patrols in the Tarn Sea.
    The Fisheries Board and the Harbour Council later merged into the Coastal Authority in 1934.
    In 1950 the Coastal Authority moved its offices from Corvin to Lenna, a port in Ostia.
    """

  @Test func optionsAreOfTheAnswersOwnKindAndNeverInThePrompt() throws {
    for card in try deck(article).cards where card.kind == .mcq {
      let prompt = TextNormalizer.fold(card.prompt)
      for option in card.options where option != card.answer.display {
        #expect(!TextNormalizer.containsWords(prompt, TextNormalizer.fold(option)), "\(card.prompt) \(card.options)")
      }
      // A lone office holder has no same-kind options: that fact is a cloze.
      #expect(card.answer.display != "Foreign Minister", "\(card.options)")
      let organisations: Set<String> = ["Harbour Council", "Maritime League", "Fisheries Board", "Coastal Authority"]
      if organisations.contains(card.answer.display) {
        #expect(Set(card.options).isSubset(of: organisations), "\(card.options)")
      }
    }
  }

  @Test func yearOptionsSkipYearsThePromptShows() {
    var picker = OptionPicker()
    for year in ["1969", "1973", "1974", "1975"] { picker.add(year, folded: year, kind: .year) }
    let choice = picker.options(for: "1969", kind: .year, excluding: "the war lasted from to 1973")
    #expect(choice.map { !$0.options.contains("1973") } == true)
    #expect(choice?.options.contains("1969") == true)
  }

  @Test func namesOfOtherKindsAreNotOptions() {
    var picker = OptionPicker()
    picker.add("Central Asia", folded: "central asia", kind: .place)
    picker.add("Iraq", folded: "iraq", kind: .place)
    picker.add("Foreign Minister", folded: "foreign minister", kind: .person)
    picker.add("Security Council", folded: "security council", kind: .organisation)
    #expect(picker.options(for: "Foreign Minister", kind: .person, excluding: "") == nil)
  }

  @Test func aSingleNameIsNotOfferedWithPairs() {
    var picker = OptionPicker()
    for name in [
      "Brevia", "Hollis and Vastria", "Lorne", "Dastan", "Korland and Sarath", "Ostmark and Velia", "Caldera",
    ] {
      picker.add(name, folded: name.lowercased(), kind: .place)
    }
    let single = picker.options(for: "Brevia", kind: .place, excluding: "")
    #expect(single?.options.allSatisfy { !$0.contains(" and ") } == true)
    picker.add("Department of Energy and Households", folded: "department of energy and households", kind: .place)
    #expect(picker.options(for: "Lorne", kind: .place, excluding: "") != nil)
  }

  @Test func hintsNameTheKind() {
    #expect(NameKind.kind(of: ["sponsors", "of", "the", "middle", "east", "process"]) == .name)
    #expect(NameKind.kind(of: ["republic", "of", "sardel"]) == .place)
    #expect(NameKind.kind(of: ["northern", "shelf", "sea"]) == .place)
    #expect(NameKind.kind(of: ["rural", "water", "safety", "initiative"]) == .programme)
    #expect(NameKind.kind(of: ["security", "council", "resolution"]) == .document)
    #expect(NameKind.kind(of: ["second", "lake", "war"]) == .event)
    let found = facts("Kazakhstan favors lasting peace and rehabilitation in Afghanistan.")
    #expect(found["Afghanistan"] == .place)
    let port = facts("The line links the port of Selby with the mining town of Karsk.")
    #expect(port["Selby"] == .place)
    #expect(port["Karsk"] == .place)
    #expect(NameKind.kind(of: ["european", "water", "partnership"]) == .organisation)
  }

  @Test func aNameFollowedByAnOrganisationNounTakesIt() {
    let found = facts("Kazakhstan has sent 30 engineers to join the International Stabilization forces in Iraq.")
    #expect(found["International Stabilization"] == nil)
    #expect(found["International Stabilization forces"] == .organisation)
  }

  @Test func aCapitalisedOpeningWordMadeOfOrdinaryWordsIsNoName() {
    let found = facts("Overfishing in the 1970s caused the collapse of the cod stock.", vocabulary: ["fishing"])
    #expect(found["Overfishing"] == nil)
  }

  @Test func nationalityAdjectivesAreNoNameFacts() {
    let found = facts("The Sardelian delegation was led by the Foreign Minister.")
    #expect(found["Sardelian"] != .name)
  }

  @Test func aWordBeforeAnArticleOpeningTheSentenceIsItsVerb() {
    let found = facts("Historians credit the patient method used by the mediators.")
    #expect(found["Historians credit"] == nil)
    #expect(found["patient method"] == .phrase)
  }

  @Test func titlesMonthsAndLanguagesAreReadAsSuch() {
    let found = facts("The council meets in October and is led by Admiral Helene Varga, its Director-General.")
    #expect(found["October"] == .date)
    #expect(found["Admiral Helene Varga"] == .person)
    #expect(found["Director-General"] == .person)
    #expect(facts("Its working languages are English and French.")["English and French"] == .phrase)
    #expect(facts("Local fishermen report damaged buoys by radio.")["Local"]?.isName != true)
    #expect(facts("Day-to-day work is led by the board.")["Day-to-day"]?.isName != true)
  }

  @Test func monthsAreOfferedWithMonths() {
    var picker = OptionPicker()
    for date in ["9 May 1933", "October", "1 June 1990"] {
      picker.add(date, folded: TextNormalizer.fold(date), kind: .date)
    }
    let choice = picker.options(for: "October", kind: .date, excluding: "the council meets usually in")
    #expect(choice?.options == ["September", "October", "November", "December"])
  }

  @Test func aListLedInByTheNameOfAPlanNamesIt() throws {
    let text = """
      Port Authority

      In response, the council adopted the Clear Waters Plan in 2013. The plan:

        1. Cut light dues for small vessels by half
        2. Replaced older buoys with solar-powered models
        3. Opened the accounts to public audit
      """
    let list = try #require(try deck(text).cards.first { $0.kind == .list })
    #expect(list.prompt.contains("Clear Waters Plan"), "\(list.prompt)")
  }

  @Test func theEndsOfAChangeOutrankTheirYears() {
    let sentence = "Boil-water notices dropped from 4,100 in 2013 to 900 in 2022."
    let tokens = Tokenizer().tokens(of: sentence)
    let found = PhraseFinder(sentence: sentence, tokens: tokens).facts()
    let score = { (text: String) in found.first { $0.text == text }?.score ?? 0 }
    #expect(score("4,100") > score("2013"))
    #expect(score("900") > score("2022"))
  }

  @Test func aJudgementWithTooIsAFact() {
    #expect(facts("Critics argued that the principle was too vague to be enforced.")["too vague"] == .phrase)
  }

  @Test func poundsAndEurosAreAmounts() {
    #expect(facts("The visa fee is £298 and the deposit €1,500.")["£298"] == .amount)
    #expect(facts("The visa fee is £298 and the deposit €1,500.")["€1,500"] == .amount)
  }

  @Test func aSeriesOfNamesIsOneAnswer() {
    let found = facts("Most workers came from Ukraine, Kyrgyzstan and Uzbekistan last year.")
    #expect(found["Ukraine, Kyrgyzstan and Uzbekistan"] != nil)
    #expect(found["Kyrgyzstan and Uzbekistan"] == nil)
  }

  @Test func theyTakesInAPairOfPlurals() {
    let cleaner = SentenceCleaner(tokenizer: Tokenizer())
    #expect(
      cleaner.clauses(of: "They must apply for a separate visa.", previous: "Women and children may not join.") == [
        "Women and children must apply for a separate visa."
      ])
  }

  @Test func aNameOfUnknownKindMadeOfOrdinaryWordsGetsNoPlaces() {
    var picker = OptionPicker()
    picker.ordinary = ["living"]
    for place in ["Ukraine", "Iraq", "Iran"] { picker.add(place, folded: TextNormalizer.fold(place), kind: .place) }
    #expect(picker.options(for: "National Living Wage", kind: .name, excluding: "") == nil)
    #expect(picker.options(for: "Israel and Palestine", kind: .name, excluding: "") != nil)
  }

  @Test func namesOfWarsPeopleAndStatesEndWhereTheyShould() {
    let found = facts(
      "The Treaty of Kessel ended the Three Years' War and was signed by Chancellor Otto Brenner for Varnia.")
    #expect(found["Three Years' War"] == .event)
    #expect(found["War"] == nil)
    #expect(found["Chancellor Otto Brenner"] == .person)
    #expect(facts("The border follows the river Dran to the Duchy of Holm.")["Dran"] == .place)
    #expect(NameKind.kind(of: ["duchy", "of", "holm"]) == .place)
  }

  @Test func theyKeepsItsQuantifier() {
    let cleaner = SentenceCleaner(tokenizer: Tokenizer())
    #expect(
      cleaner.clauses(
        of: "They met at the castle in spring.", previous: "After the battle both sides agreed to a truce.")
        == ["Both sides met at the castle in spring."])
  }

  @Test func aClosingThemIsResolved() {
    let cleaner = SentenceCleaner(tokenizer: Tokenizer())
    #expect(
      cleaner.clauses(
        of:
          "Many believe that the root causes lie in poverty; therefore, a genuine agreement is essential in addressing them.",
        previous: nil) == [
          "Many believe that the root causes lie in poverty.",
          "A genuine agreement is essential in addressing the root causes.",
        ])
  }

  @Test func aDayBeforeAMonthIsPartOfTheDate() {
    let found = facts("It was signed on 3 March 2008 and entered into force on 21 June 2011 after a vote.")
    #expect(found["21 June 2011"] == .date)
    #expect(found["21"] == nil)
  }

  @Test func anOpeningModifierIsNoName() {
    #expect(facts("Formal negotiations began in Geneva in 2006.")["Formal"]?.isName != true)
    #expect(facts("Interest in seabed mining grew in the 1990s.")["Interest"]?.isName != true)
    #expect(facts("Kazakhstan in 2006 joined the coalition of states.")["Kazakhstan"]?.isName == true)
  }

  @Test func aSeriesMayStartWithATwoWordName() {
    let found = facts("The United States, China and Russia did not sign the treaty.")
    #expect(found["United States, China and Russia"] != nil)
  }

  @Test func aListLedInByAnotherVerbKeepsItsLeadIn() throws {
    let text = """
      Grant Fact Sheet

      The grant pays for the work. The grant covers:

      - loft and roof insulation
      - cavity wall insulation
      - floor insulation
      """
    let list = try #require(try deck(text).cards.first { $0.kind == .list })
    #expect(list.prompt.contains("The grant covers"), "\(list.prompt)")
  }

  @Test func fieldValuesPluralsAndTitlesAreReadRight() {
    #expect(
      facts("Administered by: Ministry of Energy and Housing")["Ministry of Energy and Housing"] == .organisation)
    #expect(facts("Landlords are not eligible for the grant.")["Landlords"]?.isName != true)
    let found = facts("A report by the Chief Inspector of Borders and Immigration found abuses.")
    #expect(found["Chief Inspector of Borders and Immigration"] == .person)
  }

  @Test func anAcronymIsHintedByTheKindOfItsExpansion() {
    let analysis = DocumentAnalysis(
      text: "Basin Report\n\nThe Regional Water Council (RWC) was founded in Tarvik in 1990 by three states.\n")
    #expect(analysis.acronymKinds["RWC"] == .organisation)
  }

  @Test func anOptionAndANameInsideItAreNotOfferedTogether() throws {
    var picker = OptionPicker()
    for place in ["Merrow", "Kingdom of Oskar", "Oskar", "Upper Lake", "Tarn"] {
      picker.add(place, folded: TextNormalizer.fold(place), kind: .place)
    }
    let options = try #require(picker.options(for: "Merrow", kind: .place, excluding: "the board met in")).options
    #expect(!(options.contains("Oskar") && options.contains("Kingdom of Oskar")), "\(options)")
  }

  @Test func theStateInAStatesNameIsAPlace() {
    let analysis = DocumentAnalysis(
      text: """
        Treaty

        The treaty was signed by the Kingdom of Oskar and two other states in 1974.
        Under the treaty, Oskar recognised the new border along the whole river.
        """)
    let kinds = analysis.clauses.flatMap(\.facts).filter { $0.text == "Oskar" }.map(\.kind)
    #expect(kinds == [.place])
  }

  @Test func theSourceLineSurvivesCitationMarks() {
    let outline = DocumentOutline(
      text: "Pact\n\nThe sea was closed in 1975 after a long dispute[12] and a\nvote.[3] The port reopened in 1980.")
    #expect(outline.sentences.map(\.line) == [3, 4])
  }

  @Test func theyResolvesToIrregularPlurals() {
    let cleaner = SentenceCleaner(tokenizer: Tokenizer())
    for noun in ["fishermen", "women", "children"] {
      #expect(
        cleaner.clauses(of: "They must report every catch.", previous: "The law protects local \(noun).") == [
          "Local \(noun) must report every catch."
        ])
    }
  }

  @Test func theSameYearIsNamed() {
    let cleaner = SentenceCleaner(tokenizer: Tokenizer())
    #expect(
      cleaner.clauses(
        of: "Later in that same year, the minister offered a plan.", previous: "The talks of 2006 were long.") == [
          "Later in 2006, the minister offered a plan."
        ])
    #expect(
      cleaner.clauses(of: "That same year the port closed.", previous: "Trade fell between 1990 and 1995.") == [
        "That same year the port closed."
      ])
  }

  @Test func noAnswerIsSpelledOutByItsHeading() throws {
    let text = """
      Report

      Iran's Nuclear Program

      Iran's nuclear program has remained a major concern for the region since 2003.
      The Iranian Nuclear Program was discussed at length by the council in the spring.
      """
    for card in try deck(text).cards where card.kind != .list {
      #expect(!["Iran", "Iranian Nuclear Program"].contains(card.answer.display), "\(card.prompt)")
    }
  }

  @Test func noGapIsALoneCommonWord() throws {
    for name in GeneratorFixtures.documents {
      for card in try GeneratorFixtures.generator().generate(
        text: try GeneratorFixtures.text("\(name).txt"), fallbackTitle: name
      )
      .cards where card.kind == .cloze && card.hint == nil {
        let answer = card.answer.display
        #expect(answer.contains(" ") || answer.contains("-") || answer.first?.isUppercase == true, "\(card.prompt)")
      }
    }
  }
}

/// Date options are listed in calendar order, not as text.
@Suite struct DateOptionOrderTests {
  @Test func datesAreOrderedByYearMonthAndDay() {
    let dates = ["September 1989", "March 1987", "12 March 1987", "October 1995", "1990s"]
    let sorted = dates.sorted {
      let (first, second) = (OptionPicker.dateOrder($0), OptionPicker.dateOrder($1))
      return first != second ? first < second : $0 < $1
    }
    #expect(sorted == ["March 1987", "12 March 1987", "September 1989", "1990s", "October 1995"])
  }
}
