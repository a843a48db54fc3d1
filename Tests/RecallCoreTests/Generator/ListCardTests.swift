import Testing

@testable import RecallCore

/// List cards from enumerations inside sentences, from fact-sheet fields and from bullet lists
/// whose items open with a name. The texts are made up, of the genre the generator reads.
@Suite struct ListCardTests {
  private let tokenizer = Tokenizer()

  private func enumerations(_ sentence: String) -> [[String]] {
    SentenceEnumeration.find(in: tokenizer.tokens(of: sentence), text: CharacterText(sentence)).map(\.items)
  }

  /// The list cards of `text`, as (prompt, items).
  private func lists(_ text: String) throws -> [(String, [String])] {
    try GeneratorFixtures.generator().generate(text: text, fallbackTitle: "x").notes.compactMap { note in
      if case .list(let prompt, let items, _) = note.content { return (prompt, items) }
      return nil
    }
  }

  @Test func findsAnEnumerationAfterAnyVerbOrPreposition() {
    #expect(
      enumerations(
        "The council was organized by Arnland, Belmark (Belmarch), Corvia, and Dunmoor and was chaired by Ada Lind.")
        == [["Arnland", "Belmark", "Corvia", "Dunmoor"]])
    #expect(
      enumerations("The economy of Arnland is dominated by timber, wool and tourism.") == [
        ["timber", "wool", "tourism"]
      ])
    #expect(
      enumerations("The economy is dominated by mining, cattle and tourism.") == [["mining", "cattle", "tourism"]])
    #expect(enumerations("Ada Lind was an Arnish painter, poet, and teacher.") == [["painter", "poet", "teacher"]])
    #expect(
      enumerations("The pact united the kingdoms of Arnland, Belmark as well as Corvia.") == [
        ["Arnland", "Belmark", "Corvia"]
      ])
  }

  @Test func aCountBeforeItsItemsMustMatchThem() {
    #expect(
      enumerations(
        "The rules apply to three metals, copper, tin and zinc, and two groups of salts, nitrates and sulphates.")
        == [["copper", "tin", "zinc"], ["nitrates", "sulphates"]])
    #expect(
      enumerations(
        "The pact was founded by the first four members (Arnland, Belmark, the Corvian Isles and Dunmoor) in 1950.")
        == [["Arnland", "Belmark", "Corvian Isles", "Dunmoor"]])
    #expect(enumerations("The rules apply to four metals, copper, tin and zinc.").isEmpty)
  }

  @Test func anEnumerationWithUnsureEdgesIsNoList() {
    // The first item may be "moss and heather fields".
    #expect(enumerations("The valley is covered by moss and heather fields, lakes and bogs.").isEmpty)
    // The list goes on after "Dunmoor".
    #expect(enumerations("Arnland lost Belmark, Corvia and Dunmoor, Eastmark, Westmark, and its colonies.").isEmpty)
    // The last names are the subject of "respected".
    #expect(enumerations("Despite the maps of the Old Coast, Arnland and Belmark largely respected the pact.").isEmpty)
    // "the planting of trees" may be the first item.
    #expect(enumerations("The group focuses on the planting of trees, soil care and water rights.").isEmpty)
    // A person described is no name of a list, nor is a word before it.
    #expect(
      enumerations("The leaders at the Summit, Arnland's president Ola Berg, and Belmark's king Rolf Dahl, met.")
        .isEmpty)
    // Two items without a count are a pair, not a list.
    #expect(enumerations("The pact was signed by Arnland and Belmark in 1950.").isEmpty)
  }

  @Test func aSemicolonSeriesOfNounPhrasesIsAList() {
    #expect(
      enumerations(
        "The league carries out its work through the General Assembly of Member Nations; the Standing Council "
          + "of Foreign Ministers; the Court of Arbitration; and the Permanent Secretariat.")
        == [
          [
            "General Assembly of Member Nations", "Standing Council of Foreign Ministers", "Court of Arbitration",
            "Permanent Secretariat",
          ]
        ])
    #expect(
      enumerations("The league's organs are: the Assembly; the Council of Elders; the Court; and the Secretariat.")
        == [["Assembly", "Council of Elders", "Court", "Secretariat"]])
    // Parts with verbs of their own are clauses; an open series or two items is no list.
    #expect(
      enumerations("The river floods the valley; the farmers move their herds; and the town waits for the spring.")
        .isEmpty)
    #expect(enumerations("The league acts through the Assembly; the Council; the Court; the Secretariat.").isEmpty)
    #expect(enumerations("The league acts through the Assembly; and the Council.").isEmpty)
  }

  @Test func aSemicolonSeriesMakesAListCard() throws {
    let cards = try lists(
      """
      Arnland

      Arnland is a small kingdom in the north of the Grey Sea with a long coast and many islands.
      The Northern League carries out its work through the General Assembly of Member Nations; the Standing Council of Foreign Ministers; the Court of Arbitration; and the Permanent Secretariat.
      """)
    #expect(
      cards.contains {
        $0.0 == "Complete the list (4 items): The Northern League carries out its work through \u{2026}"
          && $0.1.last == "Permanent Secretariat"
      }, "\(cards)")
  }

  @Test func aFieldWithAPluralLabelAndAListValueIsAList() {
    #expect(
      FieldList.split("Languages: Arnish 80% (official), Belmic, Corvian")?.items == ["Arnish", "Belmic", "Corvian"])
    #expect(FieldList.split("Border countries: Arnland 400 km, Belmark 250 km")?.items == ["Arnland", "Belmark"])
    #expect(FieldList.split("Ethnic groups: Arn 70%, Bel 20%, other 10% (2019 est.)")?.items == ["Arn", "Bel"])
    #expect(FieldList.split("Natural resources: tin, salt, timber")?.label == "Natural resources")
    #expect(FieldList.split("Location: Northern Asia, between Arnland and Belmark") == nil)
    #expect(FieldList.split("Borders: Arnland, between the rivers") == nil)
    #expect(FieldList.split("Climates: dry, windy; cold in winter") == nil)
    #expect(FieldList.split("Administrative divisions: 12 provinces and 1 city") == nil)
  }

  @Test func aLongItemIsNamedByTheNameThatOpensIt() {
    #expect(FieldList.head(of: "Harvest Day, 3 October, which marks the first harvest of the year") == "Harvest Day")
    #expect(FieldList.head(of: "Lantern (festival) night, 1-3 May, which recalls the flood") == "Lantern")
    #expect(FieldList.head(of: "\u{201C}frost\u{201D}, which is a cold spell in spring") == "frost")
    #expect(FieldList.head(of: "In 1990, the council adopted the charter of the union") == nil)
    #expect(FieldList.label(ofLeadIn: "National holidays:") == "National holidays")
    #expect(FieldList.label(ofLeadIn: "Its members are:") == nil)
  }

  @Test func aBulletListOfFieldsIsReadAsFields() {
    let outline = DocumentOutline(
      text: "Arnland\n\nProfile\n\n- Area: 4,000 sq km\n- Languages: Arnish, Belmic, and Corvian\n- Capital: Port Arn\n"
    )
    guard case .list(let list)? = outline.units.first else {
      Issue.record("expected a list")
      return
    }
    #expect(list.isFieldList)
    #expect(!list.isStudyList)
    #expect(list.itemsReadAsSentences)
  }

  @Test func aFieldListingManyThingsStandsAloneEvenWhenLong() {
    let outline = DocumentOutline(
      text: """
        Arnland

        People

        Population: 4,000,000 (2020 est.); one of the least densely populated countries (3 people per sq km)
        Ethnic groups: Arn 70.5%, Bel 12.1%, Corv 8.3%, Dun 4.4%, Eastmark 2.2%, other 2.5% (2019 est.)
        """)
    #expect(outline.sentences.contains { $0.text.hasPrefix("Ethnic groups:") })
  }

  @Test func makesStandAloneListCards() throws {
    let cards = try lists(
      """
      Arnland

      Arnland is a small kingdom in the north of the Grey Sea with a long coast.

      History

      The Northern League was organized by Arnland, Belmark (Belmarch), Corvia, and Dunmoor and was chaired by Ada Lind.
      The charter binds the kingdom to three duties, defence, trade and rescue, in every year of its membership.

      Facts

      Languages: Arnish 80% (official), Belmic, Corvian

      National holidays:
      - Harvest Day, 3 October, which marks the first harvest of the year in the old kingdom of Arnland
      - Lantern (festival) night, 1-3 May, which recalls the great flood of the river Arn in the year 1742
      """)
    let prompts = cards.map(\.0)
    #expect(prompts.contains("Complete the list (4 items): The Northern League was organized by \u{2026}"))
    #expect(
      prompts.contains(
        "Complete the list (3 items): The charter binds the kingdom to three duties, \u{2026}, in every year of its membership."
      ))
    #expect(prompts.contains("Name the 3 languages of Arnland."))
    #expect(prompts.contains("Name the 2 national holidays of Arnland."))
    #expect(cards.contains { $0.1 == ["Harvest Day", "Lantern"] })
  }

  @Test func anOpeningItStandsOnlyForTheDocumentsSubject() throws {
    let text = """
      Pact of Arnland

      The Pact of Arnland is a treaty of the northern kingdoms. It binds the kingdoms of Belmark, Corvia and Dunmoor.

      The role of the council has changed since then. Its aims include the care of roads, bridges and harbours.
      """
    let prompts = try lists(text).map(\.0)
    #expect(prompts.contains("Complete the list (3 items): The Pact of Arnland binds the kingdoms of \u{2026}"))
    #expect(!prompts.contains { $0.contains("aims include") })
  }

  @Test func aGappedListWithUnsureEdgesMakesNoListCard() throws {
    #expect(
      try lists("Despite the poor maps of the Old Coast, Arnland and Belmark largely respected the pact of 1494.")
        .isEmpty)
  }

  @Test func aListCardShowsNoneOfItsItemsAndIsAskedOnce() throws {
    // "Arnland" stands in the prompt after the list: the card would give an item away.
    let leaking = try lists(
      "The Grey Sea Pact was signed by Arnland, Belmark and Corvia after the war, at the palace of the kings of Arnland."
    )
    #expect(leaking.isEmpty)
    let once = try lists("The Grey Sea Pact united the kingdoms of Arnland, Belmark and Corvia in the year 1397.")
    #expect(once.count == 1)
  }
}
